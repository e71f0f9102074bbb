/**
 * A comparator governs the counts listed after it in its clause: `不少于1家国家级…、5家省级…`
 * (both gte). A count right after a list separator or conjunction with no comparator of its own
 * takes the comparator of the target before it; a dependent count (list-count) with no target
 * before it in its clause is dropped. The first count of a clause, with no comparator of its own,
 * takes a `distant` comparator word standing earlier in the clause (`每年至少专题研究安全生产工作2次`).
 */
import { isSpace, startAfter } from '../text.js';
import type { Refiner, TargetCandidate, TargetEnv } from '../types.js';

export const governList: Refiner = (cands, env) => {
  const out: TargetCandidate[] = [];
  for (const c of cands) {
    const prev = out[out.length - 1];
    const sameClause = prev !== undefined && !crossesClause(prev.span.end, c.span.start, env);
    if (sameClause && !c.explicit && prev.explicit && prev.comparator !== 'range' && !prev.relative && listed(c, env)) {
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
  return out;
};

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

/** A `distant` comparator word earlier in the candidate's clause, or null. */
function distantComparator(c: TargetCandidate, env: TargetEnv): TargetCandidate['comparator'] | null {
  const words = env.rules.comparators.distant;
  if (words.length === 0 || c.relative || c.fixed) return null;
  const from = Math.max(env.paragraphs.start(c.span.start), startAfter(env.text, c.span.start, env.rules.targets.metric.clauseEnds));
  const before = env.text.slice(from, c.span.start);
  const w = words.find((x) => before.includes(x));
  return w ? (env.rules.comparators.before.of[w] ?? null) : null;
}
