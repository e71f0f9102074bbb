import type { ResolvedCandidate } from '../types.js';

/**
 * Drops dates and periods that ended before the plan's own time: `“十三五”期间` and
 * `至2020年末的2285亿元` in a plan written in 2021 report the past. The plan's time starts at
 * the earlier of its reference (issue) year and its period's first year, so a plan issued in
 * January 2024 for 2023–2025 keeps its 2023 dates. Recurrences are timeless and stay.
 */
export function dropPast(
  cands: readonly ResolvedCandidate[],
  referenceYear: number | null,
  planPeriod: { start: number; end: number } | null,
): ResolvedCandidate[] {
  const years = [referenceYear, planPeriod?.start].filter((y): y is number => typeof y === 'number');
  if (years.length === 0) return [...cands];
  const since = Math.min(...years);
  return cands.filter((c) => c.value.date === null || Number(c.value.date.slice(0, 4)) >= since);
}
