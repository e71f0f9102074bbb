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

  it("joins header cells a PDF wrapped over three lines, the first column's name on the middle one", () => {
    const text = [
      '附件 重点植棉团场2027年棉花生产目标任务表',
      '\t棉花种植面积（万\t籽棉单产（公斤/\t高效节水灌溉面积（万',
      '团场\t\t\t',
      '\t亩）\t亩）\t亩）',
      '121 团\t28.5\t510\t36.0',
      '142 团\t22.3\t505\t28.0',
    ].join('\n');
    const { tables, targets } = extractTables(ctxOf(text), NO_OUTLINE, { periodEnd: 2027 });
    expect(tables[0].header).toEqual(['团场', '棉花种植面积（万亩）', '籽棉单产（公斤/亩）', '高效节水灌溉面积（万亩）']);
    expect(targets.map((t) => [t.value, t.unit])).toEqual([
      [285000, '亩'],
      [510, '公斤/亩'],
      [360000, '亩'],
      [223000, '亩'],
      [505, '公斤/亩'],
      [280000, '亩'],
    ]);
  });

  it('a row with no value for its target years takes its growth rate or five-year total (〔5〕); a dash in the unit column names no unit', () => {
    const text = [
      '表1 湖北省数字经济发展“十五五”主要指标',
      '类别\t指标\t单位\t2025年\t2030年\t年均增速/累计\t属性',
      '数字产业化\t数字经济核心产业增加值\t亿元\t5700\t>10000\t12%左右\t预期性',
      '\t软件和信息技术服务业业务收入增速\t%\t13.5\t—\t>8\t预期性',
      '数字基础设施\t新增数据中心标准机架\t万架\t—\t—\t〔20〕\t预期性',
      '\t新建大型以上数据中心电能利用效率（PUE）\t—\t1.35\t≤1.25\t—\t约束性',
      '\t新增省级以上智能工厂和数字化车间\t个\t〔320〕\t—\t〔500〕\t预期性',
      '注：〔〕内为五年累计数。',
    ].join('\n');
    const { targets } = extractTables(ctxOf(text), NO_OUTLINE, { periodEnd: 2030 });
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.year])).toEqual([
      ['数字经济核心产业增加值', 'gt', 1000000000000, '元', 2030],
      ['软件和信息技术服务业业务收入增速', 'gt', 8, '%', 2030],
      ['新增数据中心标准机架', 'eq', 200000, '架', 2030],
      ['新建大型以上数据中心电能利用效率（PUE）', 'lte', 1.25, null, 2030],
      ['新增省级以上智能工厂和数字化车间', 'eq', 500, '个', 2030],
    ]);
  });

  it('a two-level indicator system: 二级指标 names the row, 一级指标 (merged down) is its category; 1/10万 is per 10万', () => {
    const text = [
      '附件：安徽省数字乡村发展指标体系',
      '一级指标\t二级指标\t单位\t2024年\t2027年\t责任单位',
      '数字基础设施\t行政村千兆光网通达率\t%\t78\t≥90\t省通信管理局',
      '\t数字农业工厂\t个\t120\t300\t省农业农村厅',
      '健康水平\t孕产妇死亡率\t1/10万\t9.6\t≤10\t省卫生健康委',
    ].join('\n');
    const { targets } = extractTables(ctxOf(text), NO_OUTLINE, { periodEnd: 2027 });
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.baseline?.value])).toEqual([
      ['行政村千兆光网通达率', 'gte', 90, '%', 78],
      ['数字农业工厂', 'eq', 300, '个', 120],
      ['孕产妇死亡率', 'lte', 10, '/10万', 9.6],
    ]);
  });
});
