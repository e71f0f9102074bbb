import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';
import { monthEnd } from '../../src/extract/deadlines/matchers/month-end.js';
import { partOfYear } from '../../src/extract/deadlines/matchers/part-of-year.js';
import { docContext, hits } from './deadlines-context.js';

const by = (text: string, referenceYear = 2024) =>
  extractDeadlines(docContext(text), { start: 0, end: text.length }, { referenceYear, planPeriod: { start: 2024, end: 2026 } }).map((d) => [
    d.text,
    d.date,
  ]);

describe('years named from the document’s (今年, 明年) and 年内', () => {
  it('今年底前 and 明年年底前', () => {
    expect(hits(partOfYear, '今年底前完成摸底')).toEqual([['今年底前', 0]]);
    expect(by('今年底前完成摸底，明年年底前全面建成。')).toEqual([
      ['今年底前', '2024-12-31'],
      ['明年年底前', '2025-12-31'],
    ]);
  });
  it('明年9月底前 falls in the next year', () => {
    expect(hits(monthEnd, '明年9月底前投入使用')).toEqual([['明年9月底前', 0]]);
    expect(by('明年9月底前投入使用。')).toEqual([['明年9月底前', '2025-09-30']]);
  });
  it('年内 is the end of the document’s year', () => {
    expect(by('年内完成首批试点。')).toEqual([['年内', '2024-12-31']]);
  });
});

describe('years named from the document’s: not deadlines', () => {
  it('a duration (三年内, 5年内)', () => {
    expect(hits(partOfYear, '三年内实现全覆盖')).toEqual([]);
    expect(hits(partOfYear, '5年内完成')).toEqual([]);
  });
  it('no reference year: the date cannot be placed', () => {
    const text = '明年完成验收。';
    expect(extractDeadlines(docContext(text), { start: 0, end: text.length }, { referenceYear: null, planPeriod: null })).toEqual([]);
  });
});
