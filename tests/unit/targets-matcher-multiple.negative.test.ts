import { describe, expect, it } from 'vitest';
import { brief, targetsOf } from './targets-context.js';

describe('targets/multiple: not this form', () => {
  it('是…的N倍 states a comparison, not a target (a past fact in 发展基础)', () => {
    expect(targetsOf('累计完成交通投资800亿元，是上一时期的1.8倍。', { periodEnd: 2025, periodStart: 2025, issueYear: 2025 }).map(brief)).toEqual([
      'eq 80000000000 元',
    ]);
  });
  it('a multiple no greater than one is no growth', () => {
    expect(targetsOf('增长0倍。')).toEqual([]);
  });
});
