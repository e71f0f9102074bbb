import { describe, expect, it } from 'vitest';
import { annual } from '../../src/extract/deadlines/matchers/annual.js';
import { hits } from './deadlines-context.js';

describe('matcher annual (年度…考核)', () => {
  it('reads 年度工作考核 (Hangzhou)', () => {
    expect(hits(annual, '将各责任主体的重点任务纳入年度工作考核体系')).toEqual([['年度工作考核', 13]]);
  });
  it('reads an assessment (年度综合考核, 季度评估)', () => {
    expect(hits(annual, '考核结果纳入年度综合考核，实行季度评估')).toEqual([
      ['年度综合考核', 6],
      ['季度评估', 15],
    ]);
  });
});
