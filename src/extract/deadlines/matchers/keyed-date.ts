import { matchSpan, type Matcher } from '../types.js';

/**
 * `完成时限：2024年6月`, `完成时间：2025年`: the date of a task's due-date field (rules: `dueKeys`).
 * The field names a deadline by itself, so a month or a year without `底` or `前` is due by its end;
 * a range (`2024年6月至12月`) is left to the other forms.
 */
export const keyedDate: Matcher = {
  form: 'keyed-date',
  extract(m) {
    const g = m.groups!;
    return {
      ruleId: 'deadlines/keyed-date',
      span: matchSpan(m),
      when: { type: 'date', year: g.y, month: g.m ?? null, monthPart: g.mpart ?? null, day: null, part: null },
    };
  },
};
