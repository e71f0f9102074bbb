/** Of overlapping candidates the longest span wins; on a tie, the rule listed first (lower rank). */
import type { Refiner, TargetCandidate } from '../types.js';

export const removeOverlaps: Refiner = (cands, env) => {
  const byStrength = [...cands].sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.rank - b.rank || a.span.start - b.span.start,
  );
  const kept: TargetCandidate[] = [];
  const base = env.range.start;
  const taken = new Uint8Array(Math.max(0, env.range.end - base));
  for (const c of byStrength) {
    const a = c.span.start - base;
    const b = c.span.end - base;
    if (taken.subarray(a, b).some((x) => x === 1)) continue;
    taken.fill(1, a, b);
    kept.push(c);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
};
