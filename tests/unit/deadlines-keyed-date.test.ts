import { describe, expect, it } from 'vitest';
import { keyedDate } from '../../src/extract/deadlines/matchers/keyed-date.js';
import { cadence } from '../../src/extract/deadlines/matchers/cadence.js';
import { deadlinesIn, hits } from './deadlines-context.js';

describe('matcher keyed-date (完成时限：2024年6月)', () => {
  it('reads the month or year of a due-date field, without 底 or 前', () => {
    expect(hits(keyedDate, '完成时限：2024年6月')).toEqual([['2024年6月', 5]]);
    expect(hits(keyedDate, '（完成时间：2025年）')).toEqual([['2025年', 6]]);
    expect(hits(keyedDate, '时间节点: 2024 年 9 月底前')).toEqual([['2024 年 9 月底前', 6]]);
  });
  it('is not a date without the key, nor the start of a range or a part of the year', () => {
    expect(hits(keyedDate, '2024年6月，全市出台实施意见')).toEqual([]);
    expect(hits(keyedDate, '完成时限：2024年6月至12月')).toEqual([]);
    expect(hits(keyedDate, '完成时限：2024年上半年')).toEqual([]);
    expect(hits(keyedDate, '完成时限：长期坚持')).toEqual([]);
  });
  it('resolves to the end of the month or year, and is dropped when it restates the text', () => {
    expect(deadlinesIn('完成时限：2024年6月', { referenceYear: 2024, planPeriod: null }).map((d) => [d.date, d.ruleId])).toEqual([
      ['2024-06-30', 'deadlines/keyed-date'],
    ]);
    expect(deadlinesIn('2025年底前全面完成。\n完成时限：2025年', { referenceYear: 2024, planPeriod: null }).map((d) => d.text)).toEqual(['2025年底前']);
  });
});

describe('matcher cadence: a series run into its noun', () => {
  it('reads the first period of the series', () => {
    expect(hits(cadence, '建立托育机构月检查、季通报、年考核制度').map(([t]) => t)).toEqual(['月检查', '季通报', '年考核']);
  });
  it('never after a numeral or a single action', () => {
    expect(hits(cadence, '于3月检查、季通报')).toEqual([['季通报', 6]]);
    expect(hits(cadence, '托育机构月检查制度')).toEqual([]);
  });
});
