import { describe, expect, it } from 'vitest';
import { monthDay } from '../../src/extract/deadlines/matchers/month-day.js';
import { hits } from './deadlines-context.js';

describe('matcher month-day: not this form', () => {
  it('a signing date is not a deadline', () => {
    expect(hits(monthDay, '太仓市文体广电和旅游局\n2025年5月13日')).toEqual([]);
  });
  it('a printing date is not a deadline', () => {
    expect(hits(monthDay, '广东省工业和信息化厅办公室\n2024 年 1 月 18 日印发')).toEqual([]);
  });
});
