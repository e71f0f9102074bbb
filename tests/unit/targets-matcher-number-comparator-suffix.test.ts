import { describe, expect, it } from 'vitest';
import { numberComparatorSuffix } from '../../src/extract/targets/matchers/number-comparator-suffix.js';
import { brief, candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/number-comparator-suffix', () => {
  it.each([
    ['到2025年，引培200家以上数字内容企业。', '200家以上', 'gte'],
    ['其中省级重点文化产业项目1个以上。', '1个以上', 'gte'],
    ['新增培育 15 家左右国家级、50 家左右省级工业设计中心。', '15 家左右', 'approx'],
    ['每年至少开展1场以上产业对接活动。', '1场以上', 'gte'],
    ['负债率控制在60%以内。', '60%以内', 'lte'],
  ])('%s', (phrase, matched, comparator) => {
    const cands = candidatesOf(phrase, numberComparatorSuffix);
    expect(texts(phrase, cands), trace(phrase)).toContain(matched);
    expect(cands.find((c) => phrase.slice(c.span.start, c.span.end) === matched)!.comparator).toBe(comparator);
  });

  it('以上 is gte, never gt (SPEC §7)', () => {
    expect(targetsOf('打造20个以上全国知名数字创意品牌。').map(brief)).toEqual(['gte 20 个']);
  });

  it('reads two approx counts of one list', () => {
    const phrase = '新增培育 15 家左右国家级、50 家左右省级工业设计中心。';
    const ts = targetsOf(phrase);
    expect(ts.map(brief), trace(phrase)).toEqual(['approx 15 家', 'approx 50 家']);
    expect(ts.map((t) => t.text)).toEqual(['新增培育 15 家左右国家级', '50 家左右省级工业设计中心']);
  });
});
