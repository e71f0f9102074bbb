import { matchSpan, type Matcher } from '../types.js';

/** The `2030年` of `到2025年和2030年`, `到2025年、2030年底`: listed after a due year, due by its end too. */
export const yearList: Matcher = {
  form: 'year-list',
  extract(m) {
    const g = m.groups!;
    return {
      ruleId: 'deadlines/year-list',
      span: matchSpan(m),
      when: { type: 'date', year: g.y, month: null, monthPart: null, day: null, part: g.part ?? null },
    };
  },
};
