import { matchSpan, type Matcher } from '../types.js';

/** `到2025年`, `到 2025 年`, `至2025年底`, `截至2025年底前`: due by the end of that year (or part). */
export const reachYear: Matcher = {
  form: 'reach-year',
  extract(m) {
    const g = m.groups!;
    return {
      ruleId: 'deadlines/reach-year',
      span: matchSpan(m),
      when: { type: 'date', year: g.y, month: null, monthPart: null, day: null, part: g.part ?? null },
    };
  },
};
