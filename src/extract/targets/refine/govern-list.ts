/**
 * A comparator governs the counts listed after it in its clause: `不少于1家国家级…、5家省级…`
 * (both gte). A count right after a list separator or conjunction with no comparator of its own
 * takes the comparator of the target before it; a dependent count (list-count) with no target
 * before it in its clause is dropped. The first count of a clause, with no comparator of its own,
 * takes a `distant` comparator word standing earlier in the clause (`每年至少专题研究安全生产工作2次`).
 * After 分别 a bound closing the list governs backwards (`分别压缩至30小时、1小时以内`).
 */
import { startsWithAny } from '../../../core/lists.js';
import { isSpace, startAfter } from '../text.js';
import type { Refiner, TargetCandidate, TargetEnv } from '../types.js';

export const governList: Refiner = (cands, env) => {
  const out: TargetCandidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    const sameClause = prev !== undefined && !crossesClause(prev.span.end, c.span.start, env);
    if (sameClause && !c.explicit && prev.explicit && prev.comparator !== 'range' && !prev.relative && (listed(c, env) || (listedWithMetric(c, env) && boundBefore(prev, env)))) {
      out.push({ ...c, comparator: prev.comparator, explicit: true, dependent: false });
      continue;
    }
    if (c.dependent && !sameClause) continue;
    const distant = !sameClause && !c.explicit && !c.dependent ? distantComparator(c, env) : null;
    if (distant) {
      out.push({ ...c, comparator: distant, explicit: true });
      continue;
    }
    out.push(c.dependent ? { ...c, dependent: false } : c);
  }
  return governBackwards(out, env);
};

/**
 * After 分别, a bound written after the last quantity of the list bounds every one of them:
 * `分别压缩至30小时、1小时以内` (both lte), `分别达到95%、80%以上` (both gte).
 */
function governBackwards(cands: TargetCandidate[], env: TargetEnv): TargetCandidate[] {
  for (let k = 0; k < cands.length; k++) {
    if (cands[k].comparator !== 'eq' || !afterRespectively(cands[k], env)) continue;
    let last = k;
    while (last + 1 < cands.length && !crossesClause(cands[last].span.end, cands[last + 1].span.start, env) && listed(cands[last + 1], env)) last++;
    if (last === k) continue;
    const bound = boundAfter(cands[last], env);
    if (bound === null) continue;
    for (let j = k; j < last; j++) if (cands[j].comparator === 'eq' && !cands[j].relative) cands[j] = { ...cands[j], comparator: bound, explicit: true };
    k = last;
  }
  return cands;
}

/** 分别 (targets.yaml `respectively`) stands earlier in the candidate's clause, no other quantity between. */
function afterRespectively(c: TargetCandidate, env: TargetEnv): boolean {
  const before = env.text.slice(clauseStart(c, env), c.numberSpan?.start ?? c.span.start);
  for (const w of env.rules.targets.respectively) {
    const at = before.lastIndexOf(w);
    if (at >= 0 && !DIGIT.test(before.slice(at + w.length))) return true;
  }
  return false;
}

const DIGIT = /[0-9０-９]/u;

/** The comparator of an `after` word (`以内`, `以上`) ending the candidate's text, or null. */
function boundAfter(c: TargetCandidate, env: TargetEnv): TargetCandidate['comparator'] | null {
  const text = env.text.slice(c.span.start, c.span.end);
  const of = env.rules.comparators.after.of;
  let best: string | null = null;
  for (const w in of) if (text.endsWith(w) && (best === null || w.length > best.length)) best = w;
  return best === null ? null : of[best];
}

function crossesClause(from: number, to: number, env: TargetEnv): boolean {
  const ends = env.rules.targets.metric.clauseEnds;
  for (let i = from; i < to; i++) if (env.text[i] === '\n' || ends.has(env.text[i])) return true;
  return false;
}

/** The candidate's number comes right after a list separator or conjunction. */
function listed(c: TargetCandidate, env: TargetEnv): boolean {
  let i = c.span.start - 1;
  while (i >= 0 && isSpace(env.text[i])) i--;
  const m = env.rules.targets.metric;
  if (m.listSeparators.has(env.text[i])) return true;
  return m.conjunctions.some((w) => env.text.slice(i + 1 - w.length, i + 1) === w);
}

/** At most this many characters name a listed count's own metric (`、防滑草袋5万只`). */
const MAX_LISTED_METRIC = 8;

/**
 * The candidate's comparator is a word before its number (`不少于3000吨`), not a bound after it (`3个以上`, which bounds
 * its own count alone: `创建省级示范项目3个以上、市级示范项目10个`).
 */
function boundBefore(c: TargetCandidate, env: TargetEnv): boolean {
  if (!c.numberSpan) return false;
  const lead = env.text.slice(c.span.start, c.numberSpan.start).trimEnd();
  for (const w in env.rules.comparators.before.of) if (lead.endsWith(w)) return true;
  return false;
}

/**
 * The candidate's number follows its own short metric right after a list separator: `储备融雪剂不少于3000吨、防滑草袋5万只`
 * (both gte). Not when the metric opens with a counting verb (`、培育专精特新企业5家` is a measure of its own).
 */
function listedWithMetric(c: TargetCandidate, env: TargetEnv): boolean {
  const at = c.numberSpan?.start ?? c.span.start;
  let i = at - 1;
  while (i >= at - MAX_LISTED_METRIC && i >= 0 && HAN.test(env.text[i])) i--;
  if (i < 0 || i === at - 1 || !env.rules.targets.metric.listSeparators.has(env.text[i])) return false;
  const metric = env.text.slice(i + 1, at);
  return !startsWithAny(metric, env.rules.targets.countVerbs);
}

const HAN = /\p{Script=Han}/u;

/** A `distant` comparator word earlier in the candidate's clause, or null. */
function distantComparator(c: TargetCandidate, env: TargetEnv): TargetCandidate['comparator'] | null {
  const words = env.rules.comparators.distant;
  if (words.length === 0 || c.relative || c.fixed) return null;
  const before = env.text.slice(clauseStart(c, env), c.span.start);
  const w = words.find((x) => before.includes(x));
  return w ? (env.rules.comparators.before.of[w] ?? null) : null;
}

/** Where the candidate's clause starts (within its paragraph). */
function clauseStart(c: TargetCandidate, env: TargetEnv): number {
  return Math.max(env.paragraphs.start(c.span.start), startAfter(env.text, c.span.start, env.rules.targets.metric.clauseEnds));
}
