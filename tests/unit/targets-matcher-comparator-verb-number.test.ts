import { describe, expect, it } from 'vitest';
import { comparatorVerbNumber } from '../../src/extract/targets/matchers/comparator-verb-number.js';
import { brief, candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/comparator-verb-number', () => {
  it.each([
    ['每个乡镇至少建成1个区域性养老服务中心。', '至少建成1个', 'gte 1 个'],
    ['每个县（市、区）不少于新建3所公办幼儿园。', '不少于新建3所', 'gte 3 所'],
    ['每个行政村最多设置2个垃圾集中收集点。', '最多设置2个', 'lte 2 个'],
    ['每所学校至少配备一名专职校医。', '至少配备一名', 'gte 1 名'],
    // after 至少 (a `distant` comparator) any two-character verb
    ['每名重点学生至少明确1名帮扶教师。', '至少明确1名', 'gte 1 名'],
    ['每个改造小区至少配建1处居家养老服务用房。', '至少配建1处', 'gte 1 处'],
  ])('%s', (phrase, matched, expected) => {
    expect(texts(phrase, candidatesOf(phrase, comparatorVerbNumber)), trace(phrase)).toContain(matched);
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual([expected]);
  });

  it('the target text runs from its clause to the noun counted', () => {
    const [t] = targetsOf('每个乡镇至少建成1个区域性养老服务中心。');
    expect(t.text).toBe('每个乡镇至少建成1个区域性养老服务中心');
    expect(t.ruleId).toBe('targets/comparator-verb-number');
  });
});
