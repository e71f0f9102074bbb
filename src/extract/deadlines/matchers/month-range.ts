import { matchSpan, type Matcher } from '../types.js';

/**
 * `2024年3月—4月`, `2024年5月—2025年10月`, `（3月—4月）`: a phase of the work, a period from the start
 * of its first month to the end of its last (a year left out is the one before it, or the document's).
 */
export const monthRange: Matcher = {
  form: 'month-range',
  extract(m) {
    const g = m.groups!;
    return {
      ruleId: 'deadlines/month-range',
      span: matchSpan(m),
      when: { type: 'month-range', fromYear: g.y0 ?? null, fromMonth: g.m0, toYear: g.y ?? null, toMonth: g.m },
    };
  },
};
