import { describe, expect, it } from 'vitest';
import { extractTables } from '../../src/extract/tables/index.js';
import { HANGZHOU_EXPECTED, HANGZHOU_TABBED, NO_OUTLINE } from './tables-context.js';
import { ctxOf } from './targets-context.js';

describe('tables/tab-separated', () => {
  it('reads the Hangzhou table as tab-separated rows: 8 targets with baselines', () => {
    const ctx = ctxOf(HANGZHOU_TABBED);
    const { tables, targets } = extractTables(ctx, NO_OUTLINE, { periodEnd: 2025 });
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ kind: 'indicator', caption: '“十四五”时期文化产业发展主要指标' });
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.baseline?.value])).toEqual(HANGZHOU_EXPECTED);
    expect(targets.every((t) => t.year === 2025 && t.ruleId === 'tables/tab-separated')).toBe(true);
    expect(targets[0].text).toBe('1\t全市文化产业增加值（亿元）\t2285\t3000');
  });

  it('reads a unit column, year columns without words, and an attribute column', () => {
    const text = [
      '表1 “十四五”数字经济发展主要指标',
      '序号\t指标\t单位\t2020年\t2025年\t属性',
      '1\t数字经济核心产业增加值\t亿元\t500\t≥800\t预期性',
      '2\t规上工业企业数字化改造覆盖率\t%\t60\t90以上\t约束性',
      '3\t新增省级数字化车间\t个\t—\t100\t预期性',
    ].join('\n');
    const { tables, targets } = extractTables(ctxOf(text), NO_OUTLINE, { periodEnd: 2025 });
    expect(tables[0].caption).toBe('表1 “十四五”数字经济发展主要指标');
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.baseline, t.year])).toEqual([
      ['数字经济核心产业增加值', 'gte', 80000000000, '元', { year: 2020, value: 50000000000 }, 2025],
      ['规上工业企业数字化改造覆盖率', 'gte', 90, '%', { year: 2020, value: 60 }, 2025],
      ['新增省级数字化车间', 'eq', 100, '个', null, 2025],
    ]);
  });

  it('joins a header split over two lines', () => {
    const text = ['指标\t2022年\t2025年', '\t实际值\t目标值', '文化产业增加值占GDP比重（%）\t5.2\t6'].join('\n');
    const { tables, targets } = extractTables(ctxOf(text), NO_OUTLINE, { periodEnd: 2025 });
    expect(tables[0].header).toEqual(['指标', '2022年实际值', '2025年目标值']);
    expect(targets.map((t) => [t.comparator, t.value, t.unit, t.baseline])).toEqual([['eq', 6, '%', { year: 2022, value: 5.2 }]]);
  });
});
