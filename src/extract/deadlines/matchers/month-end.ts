import { matchSpan, type Matcher } from '../types.js';

/**
 * `2024年6月底前`, `6月底前`, `到2024年6月`, `6月中旬前`: due by the end (or the stated part)
 * of that month; so is a month alone in brackets (its year with it or not), the time of a stage
 * (`（一）动员部署（2025年3月）：…`, `（四）总结阶段（12月）`), and a month written with 份, when a thing is scheduled (`拟安排在3月份常委会会议
 * 听取和审议`), and a month alone opening a clause, run into an action verb (`9月集中开展…活动`, `5月举办…竞赛`), or after 于
 * (`于6月、8月分两轮开展专项督查`): it is done then. Any other month with neither `底`/`前` nor `到` is a narrative date, not a deadline.
 */
export const monthEnd: Matcher = {
  form: 'month-end',
  extract(m, { text, rules }) {
    const g = m.groups!;
    const acted = g.act !== undefined && !g.y && !g.by && !g.cur && opensClause(text, m.index, rules.scheduledBefore);
    if (!g.before && !g.mpart && !g.by && !g.scheduled && !acted && !bracketed(text, m.index, m.index + m[0].length) && !scheduledOn(text, m.index, rules.scheduledOn)) {
      return null;
    }
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

/** The text at `at` opens a line or a clause (`。9月举办…`, `；4月组织开展…`, `三是5月举办…`, `拟于4月提请…`). */
function opensClause(text: string, at: number, scheduledBefore: RegExp): boolean {
  at = skipSpaces(text, at); // a PDF's space beside a number (`拟于 4 月提请…`)
  if (at >= 2 && text[at - 1] === '是' && '一二三四五六七八九十'.includes(text[at - 2])) at -= 2;
  const scheduled = scheduledBefore.exec(text.slice(Math.max(0, at - 4), at));
  if (scheduled) at = skipSpaces(text, at - scheduled[0].length);
  return at === 0 || '\n。；;，,：:'.includes(text[at - 1]);
}

/** The date at `at` follows the preposition 于, or a list of dates after it (`于6月、8月`; rules/deadlines.yaml `scheduledOn`). */
export function scheduledOn(text: string, at: number, re: RegExp): boolean {
  return re.test(text.slice(Math.max(0, at - SCHEDULED_ON_REACH), at));
}

/** How far before a date its 于 may stand (`于12月31日、` before the next date of the list). */
const SCHEDULED_ON_REACH = 24;

function skipSpaces(text: string, at: number): number {
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\u3000')) at--;
  return at;
}
