import { describe, expect, it } from 'vitest';
import { yearBefore } from '../../src/extract/deadlines/matchers/year-before.js';
import { hits } from './deadlines-context.js';

describe('matcher year-before (2025年前)', () => {
  it('reads year + 前', () => {
    expect(hits(yearBefore, '2025年前完成全市文化产业园区提升改造')).toEqual([['2025年前', 0]]);
    expect(hits(yearBefore, '力争在 2025 年以前建成')).toEqual([['2025 年以前', 4]]);
  });
});
