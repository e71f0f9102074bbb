import { describe, expect, it } from 'vitest';
import { extractTables, tableSpans } from '../../src/extract/tables/index.js';
import { extractTargets } from '../../src/extract/targets/index.js';
import { HANGZHOU_EXPECTED, HANGZHOU_FLATTENED, NO_OUTLINE } from './tables-context.js';
import { ctxOf } from './targets-context.js';

describe('tables/flattened-indicator', () => {
  const ctx = ctxOf(HANGZHOU_FLATTENED);
  const { tables, targets } = extractTables(ctx, NO_OUTLINE, { periodEnd: 2025 });

  it('finds one indicator table with its caption and joined header', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({
      kind: 'indicator',
      caption: '“十四五”时期文化产业发展主要指标',
      header: ['指标名称', '2020年实际值', '2025年目标值'],
    });
    expect(tables[0].rows).toHaveLength(8);
    expect(tables[0].rows[0].cells).toEqual(['1', '全市文化产业增加值（亿元）', '2285', '3000']);
  });

  it('gives 8 targets with baselines, units scaled from the name bracket', () => {
    expect(targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.baseline?.value])).toEqual(HANGZHOU_EXPECTED);
    for (const t of targets) {
      expect(t).toMatchObject({ year: 2025, yearSource: 'table', ruleId: 'tables/flattened-indicator' });
      expect(t.baseline?.year).toBe(2020);
      expect(ctx.text.slice(t.span.start, t.span.end)).toBe(t.text);
    }
    expect(targets[0].text).toBe('1\n全市文化产业增加值（亿元）\n2285\n3000');
    expect(targets[2]).toMatchObject({ rawValue: '65', rawUnit: '%' });
  });

  it('reads a header cell already joined (`2020年实际值`)', () => {
    const joined = HANGZHOU_FLATTENED.replace('2020年\n实际值', '2020年实际值').replace('2025年\n目标值', '2025年目标值');
    const r = extractTables(ctxOf(joined), NO_OUTLINE, { periodEnd: 2025 });
    expect(r.targets.map((t) => [t.metric, t.comparator, t.value, t.unit, t.baseline?.value])).toEqual(HANGZHOU_EXPECTED);
  });

  it('its rows yield no prose targets once excluded; the 展望2035年 paragraph still does', () => {
    const prose = extractTargets(ctx, { start: 0, end: ctx.text.length }, {
      sectionId: null,
      governingYear: 2025,
      periodEnd: 2025,
      exclude: tableSpans(tables),
    });
    expect(prose.map((t) => [t.comparator, t.value, t.year])).toEqual([
      ['eq', null, 2035],
      ['gt', 2000000000000, 2035],
    ]);
  });
});
