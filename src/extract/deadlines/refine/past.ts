import type { ResolvedCandidate } from '../types.js';

/**
 * Drops dates and periods that ended before the plan's own time: `“十三五”期间` and
 * `至2020年末的2285亿元` in a plan written in 2021 report the past. The plan's time starts at
 * the earlier of its reference (issue) year and its period's first year, so a plan issued in
 * January 2024 for 2023–2025 keeps its 2023 dates; a period that began before then and was over at its issue is an earlier one. Recurrences are timeless and stay. A date opening a sentence
 * (`goal-year`) that ended before the issue date is history too.
 */
export function dropPast(
  cands: readonly ResolvedCandidate[],
  referenceYear: number | null,
  planPeriod: { start: number; end: number } | null,
  issueDate: string | null = null,
): ResolvedCandidate[] {
  // a month opening a sentence that ended before the plan was issued (`2025年1月，省委、省政府印发…` in a plan of March 2025)
  // says what happened then
  const told = issueDate !== null ? cands.filter((c) => !(c.ruleId === 'deadlines/goal-year' && c.value.date !== null && c.value.date < issueDate)) : cands;
  const years = [referenceYear, planPeriod?.start].filter((y): y is number => typeof y === 'number');
  if (years.length === 0) return [...told];
  const since = Math.min(...years);
  // (a period that began before the plan's time and was over when the plan was issued is an earlier one: `2025—2026年秋冬季`
  // in a 2026—2027 winter plan issued in September 2026, the last season; not `“十四五”期间` in a plan of 2022)
  const earlier = (c: ResolvedCandidate) =>
    c.value.start !== null && c.value.date !== null && issueDate !== null && Number(c.value.start.slice(0, 4)) < since && c.value.date < issueDate;
  return told.filter((c) => c.value.date === null || (Number(c.value.date.slice(0, 4)) >= since && !earlier(c)));
}
