import { describe, expect, it } from 'vitest';
import { annual } from '../../src/extract/deadlines/matchers/annual.js';
import { hits } from './deadlines-context.js';

describe('matcher annual (年度…考核)', () => {
  it('reads 年度工作考核 (Hangzhou)', () => {
    expect(hits(annual, '将各责任主体的重点任务纳入年度工作考核体系')).toEqual([['年度工作考核', 13]]);
  });
  it('reads 年度重点工作 and 年度…计划 (Taicang)', () => {
    expect(hits(annual, '各区镇要将文化产业列入年度重点工作，并结合实际制定年度专项提升发展计划。')).toEqual([
      ['年度重点工作', 11],
      ['年度专项提升发展计划', 25],
    ]);
  });
});
