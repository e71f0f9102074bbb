import { matchSpan, type Matcher } from '../types.js';

/**
 * `2025年底前`, `年底前`, `今年年底前`, `今年底`, `明年上半年`, `年内`, `2024年第一季度末`: due by
 * the end of that part of the year. Without a stated year it is the document's year (or a year
 * named from it: `明年`); without any year `年底`-like parts must be closed by `前` or opened by
 * `到` or run straight into an action verb (`三季度完成…`), a part's end into a level verb (`三季度末达到90%以上`), label a
 * line (`一季度：完成…`), or open a sentence or clause that holds one (`。三季度采取…方式开展检查`;
 * a bare `年底` in prose is a narrative time,
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
      const ahead = text.slice(end, end + 8);
      const levelAt = g.part.endsWith('末') && rules.levelAhead.test(ahead);
      // (a milestone's label opening its line: `一季度：完成用地报批；`)
      const label = /^[：:]/u.test(ahead) && (m.index === 0 || text[m.index - 1] === '\n');
      if (!g.before && !g.by && !g.cur && rules.partsNeedBefore.has(g.part) && !rules.actionAhead.test(ahead) && !levelAt && !label && !opensActionClause(text, m.index, end, rules)) {
        return null;
      }
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

/** A part of the year opening its sentence or clause (`，二季度组织网络达人培训3期`), in a clause with an action verb: when the plan does what the clause says. */
function opensActionClause(text: string, start: number, end: number, rules: Parameters<Matcher['extract']>[1]['rules']): boolean {
  const before = start === 0 ? '\n' : text[start - 1];
  // (or a table's cell: `\t二季度赴长三角…开展专题招商活动`)
  return '。；;，,\n\t'.includes(before) && rules.actionInClause.test(text.slice(end, end + 24));
}
