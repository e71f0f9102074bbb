import { describe, expect, it } from 'vitest';
import { eventDay } from '../../src/extract/deadlines/matchers/event-day.js';
import { hits } from './deadlines-context.js';

describe('matcher event-day: not this form', () => {
  it("the first day of an event's range is no event day", () => {
    expect(hits(eventDay, '活动时间：6月1日至30日。')).toEqual([]);
    expect(hits(eventDay, '会议时间：3月5日—6日。')).toEqual([]);
  });
  it('a day with no event time before it', () => {
    expect(hits(eventDay, '于2026年3月29日召开动员会。')).toEqual([]);
  });
  it('当日 after no event word', () => {
    expect(hits(eventDay, '申请材料当日受理、当日办结。')).toEqual([]);
  });
});
