import { matchSpan, type DeadlineCandidate, type Matcher } from '../types.js';

/** `月调度、季评估、年考核`: one item per period + action (three items for that series). */
export const cadence: Matcher = { form: 'cadence', extract: recurringByPeriod };

/** `一月一调度、一季一观摩、半年一总结`: once a period, the same reading. */
export const cadenceOnce: Matcher = { form: 'cadence-once', extract: recurringByPeriod };

/** A recurrence named by the period the match's group `p` gives. */
function recurringByPeriod(m: RegExpExecArray): DeadlineCandidate {
  return { ruleId: 'deadlines/cadence', span: matchSpan(m), when: { type: 'recurring', table: 'cadence', word: m.groups!.p } };
}
