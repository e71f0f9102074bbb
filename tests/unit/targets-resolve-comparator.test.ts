import { describe, expect, it } from 'vitest';
import { combineComparators } from '../../src/extract/targets/resolve/comparator.js';

describe('resolve/comparator', () => {
  it('an eq word gives way to any other', () => {
    expect(combineComparators('eq', null, 'approx')).toBe('approx'); // 达5000亿元左右
    expect(combineComparators('eq', null, 'gte')).toBe('gte'); // 保持在90%以上
  });
  it('the word before the number wins otherwise', () => {
    expect(combineComparators('gte', null, 'gte')).toBe('gte'); // 至少1场以上
    expect(combineComparators('gt', null, null)).toBe('gt');
  });
  it('a word between number and measure counts (100多家)', () => {
    expect(combineComparators(null, 'gt', null)).toBe('gt');
  });
  it('no word is eq', () => {
    expect(combineComparators(null, null, null)).toBe('eq');
  });
});
