import { describe, expect, it } from 'vitest';
import { eventDay } from '../../src/extract/deadlines/matchers/event-day.js';
import { hits } from './deadlines-context.js';

describe('matcher event-day (赛事时间：…, 赛事当日)', () => {
  it("reads the day an event's time names (Wuxi marathon)", () => {
    expect(hits(eventDay, '（一）赛事时间。2026年3月29日（星期日）7:30鸣枪起跑。')).toEqual([['2026年3月29日', 8]]);
  });
  it('reads the time written with 为 and without a year', () => {
    expect(hits(eventDay, '活动时间为5月18日，地点为市民中心广场。')).toEqual([['5月18日', 5]]);
  });
  it('reads the event day with its time of day and 前', () => {
    expect(hits(eventDay, '赛事当日6:00前志愿者全部到岗；活动当天，开放停车场。')).toEqual([
      ['赛事当日6:00前', 0],
      ['活动当天', 17],
    ]);
  });
});
