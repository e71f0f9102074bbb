import { matchSpan, type Matcher } from '../types.js';

/** `年度工作考核`, `年度专项提升发展计划`: 年度 (季度, 月度) with an object that recurs with it. */
export const annual: Matcher = {
  form: 'annual',
  extract(m) {
    return { ruleId: 'deadlines/annual', span: matchSpan(m), when: { type: 'recurring', table: 'annual', word: m.groups!.w } };
  },
};
