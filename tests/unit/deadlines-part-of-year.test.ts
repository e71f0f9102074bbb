import { describe, expect, it } from 'vitest';
import { partOfYear } from '../../src/extract/deadlines/matchers/part-of-year.js';
import { hits } from './deadlines-context.js';

describe('matcher part-of-year (2025年底前, 年底前, 上半年)', () => {
  it('reads year + 底 + 前', () => {
    expect(hits(partOfYear, '各板块于2025年底前完成园区提升')).toEqual([['2025年底前', 4]]);
  });
  it('reads 年底前 without a year', () => {
    expect(hits(partOfYear, '年底前完成全市产业图谱编制')).toEqual([['年底前', 0]]);
    expect(hits(partOfYear, '今年年底前出台')).toEqual([['今年年底前', 0]]);
  });
  it('reads a half or a quarter', () => {
    expect(hits(partOfYear, '上半年完成招商手册发布')).toEqual([['上半年', 0]]);
    expect(hits(partOfYear, '2024年第一季度末前完成')).toEqual([['2024年第一季度末前', 0]]);
  });
  it('keeps 到 in the span', () => {
    expect(hits(partOfYear, '到年底，建成5个')).toEqual([['到年底', 0]]);
  });
  it('reads a quarter without 前 when an action verb follows it (三季度完成…), not in prose', () => {
    expect(hits(partOfYear, '安装率达到100%，三季度完成全县监控平台建设')).toEqual([['三季度', 10]]);
    expect(hits(partOfYear, '一季度经济运行总体平稳')).toEqual([]);
    // (the first three quarters together: due by the third's end)
    expect(hits(partOfYear, '前三季度完成投资')).toEqual([['前三季度', 0]]);
    expect(hits(partOfYear, '三季度末累计完成80%以上')).toEqual([['三季度末', 0]]);
    expect(hits(partOfYear, '一季度新开工项目数量占30%')).toEqual([['一季度', 0]]);
  });
  it('no part of the year after a numeral, spaces between them or not (a duration: 离校 2 年内)', () => {
    expect(hits(partOfYear, '对离校2年内未就业毕业生')).toEqual([]);
    expect(hits(partOfYear, '对离校 2 年内未就业毕业生')).toEqual([]);
  });
});
