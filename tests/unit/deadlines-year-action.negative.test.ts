import { describe, expect, it } from 'vitest';
import { yearAction } from '../../src/extract/deadlines/matchers/year-action.js';
import { hits } from './deadlines-context.js';

describe('matcher year-action: not this form', () => {
  it('a year followed by something else than an action verb', () => {
    expect(hits(yearAction, '2023年全市实现地区生产总值8000亿元')).toEqual([]);
    expect(hits(yearAction, '2024年起施行')).toEqual([]);
  });
  it('每年, 去年 and 当年 are not the document’s year', () => {
    expect(hits(yearAction, '每年开展一次评估')).toEqual([]);
    expect(hits(yearAction, '去年完成投资')).toEqual([]);
    expect(hits(yearAction, '当年完成的项目')).toEqual([]);
  });
  it('a year inside a longer number is not read', () => {
    expect(hits(yearAction, '12025年完成')).toEqual([]);
  });
});
