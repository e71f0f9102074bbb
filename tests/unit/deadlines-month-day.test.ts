import { describe, expect, it } from 'vitest';
import { monthDay } from '../../src/extract/deadlines/matchers/month-day.js';
import { hits } from './deadlines-context.js';

describe('matcher month-day (5月17日前)', () => {
  it('reads the consultation deadline of a notice (Taicang)', () => {
    expect(hits(monthDay, '请各有关单位或个人于5月17日前将意见反馈至市文体广旅局产业发展科。')).toEqual([['5月17日前', 10]]);
  });
  it('reads the PDF spacing', () => {
    expect(hits(monthDay, '请各有关单位或个人于 5 月 17 日前将意见反馈')).toEqual([['5 月 17 日前', 11]]);
  });
  it('reads a full date after 截至', () => {
    expect(hits(monthDay, '截至2024年3月31日，完成')).toEqual([['截至2024年3月31日', 0]]);
  });
});
