import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../src/extract/targets/resolve/number.js';
import { rules } from './targets-context.js';

const n = (raw: string) => parseNumber(raw, rules.measures.numerals);

describe('resolve/number', () => {
  it.each([
    ['6200', 6200],
    ['6 200', 6200],
    ['１５', 15],
    ['1,000', 1000],
    ['5728.02', 5728.02],
    ['５７２８．０２', 5728.02],
    ['千', 1000],
    ['万', 10000],
    ['一万', 10000],
    ['两千', 2000],
    ['三十', 30],
    ['十五', 15],
    ['一百二十', 120],
    ['一百零五', 105],
    ['三十万', 300000],
    ['一万五千', 15000],
    ['两千万', 20000000],
    ['三亿五千万', 350000000],
    ['一万亿', 1000000000000],
    ['万亿', 1000000000000],
    ['二〇三五', 2035],
  ])('%s → %d', (raw, value) => {
    expect(n(raw)).toBe(value);
  });

  it.each(['', '1.2.3', '.5', 'abc', '十几'])('%s is not a number', (raw) => {
    expect(n(raw)).toBeNull();
  });
});
