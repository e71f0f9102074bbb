import { describe, expect, it } from 'vitest';
import { namedPeriod } from '../../src/extract/deadlines/matchers/named-period.js';
import { hits } from './deadlines-context.js';

describe('matcher named-period (“十四五”期间)', () => {
  it('reads a named period used as a time', () => {
    expect(hits(namedPeriod, '“十四五”期间，每年举办文化产业博览会')).toEqual([['“十四五”期间', 0]]);
    expect(hits(namedPeriod, '“十三五”期间，杭州文化产业增加值从2015年末的855亿元增长至2020年末的2285亿元')).toEqual([
      ['“十三五”期间', 0],
    ]);
  });
  it('reads its end (“十四五”末)', () => {
    expect(hits(namedPeriod, '到“十四五”末，全市')).toEqual([['“十四五”末', 1]]);
  });
});
