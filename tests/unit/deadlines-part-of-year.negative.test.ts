import { describe, expect, it } from 'vitest';
import { partOfYear } from '../../src/extract/deadlines/matchers/part-of-year.js';
import { hits } from './deadlines-context.js';

describe('matcher part-of-year: not this form', () => {
  it('a bare 年底 in prose is a narrative time', () => {
    expect(hits(partOfYear, '年底全市规上文化企业达到1426家')).toEqual([]);
  });
  it('去年年底 and 每年年底 are not the document year', () => {
    expect(hits(partOfYear, '截至去年年底前')).toEqual([]);
    expect(hits(partOfYear, '每年年底前报送')).toEqual([]);
  });
  it('底 alone needs a year', () => {
    expect(hits(partOfYear, '月底前')).toEqual([]);
  });
  it('a bare quarter is a narrative time', () => {
    expect(hits(partOfYear, '一季度全市实现营业收入')).toEqual([]);
  });
});
