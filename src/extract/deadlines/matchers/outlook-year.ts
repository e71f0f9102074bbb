import { matchSpan, type Matcher } from '../types.js';

/** `展望2035年`: a long-range horizon, due by the end of that year. */
export const outlookYear: Matcher = {
  form: 'outlook-year',
  extract(m) {
    return {
      ruleId: 'deadlines/outlook-year',
      span: matchSpan(m),
      when: { type: 'date', year: m.groups!.y, month: null, monthPart: null, day: null, part: null },
    };
  },
};
