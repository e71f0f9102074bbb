import type { DeadlineRules } from '../../../ruleset/schemas/deadlines.js';
import type { ResolvedCandidate } from '../types.js';

/**
 * Drops dates that open a time instead of closing one: `自2025年第二季度起，每季度报送`,
 * `从2024年7月1日开始`, `2025年起实施` say when something starts, not what it is due by (the
 * recurrence after them stays); and dates that pick out what is meant (`改造2000年底前建成的小区`).
 * Only `by` dates: `从2023年至2025年` is a period.
 */
export function dropStarts(cands: readonly ResolvedCandidate[], text: string, rules: DeadlineRules): ResolvedCandidate[] {
  return cands.filter((c) => {
    if (c.value.kind !== 'by') return true;
    let start = c.span.start;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    if (rules.startBefore.some((w) => text.startsWith(w, start - w.length))) return false;
    rules.startAfter.lastIndex = c.span.end;
    if (rules.startAfter.test(text)) return false;
    rules.qualifiesAfter.lastIndex = c.span.end;
    return !rules.qualifiesAfter.test(text);
  });
}
