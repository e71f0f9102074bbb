/**
 * A comparator governs the counts listed after it in its clause: `不少于1家国家级…、5家省级…`
 * (both gte). A count right after a list separator or conjunction with no comparator of its own
 * takes the comparator of the target before it; a dependent count (list-count) with no target
 * before it in its clause is dropped.
 */
import { isSpace } from '../text.js';
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
