import { matchSpan, type Matcher } from '../types.js';

/** `月调度、季评估、年考核`: one item per period + action (three items for that series). */
export const cadence: Matcher = {
  form: 'cadence',
  extract(m) {
    return { ruleId: 'deadlines/cadence', span: matchSpan(m), when: { type: 'recurring', table: 'cadence', word: m.groups!.p } };
  },
};
