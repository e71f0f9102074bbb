/**
 * Drops quantities that qualify the noun they run into (rules/non-targets.yaml `scopes`): a bound
 * written after the quantity (`以上`, `以下`) straight before a noun, when another target follows in
 * the clause (`培育年营收10亿元以上企业5家`), when only a preposition stands before it in the clause
 * (`5000平方米以上建筑工地全部安装…`, `为65岁及以上老年人提供…`), or when the rest of the clause says
 * something of every such noun (`实现20户以上自然村通硬化路全覆盖`); in a list, what stands before
 * its first quantity decides. `培育10家以上龙头企业` stays.
 */
import { endsWithAny } from '../../../core/lists.js';
import { memoize } from '../../../core/memo.js';
import { resolveUnit } from '../resolve/unit.js';
import { endBefore, startAfter, textAfter } from '../text.js';
import type { Refiner, TargetCandidate, TargetEnv } from '../types.js';

const LOOK = 4;

export const dropScopes: Refiner = (cands, env) => cands.filter((c, i) => !isScope(c, i, cands, env));

function isScope(c: TargetCandidate, i: number, cands: readonly TargetCandidate[], env: TargetEnv): boolean {
  if (!c.numberSpan || !boundAfter(c, env)) return false;
  const { text } = env;
  const ends = env.rules.targets.metric.clauseEnds;
  const from = Math.max(env.paragraphs.start(c.span.start), startAfter(text, c.span.start, ends));
  // (not into the next cell of a table's row: `完成投资150亿元以上` then `\t市发展改革委`)
  const after = textAfter(text, c.span.end, LOOK);
  const scopes = env.rules.nonTargets.scopes.filter((s) => s.after.test(after));
  if (scopes.length === 0) return false;
  // what the clause goes on to say of the noun makes it a scope (`20户以上自然村通硬化路全覆盖`)
  const rest = text.slice(c.span.end, endBefore(text, c.span.end, ends));
  if (scopes.some((s) => s.rest?.test(rest))) return true;
  // an amount or share qualifying the noun counted next (`年营收10亿元以上企业5家`); a count before a
  // list separator is an item of a list (`15 家左右国家级、50 家左右省级…`)
  const kind = c.rawUnit !== null ? resolveUnit(c.rawUnit, env.rules.measures).kind : null;
  if (kind !== 'count') {
    const to = endBefore(text, c.span.end, ends);
    const seps = env.rules.targets.metric.listSeparators;
    const next = cands.find((o, j) => j > i && o.span.start >= c.span.end && o.span.end <= to);
    if (next && ![...text.slice(c.span.end, next.span.start)].some((ch) => seps.has(ch))) return true;
  }
  // in a list (`3000平方米以上的商场、10蒸吨以下燃煤锅炉…`, `新增 15 家左右国家级、50 家左右省级…`)
  // what stands before the first quantity of the clause decides for every item
  const first = cands.find((o) => o.span.start >= from && o.span.start <= c.span.start && o.numberSpan !== null) ?? c;
  const before = text.slice(from, (first.numberSpan ?? c.numberSpan).start);
  const measure = c.rawUnit !== null ? resolveUnit(c.rawUnit, env.rules.measures).unit : null;
  for (const s of scopes) if (!(measure !== null && s.exceptMeasures.has(measure)) && s.before.test(before)) return true;
  return false;
}

/** The candidate ends with a comparator word written after its measure (`以上`, `及以下`). */
function boundAfter(c: TargetCandidate, env: TargetEnv): boolean {
  const written = env.text.slice(c.span.start, c.span.end);
  return endsWithAny(written, comparatorsAfter(env.rules.comparators.after.of));
}

const comparatorsAfter = memoize((of: object) => Object.keys(of));
