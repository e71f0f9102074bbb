import { describe, expect, it } from 'vitest';
import { yearBefore } from '../../src/extract/deadlines/matchers/year-before.js';
import { hits } from './deadlines-context.js';

describe('matcher year-before: not this form', () => {
  it('does not read 前 that opens a count (2025年前三季度)', () => {
    expect(hits(yearBefore, '2025年前三季度，全市文化产业营收增长')).toEqual([]);
  });
  it('does not read 年底前 (part-of-year does)', () => {
    expect(hits(yearBefore, '2025年底前')).toEqual([]);
  });
});
