import { describe, expect, it } from 'vitest';
import { goalYear } from '../../src/extract/deadlines/matchers/goal-year.js';
import { hits } from './deadlines-context.js';

describe('matcher goal-year: not this form', () => {
  it('a year run into its sentence states a fact (Guangdong)', () => {
    expect(hits(goalYear, '2022 年全省数字创意产业集群实现营业收入 5728.02 亿元')).toEqual([]);
  });
  it('a year inside a title is not a goal year', () => {
    expect(hits(goalYear, '决定开展太仓市2025年文化产业提升发展专项行动，特制定本行动方案。')).toEqual([]);
  });
  it('a table header year has no comma', () => {
    expect(hits(goalYear, '指标名称\n2020年\n实际值\n2025年\n目标值')).toEqual([]);
  });
});
