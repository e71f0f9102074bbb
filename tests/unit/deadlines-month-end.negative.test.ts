import { describe, expect, it } from 'vitest';
import { monthEnd } from '../../src/extract/deadlines/matchers/month-end.js';
import { hits } from './deadlines-context.js';

describe('matcher month-end: not this form', () => {
  it('a month with a day is month-day', () => {
    expect(hits(monthEnd, '请于5月17日前将意见反馈')).toEqual([]);
  });
  it('a narrative month is not a deadline', () => {
    expect(hits(monthEnd, '2022年6月，市政府出台')).toEqual([]);
  });
  it('the end of a window (3至6月) is not read as 到', () => {
    expect(hits(monthEnd, '3至6月开展专项行动')).toEqual([]);
  });
});
