import { describe, expect, it } from 'vitest';
import { doubling } from '../../src/extract/targets/matchers/doubling.js';
import { candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/doubling', () => {
  it.each([
    ['全市文化产业增加值规模实现翻一番。', '实现翻一番', 2, 'eq'],
    ['营业收入在2020年基础上实现翻番。', '实现翻番', 2, 'eq'],
    ['国家级重大项目数量增加一倍以上。', '增加一倍以上', 2, 'gte'],
    ['经济总量翻两番。', '翻两番', 4, 'eq'],
  ])('%s', (phrase, matched, multiplier, comparator) => {
    const cands = candidatesOf(phrase, doubling);
    expect(texts(phrase, cands), trace(phrase)).toEqual([matched]);
    expect(cands[0].relative).toEqual({ multiplier });
    expect(cands[0].comparator).toBe(comparator);
  });

  it('has no value, and takes its baseline year from 在2020年基础上', () => {
    const phrase = '到2025年，引培200家以上数字内容企业，营业收入在2020年基础上实现翻番。';
    const t = targetsOf(phrase).find((x) => x.relative)!;
    expect(t, trace(phrase)).toBeDefined();
    expect(t.value).toBeNull();
    expect(t.unit).toBeNull();
    expect(t.baseline).toEqual({ year: 2020, value: null });
    expect(t.year).toBe(2025);
    expect(t.metric).toBe('营业收入');
    expect(t.text).toBe('营业收入在2020年基础上实现翻番');
  });
});
