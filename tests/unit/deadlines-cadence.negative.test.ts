import { describe, expect, it } from 'vitest';
import { cadence } from '../../src/extract/deadlines/matchers/cadence.js';
import { hits } from './deadlines-context.js';

describe('matcher cadence: not this form', () => {
  it('a period character inside a word is not a cadence', () => {
    expect(hits(cadence, '纳入年度工作考核体系')).toEqual([]);
    expect(hits(cadence, '每年考核一次')).toEqual([]);
    expect(hits(cadence, '开展绩效评估')).toEqual([]);
  });
});

describe('matcher cadence after a lead verb: not this form', () => {
  it('a period word that is not followed by an action', () => {
    expect(hits(cadence, '实施年度计划管理')).toEqual([]);
    expect(hits(cadence, '建立季节性用工机制')).toEqual([]);
  });
});
