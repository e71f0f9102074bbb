/**
 * Drops quantities that qualify a noun inside another target (`营收超5亿元的骨干企业2家` is
 * one target, 2 家; `设计师超千人的工业设计基地`). rules/non-targets.yaml `qualifiers`: unless
 * `always`, a quantity followed by 的 qualifies when it is an amount, a bare count, or sits in a
 * clause with another target; one run straight into a noun (`beforeCount`) only when the next
 * target counts that noun (`培育营收超百亿元企业3家`); `keepAfter`: an exact amount after a size word is the target of the
 * one thing its clause sets up (`设立规模10亿元的产业基金`); `keepAfterBound`: one with a comparator, after a verb setting it
 * up (`设立规模不少于50亿元的产业发展基金`); `before`: only after these words (`漏损率高于12%的城市`: a criterion).
 */
import { endBefore, ofWordAfter, startAfter, textAfter } from '../text.js';
import type { Refiner, TargetCandidate, TargetEnv } from '../types.js';
import { resolveUnit } from '../resolve/unit.js';

const LOOK = 12;
/** How far before the number a qualifier's `before` may reach (`当居民消费价格指数（CPI）单月同比涨幅达到3.5%`). */
const AHEAD = 32;
const BOUND_AFTER = /^\s*及?以[上下]/u;

export const dropQualifiers: Refiner = (cands, env) => cands.filter((c, i) => !isQualifier(c, i, cands, env));

function isQualifier(c: TargetCandidate, i: number, cands: readonly TargetCandidate[], env: TargetEnv): boolean {
  if (!c.numberSpan) return false;
  // (a table's cell ends the noun a quantity may run into: `完成投资150亿元以上` then `\t市发展改革委` in the next cell)
  const after = textAfter(env.text, c.span.end, LOOK);
  const measure = c.rawUnit ? resolveUnit(c.rawUnit, env.rules.measures).unit : null;
  const ahead = env.text.slice(Math.max(0, c.numberSpan.start - AHEAD), c.numberSpan.start);
  const hit = env.rules.nonTargets.qualifiers.find(
    ({ re, measures, before }) => (!measures || (measure !== null && measures.has(measure))) && re.test(after) && (!before || before.test(ahead)),
  );
  if (!hit) return false;
  if (hit.always) return true;
  if (hit.beforeCount) return countsItsNoun(c, cands[i + 1], env);
  const ends = env.rules.targets.metric.clauseEnds;
  const from = startAfter(env.text, c.span.start, ends);
  const to = endBefore(env.text, c.span.end, ends);
  const kind = c.rawUnit ? resolveUnit(c.rawUnit, env.rules.measures).kind : null;
  // shares listed side by side, each of its own noun (`100%的社区卫生服务站和80%以上的村卫生室能够…`),
  // qualify nothing: another target of the clause counts only when it is not such a share
  const another = cands.some(
    (o, j) => j !== i && o.span.start >= from && o.span.end <= to && !overlapping(o, c) && !(kind === 'percent' && isShareOf(o, env)),
  );
  // the size of the one thing the clause sets up (`设立规模10亿元的产业基金`, `设立规模不少于50亿元的…基金`) is its target
  // (with a comparator, only after a verb that sets it up: `培育规模超50亿元的龙头企业` names a kind of enterprise; and not a bound
  // written after the number: `建设单体规模1000P以上的智算中心` is the kind of centre supported)
  const keep = c.explicit ? (c.ruleId === 'targets/comparator-number' ? hit.keepAfterBound : null) : hit.keepAfter;
  // (nor one bounded after its unit: `对总投资50亿元以上的项目实行…` picks out the projects)
  if (keep && !another && !BOUND_AFTER.test(after) && keep.test(env.text.slice(from, c.span.start))) return false;
  // an amount, or a bare count (`举办十六届的动漫节`), qualifies its noun; `培育10家以上的龙头企业`
  // and `推动30%以上的企业上云` do not
  if (kind === 'amount' || (kind === 'count' && !c.explicit)) return true;
  return another;
}

/** Longest noun between a qualifying quantity and the count of that noun (`超百亿元`|`企业`|`3家`). */
const MAX_NOUN = 8;

/**
 * Whether `c` is a condition on the noun it runs into and `next` counts that noun: `c` has a
 * comparator or a bound (`超百亿元`), `next` is a bare count (`3家`, no comparator of its own:
 * `打造3—5个设计师超千人的…` is a count of 设计师-rich bases, not a condition) with only Han
 * characters between them.
 */
function countsItsNoun(c: TargetCandidate, next: TargetCandidate | undefined, env: TargetEnv): boolean {
  // (a bound written after the count is its own: `超亿元制造业项目150个以上`)
  const ownBound = next?.ruleId === 'targets/number-comparator-suffix';
  if (!c.explicit || !next?.numberSpan || !next.rawUnit || (next.explicit && !ownBound) || next.numberSpan.start <= c.span.end) return false;
  // (a PDF's text may set the count apart by a space: `超百亿元企业 5 家`)
  const noun = env.text.slice(c.span.end, next.numberSpan.start).trim();
  // (a noun closed by a conjunction lists the next count beside it: `至少配备1套手摇报警器和1面铜锣`)
  if (noun.length > MAX_NOUN || !/^\p{Script=Han}+$/u.test(noun) || /[和及与]$/u.test(noun)) return false;
  return resolveUnit(next.rawUnit, env.rules.measures).kind === 'count';
}

/** A percentage followed by 的 and its noun (`80%以上的村卫生室`). */
function isShareOf(c: TargetCandidate, env: TargetEnv): boolean {
  if (!c.rawUnit || resolveUnit(c.rawUnit, env.rules.measures).kind !== 'percent') return false;
  return ofWordAfter(env.text, c.span.end, env.rules.targets.metric.ofWords) >= 0;
}

function overlapping(a: TargetCandidate, b: TargetCandidate): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end;
}
