import { describe, expect, it } from 'vitest';
import { monthEnd } from '../../src/extract/deadlines/matchers/month-end.js';
import { hits } from './deadlines-context.js';

describe('matcher month-end (2024年6月底前)', () => {
  it('reads year + month + 底前', () => {
    expect(hits(monthEnd, '2024年6月底前建成投运')).toEqual([['2024年6月底前', 0]]);
  });
  it('reads a month alone with 前, 底 or 到', () => {
    expect(hits(monthEnd, '6月前完成申报')).toEqual([['6月前', 0]]);
    expect(hits(monthEnd, '到6月底，完成')).toEqual([['到6月底', 0]]);
    expect(hits(monthEnd, '十二月底前')).toEqual([['十二月底前', 0]]);
  });
  it('reads the PDF spacing', () => {
    expect(hits(monthEnd, '于 2024 年 6 月底前')).toEqual([['2024 年 6 月底前', 2]]);
  });
  it('reads a month alone in brackets (its year with it or not), the time of a stage; not one inside a sentence', () => {
    expect(hits(monthEnd, '（一）动员部署（2025年3月）：各街道制定方案')).toEqual([['2025年3月', 8]]);
    expect(hits(monthEnd, '2025年3月，全区召开动员会')).toEqual([]);
    expect(hits(monthEnd, '（四）总结阶段（12月）。全面总结')).toEqual([['12月', 8]]);
    expect(hits(monthEnd, '3月，全区召开动员会；组织（3月、6月）两轮检查')).toEqual([]);
  });
});
