import { describe, expect, it } from 'vitest';
import { yearRange } from '../../src/extract/deadlines/matchers/year-range.js';
import { hits } from './deadlines-context.js';

describe('matcher year-range (2023-2025年)', () => {
  it('reads ranges with any dash and PDF spacing', () => {
    expect(hits(yearRange, '2023-2025年，每年举办文化产业招商活动')).toEqual([['2023-2025年', 0]]);
    expect(hits(yearRange, '实施期为2023—2025 年')).toEqual([['2023—2025 年', 4]]);
    expect(hits(yearRange, '2023年至2025年，连续举办')).toEqual([['2023年至2025年', 0]]);
  });
});
