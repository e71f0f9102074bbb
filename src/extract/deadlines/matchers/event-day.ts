import { matchSpan, type Matcher } from '../types.js';

/**
 * An event's plan: `赛事时间：2026年3月29日` is the day the event is held, due by then; `赛事当日6:00前`,
 * `活动当天` elsewhere in the plan mean that day, resolved against the one day the plan's event time
 * names ({@link eventDayOf}); with no such day, or two, they are left unread.
 */
export const eventDay: Matcher = {
  form: 'event-day',
  extract(m) {
    const g = m.groups!;
    if (g.w !== undefined) return { ruleId: 'deadlines/event-day', span: matchSpan(m), when: { type: 'event', word: g.w } };
    return {
      ruleId: 'deadlines/event-day',
      span: matchSpan(m),
      when: { type: 'date', year: g.y ?? null, month: g.m, monthPart: null, day: g.d, part: null },
    };
  },
};
