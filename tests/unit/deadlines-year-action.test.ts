import { describe, expect, it } from 'vitest';
import { yearAction } from '../../src/extract/deadlines/matchers/year-action.js';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';
import { docContext, hits } from './deadlines-context.js';

describe('matcher year-action (2025年建成…, 明年完成…)', () => {
  it('a year run into an action verb', () => {
    expect(hits(yearAction, '2025年建成全域数字孪生底座')).toEqual([['2025年', 0]]);
    expect(hits(yearAction, '力争2026年全面完成农村供水提质改造')).toEqual([['2026年', 2]]);
    // or into what the action is about
    expect(hits(yearAction, '2027年对本意见落实情况开展中期评估')).toEqual([['2027年', 0]]);
  });
  it('a year named from the document’s year', () => {
    expect(hits(yearAction, '明年启动二期建设，今年完成前期工作')).toEqual([
      ['明年', 0],
      ['今年', 9],
    ]);
  });
  it('resolves against the reference year; a year before the plan is dropped', () => {
    const text = '2023年开展试点，2025年全面推开，明年完成验收。';
    const ds = extractDeadlines(docContext(text), { start: 0, end: text.length }, { referenceYear: 2024, planPeriod: { start: 2024, end: 2026 } });
    expect(ds.map((d) => [d.text, d.date])).toEqual([
      ['2025年', '2025-12-31'],
      ['明年', '2025-12-31'],
    ]);
  });
});
