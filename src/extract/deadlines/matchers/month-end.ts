import { matchSpan, type Matcher } from '../types.js';

/**
 * `2024年6月底前`, `6月底前`, `到2024年6月`, `6月中旬前`: due by the end (or the stated part)
 * of that month. A month with neither `底`/`前` nor `到` is a narrative date, not a deadline.
 */
export const monthEnd: Matcher = {
  form: 'month-end',
  extract(m) {
    const g = m.groups!;
    if (!g.before && !g.mpart && !g.by) return null;
    return {
      ruleId: 'deadlines/month-end',
      span: matchSpan(m),
      when: { type: 'date', year: g.y ?? null, rel: g.cur ?? null, month: g.m, monthPart: g.mpart ?? null, day: null, part: null },
    };
  },
};
