import { describe, expect, it } from 'vitest';
import { namedPeriod } from '../../src/extract/deadlines/matchers/named-period.js';
import { hits } from './deadlines-context.js';

describe('matcher named-period: not this form', () => {
  it('十四五 as a modifier (Taicang)', () => {
    expect(hits(namedPeriod, '对“十四五”重点文化产业项目全程跟踪')).toEqual([]);
  });
  it('a heading or caption names its subject (Hangzhou)', () => {
    expect(hits(namedPeriod, '三、“十四五”时期杭州文化产业发展指导方针和目标定位')).toEqual([]);
    expect(hits(namedPeriod, '“十四五”时期文化产业发展主要指标')).toEqual([]);
  });
});
