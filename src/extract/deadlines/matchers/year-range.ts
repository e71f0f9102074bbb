import { matchSpan, type Matcher } from '../types.js';

/**
 * `2023-2025年`, `2023—2025 年`, `2023年至2025年` inside a task: a period from the start of
 * the first year to the end of the last. The plan's own period after its title is a
 * reference (refine/references.ts), not a deadline.
 */
export const yearRange: Matcher = rangeMatcher('year-range');

/** A task table's time cell holding two years alone (`2024—2026`, no 年): the same period (not in `MATCHERS`). */
export const fieldRange: Matcher = rangeMatcher('field-range');

function rangeMatcher(form: 'year-range' | 'field-range'): Matcher {
  return {
    form,
    extract(m) {
      const g = m.groups!;
      return { ruleId: `deadlines/${form}`, span: matchSpan(m), when: { type: 'range', from: g.from, to: g.to } };
    },
  };
}
