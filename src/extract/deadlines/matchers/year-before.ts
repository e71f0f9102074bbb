import { matchSpan, type Matcher } from '../types.js';

/** `2025年前`, `2025年以前`: due by the end of that year (never `2025年前三季度`). */
export const yearBefore: Matcher = {
  form: 'year-before',
  extract(m) {
    return {
      ruleId: 'deadlines/year-before',
      span: matchSpan(m),
      when: { type: 'date', year: m.groups!.y, month: null, monthPart: null, day: null, part: null },
    };
  },
};
