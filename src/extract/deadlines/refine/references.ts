import { allMatches } from '../../../core/scan.js';
import type { Span } from '../../../core/span.js';
import type { DeadlineRules } from '../../../ruleset/schemas/deadlines.js';
import type { ResolvedCandidate } from '../types.js';

/** How far outside the range a reference may start or end and still cover a candidate in it. */
const MARGIN = 400;

/**
 * Drops candidates inside a reference: a cited title (`《…2025 行动计划…》`), a cited document
 * number (`粤发〔2023〕7 号`), or the plan's own period after its title (`行动计划（2023-2025年）`,
 * which is metadata.period). Pure: text and candidates in, a new array out.
 */
export function dropInReferences(
  cands: readonly ResolvedCandidate[],
  text: string,
  range: Span,
  rules: DeadlineRules,
): ResolvedCandidate[] {
  if (cands.length === 0) return [];
  const from = Math.max(0, range.start - MARGIN);
  const window = text.slice(from, Math.min(text.length, range.end + MARGIN));
  const zones: Span[] = [];
  for (const { re } of rules.references) {
    for (const m of allMatches(re, window)) {
      zones.push({ start: from + m.index, end: from + m.index + m[0].length });
    }
  }
  return cands.filter((c) => !zones.some((z) => z.start < c.span.end && c.span.start < z.end));
}
