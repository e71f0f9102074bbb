import { matchSpan, type Matcher } from '../types.js';

/**
 * `2025年底前`, `年底前`, `今年年底前`, `今年底`, `明年上半年`, `年内`, `2024年第一季度末`: due by
 * the end of that part of the year. Without a stated year it is the document's year (or a year
 * named from it: `明年`); without any year `年底`-like parts must be closed by `前` or opened by
 * `到` or run straight into an action verb (`三季度完成…`; a bare `年底` in prose is a narrative time,
 * `rules: partsNeedBefore`), and no part may
 * follow `每年`/`去年`/a numeral (`三年内`: a duration) (`notAfterYearless`).
 */
export const partOfYear: Matcher = {
  form: 'part-of-year',
  extract(m, { text, rules }) {
    const g = m.groups!;
    const year = g.y ?? null;
    if (year === null) {
      if (!g.cur && rules.partsNeedYear.has(g.part)) return null;
      const end = m.index + m[0].length;
      if (!g.before && !g.by && !g.cur && rules.partsNeedBefore.has(g.part) && !rules.actionAhead.test(text.slice(end, end + 8))) return null;
      if (!g.by && !g.cur) {
        // (spaces a PDF sets between a digit and the text around it aside: `离校 2 年内`)
        const before = text.slice(Math.max(0, m.index - 6), m.index).replace(/[ \t\u00a0\u3000]+/gu, '').slice(-2);
        if (rules.notAfterYearless.some((w) => before.endsWith(w))) return null;
      }
    }
    return {
      ruleId: 'deadlines/part-of-year',
      span: matchSpan(m),
      when: { type: 'date', year, rel: g.cur ?? null, month: null, monthPart: null, day: null, part: g.part },
    };
  },
};
