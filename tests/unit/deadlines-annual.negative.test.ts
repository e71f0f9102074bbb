import { describe, expect, it } from 'vitest';
import { annual } from '../../src/extract/deadlines/matchers/annual.js';
import { hits } from './deadlines-context.js';

describe('matcher annual: not this form', () => {
  it('a stated year (2020年度) or a pinned period (上年度, 第一季度) does not recur', () => {
    expect(hits(annual, '2020年度考核结果')).toEqual([]);
    expect(hits(annual, '上年度考核结果')).toEqual([]);
    expect(hits(annual, '第一季度通报')).toEqual([]);
  });
  it('每季度 belongs to every, not to annual', () => {
    expect(hits(annual, '每季度发布工作通报')).toEqual([]);
  });
  it('the object must be in the same clause', () => {
    expect(hits(annual, '年度营业收入，考核')).toEqual([]);
  });
  it('a yearly plan, work list or summary is a document, not a time (Taicang, 成都)', () => {
    expect(hits(annual, '各区镇要将文化产业列入年度重点工作，并结合实际制定年度专项提升发展计划。')).toEqual([]);
    expect(hits(annual, '制定年度任务清单，报送年度工作总结')).toEqual([]);
  });
});
