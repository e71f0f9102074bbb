import { matchSpan, type MatchContext, type Matcher } from '../types.js';
import { scheduledOn } from './month-end.js';

/**
 * `5月17日前`, `2024年3月31日前`, `截至2024年3月31日`: due by that day. A date with neither
 * `前` nor `到`/`截至` (a signing date, `2024年1月18日印发`) is not a deadline, unless a list of dates
 * shares the `前` of its last one (`分别于6月15日、12月15日前报送`), or it opens a sentence with a comma after it
 * (`6月16日，全区统一开展…活动`: the day of an event; rules/deadlines.yaml `eventDate`), or runs into the
 * event's verb (`；3月25日召开赛前保障工作推进会`), or the preposition 于 puts a thing on it (`摇号录取工作于7月15日统一进行`).
 */
export const monthDay: Matcher = {
  form: 'month-day',
  extract(m, ctx) {
    const g = m.groups!;
    if (!g.before && !g.by && g.shared === undefined && !opensSentence(m, ctx) && !scheduledOn(ctx.text, m.index, ctx.rules.scheduledOn)) return null;
    return {
      ruleId: 'deadlines/month-day',
      span: matchSpan(m),
      when: { type: 'date', year: g.y ?? null, rel: g.cur ?? null, month: g.m, monthPart: null, day: g.d, part: null },
    };
  },
};

function opensSentence(m: RegExpExecArray, ctx: MatchContext): boolean {
  const { after, before, actions } = ctx.rules.eventDate;
  const prev = ctx.text[m.index - 1];
  if (prev !== undefined && prev !== '\n' && !after.has(prev)) return false;
  const end = m.index + m[0].length;
  if (before.has(ctx.text[end] ?? '')) return true;
  actions.lastIndex = end;
  return actions.test(ctx.text);
}
