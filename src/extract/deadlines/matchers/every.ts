import { matchSpan, type Matcher } from '../types.js';

/** `每年`, `每季度`, `每月`, `每年年底前`: a recurrence named after 每. */
export const every: Matcher = {
  form: 'every',
  extract(m) {
    return { ruleId: 'deadlines/every', span: matchSpan(m), when: { type: 'recurring', table: 'every', word: m.groups!.w } };
  },
};
