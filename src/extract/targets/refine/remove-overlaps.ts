/** Of overlapping candidates the longest span wins; on a tie, the rule listed first (lower rank). */
import type { Span } from '../../../core/span.js';
import type { Refiner, TargetCandidate } from '../types.js';

export const removeOverlaps: Refiner = (cands) => {
  const byStrength = [...cands].sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.rank - b.rank || a.span.start - b.span.start,
  );
  const kept: TargetCandidate[] = [];
  for (const c of byStrength) {
    if (!kept.some((k) => sharePosition(k.span, c.span))) kept.push(c);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
};

/** Some offset lies in both spans (an empty span shares none). */
function sharePosition(a: Span, b: Span): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}
