import { describe, expect, it } from 'vitest';
import { memoize, pairCache } from '../../src/core/memo.js';

describe('memoize / pairCache', () => {
  it('memoize computes once per key object', () => {
    let calls = 0;
    const len = memoize((a: string[]) => (calls++, a.length));
    const key = ['a', 'b'];
    expect([len(key), len(key), len(['x'])]).toEqual([2, 2, 1]);
    expect(calls).toBe(2);
  });

  it('pairCache makes each (owner, key) value once, separately per owner', () => {
    const cache = pairCache<object, string, RegExp>();
    const rulesA = {};
    const rulesB = {};
    let made = 0;
    const make = (src: string) => () => (made++, new RegExp(src, 'g'));
    const a1 = cache(rulesA, 'year', make('\\d{4}'));
    expect(cache(rulesA, 'year', make('ignored'))).toBe(a1);
    expect(a1.source).toBe('\\d{4}');
    const b1 = cache(rulesB, 'year', make('年'));
    expect(b1).not.toBe(a1);
    expect(cache(rulesA, 'month', make('月')).source).toBe('月');
    expect(made).toBe(3);
  });
});
