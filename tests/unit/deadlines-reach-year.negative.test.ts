import { describe, expect, it } from 'vitest';
import { reachYear } from '../../src/extract/deadlines/matchers/reach-year.js';
import { hits } from './deadlines-context.js';

describe('matcher reach-year: not this form', () => {
  it('leaves a month after the year to the month matchers', () => {
    expect(hits(reachYear, '到2024年6月底前建成')).toEqual([]);
  });
  it('leaves a half or a quarter to part-of-year', () => {
    expect(hits(reachYear, '到2024年上半年')).toEqual([]);
  });
  it('needs the 到 word: a bare year is not read here', () => {
    expect(hits(reachYear, '2022 年全省数字创意产业集群实现营业收入 5728.02 亿元')).toEqual([]);
  });
});
