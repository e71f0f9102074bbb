import { describe, expect, it } from 'vitest';
import { cadence } from '../../src/extract/deadlines/matchers/cadence.js';
import { hits } from './deadlines-context.js';

describe('matcher cadence (月调度、季评估、年考核)', () => {
  it('reads three items from the series (Taicang)', () => {
    expect(hits(cadence, '实行“月调度、季评估、年考核”工作机制')).toEqual([
      ['月调度', 3],
      ['季评估', 7],
      ['年考核', 11],
    ]);
  });
});
