import type { ResolvedCandidate } from '../types.js';

/** Identical spans read by two matchers: keep the first matcher's reading. Pure. */
export function dedupeSpans(cands: readonly ResolvedCandidate[]): ResolvedCandidate[] {
  const best = new Map<string, ResolvedCandidate>();
  for (const c of cands) {
    const key = `${c.span.start}:${c.span.end}`;
    const prev = best.get(key);
    if (!prev || c.order < prev.order) best.set(key, c);
  }
  return [...best.values()].sort((a, b) => a.span.start - b.span.start);
}
