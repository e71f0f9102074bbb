import { describe, expect, it } from 'vitest';
import { yearRange } from '../../src/extract/deadlines/matchers/year-range.js';
import { hits } from './deadlines-context.js';

describe('matcher year-range: not this form', () => {
  it('two years that are not a range', () => {
    expect(hits(yearRange, '从2015年末的855亿元增长至2020年末的2285亿元')).toEqual([]);
  });
  it('a fiscal year range (年度) is not read', () => {
    expect(hits(yearRange, '2023-2025年度预算')).toEqual([]);
  });
});
