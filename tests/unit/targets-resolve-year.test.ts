import { describe, expect, it } from 'vitest';
import { findYearMentions } from '../../src/extract/targets/matchers/year-mention.js';
import { dueYear, statedYear } from '../../src/extract/targets/resolve/year.js';
import { firstYear, planYears } from '../../src/extract/targets/index.js';
import { rules, targetsOf } from './targets-context.js';

const mentions = (text: string) => findYearMentions(text, { start: 0, end: text.length }, rules);

describe('resolve/year', () => {
  it('a stated 到YYYY年 is the due year', () => {
    expect(statedYear(mentions('到2025年，'), 2025)).toBe(2025);
  });
  it('展望2035年 is due 2035', () => {
    expect(statedYear(mentions('展望2035年，'), 2025)).toBe(2035);
  });
  it('a baseline is never a due year', () => {
    expect(statedYear(mentions('在2020年基础上'), 2025)).toBeNull();
  });
  it('a bare year before the plan end is not a due year', () => {
    expect(statedYear(mentions('2022 年全省'), 2025)).toBeNull();
    expect(statedYear(mentions('2025 年全省'), 2025)).toBe(2025);
  });
  it('stated beats section beats period', () => {
    expect(dueYear(2035, 2025, 2025)).toEqual({ year: 2035, source: 'stated' });
    expect(dueYear(null, 2024, 2025)).toEqual({ year: 2024, source: 'section' });
    expect(dueYear(null, null, 2025)).toEqual({ year: 2025, source: 'period' });
    expect(dueYear(null, null, null)).toEqual({ year: null, source: null });
  });

  it('展望2035年 governs the targets of its paragraph, not the sentence only', () => {
    const text =
      '展望2035年，具有全球影响力的国际文化创意中心基本建成。全市文化产业增加值规模实现翻一番，总产出力争突破2万亿元。';
    const ts = targetsOf(text, { governingYear: 2025 });
    expect(ts.map((t) => [t.year, t.yearSource])).toEqual([
      [2035, 'stated'],
      [2035, 'stated'],
    ]);
    expect(ts.map((t) => t.aspirational)).toEqual([false, true]);
  });

  it('governingYearAt gives the year of the section at each offset', () => {
    const text = '（一）近期目标\n培育企业10家。\n（二）远期目标\n培育企业30家。';
    const at = (o: number) => (o < text.indexOf('（二）') ? 2023 : 2030);
    expect(targetsOf(text, { governingYear: 2025, governingYearAt: at }).map((t) => [t.value, t.year, t.yearSource])).toEqual([
      [10, 2023, 'section'],
      [30, 2030, 'section'],
    ]);
  });

  it('falls back to the section year, then the period end', () => {
    const text = '有效发明专利量突破 1 万件。';
    expect(targetsOf(text, { governingYear: 2024 })[0]).toMatchObject({ year: 2024, yearSource: 'section' });
    expect(targetsOf(text, { governingYear: null, periodEnd: 2025 })[0]).toMatchObject({ year: 2025, yearSource: 'period' });
  });

  it('a lead year counts from the plan’s first year (the later of its start and issue years)', () => {
    expect(firstYear({ periodEnd: 2026, periodStart: 2024, issueYear: 2024 })).toBe(2024);
    expect(firstYear({ periodEnd: 2025, periodStart: 2023, issueYear: 2024 })).toBe(2024);
    expect(firstYear({ periodEnd: 2025, periodStart: null, issueYear: null })).toBe(2025);
    expect(firstYear({ periodEnd: 2025, periodStart: 2025, issueYear: 2026 })).toBe(2025);
    expect(planYears({ period: { start: 2024, end: 2026 }, issueDate: '2024-03-01' })).toEqual({ periodEnd: 2026, periodStart: 2024, issueYear: 2024 });
    expect(statedYear(mentions('2024年，'), 2024)).toBe(2024);
    expect(statedYear(mentions('2024年，'), 2025)).toBeNull();
  });

  it('a deadline (by) governs its own sentence; opening one with a comma, its paragraph', () => {
    const text = '2025年底前建成数据中心1个；新建绿道20公里。';
    const ms = mentions(text);
    expect(ms.map((m) => [m.kind, m.opens])).toEqual([['by', false]]);
    const second = text.indexOf('新建');
    expect(statedYear(ms, 2024, 0, second, text.indexOf('；') + 1)).toBeNull();
    expect(statedYear(ms, 2024, 0, text.indexOf('1个'), 0)).toBe(2025);
    expect(statedYear(mentions('2025年底前，建成数据中心1个；新建绿道20公里。'), 2024, 0, second + 1, second)).toBe(2025);
  });

  it('a named plan period is due at its end, like a deadline: for its own sentence, or its paragraph when it opens it', () => {
    expect(mentions('“十五五”期间，').map((m) => [m.kind, m.year, m.opens])).toEqual([['by', 2030, true]]);
  });

  it('a deadline before the plan began dates what is counted, not when it is due (2000年底前建成、…的)', () => {
    const ts = targetsOf('对2000年底前建成、基础设施老化的城镇老旧小区实施综合改造提升，惠及居民2.5万户以上。', { periodStart: 2025, periodEnd: 2025 });
    expect(ts.map((t) => [t.value, t.year, t.yearSource])).toEqual([[25000, 2025, 'period']]);
  });
});
