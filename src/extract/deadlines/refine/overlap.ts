import type { ResolvedCandidate } from '../types.js';

/**
 * Overlapping candidates: the longest span wins; on a tie the matcher listed first wins
 * (chrono's OverlapRemovalRefiner). `到2024年6月底前` beats the `到2024年` inside it. Pure.
 */
export function removeOverlaps(cands: readonly ResolvedCandidate[]): ResolvedCandidate[] {
  const ranked = [...cands].sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.order - b.order || a.span.start - b.span.start,
  );
  const kept: ResolvedCandidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => k.span.start < c.span.end && c.span.start < k.span.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.span.start - b.span.start);
}
