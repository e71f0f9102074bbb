import { matchSpan, type Matcher } from '../types.js';

/**
 * `2024年6月底前`, `6月底前`, `到2024年6月`, `6月中旬前`: due by the end (or the stated part)
 * of that month; so is a month with its year alone in brackets, the time of a stage
 * (`（一）动员部署（2025年3月）：…`), and a month written with 份, when a thing is scheduled (`拟安排在3月份常委会会议
 * 听取和审议`). Any other month with neither `底`/`前` nor `到` is a narrative date, not a deadline.
 */
export const monthEnd: Matcher = {
  form: 'month-end',
  extract(m, { text }) {
    const g = m.groups!;
    if (!g.before && !g.mpart && !g.by && !g.scheduled && !(g.y && bracketed(text, m.index, m.index + m[0].length))) return null;
    return {
      ruleId: 'deadlines/month-end',
      span: matchSpan(m),
      when: { type: 'date', year: g.y ?? null, rel: g.cur ?? null, month: g.m, monthPart: g.mpart ?? null, day: null, part: null },
    };
  },
};

function bracketed(text: string, start: number, end: number): boolean {
  return (text[start - 1] === '（' || text[start - 1] === '(') && (text[end] === '）' || text[end] === ')');
}
