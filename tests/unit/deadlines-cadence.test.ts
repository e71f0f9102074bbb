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

describe('matcher cadence after a lead verb', () => {
  it('按月开展: monthly', () => {
    expect(hits(cadence, '健全投资统计监测制度，按月开展重大项目统计')).toEqual([['月开展', 12]]);
  });
  it('a series right after 建立 / 实行', () => {
    expect(hits(cadence, '建立月调度、季通报、年考核机制')).toEqual([
      ['月调度', 2],
      ['季通报', 6],
      ['年考核', 10],
    ]);
  });
});
