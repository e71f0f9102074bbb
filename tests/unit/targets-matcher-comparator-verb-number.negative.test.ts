import { describe, expect, it } from 'vitest';
import { comparatorVerbNumber } from '../../src/extract/targets/matchers/comparator-verb-number.js';
import { candidatesOf, texts } from './targets-context.js';

describe('targets/comparator-verb-number: not this form', () => {
  it('a word that is not a counting verb, after a comparator that reaches no further', () => {
    expect(texts('超过上年1名', candidatesOf('超过上年1名', comparatorVerbNumber))).toEqual([]);
  });
  it('a frequency after 至少, not a verb', () => {
    expect(texts('至少每年1次', candidatesOf('至少每年1次', comparatorVerbNumber))).toEqual([]);
  });
  it('a word between the verb and the number', () => {
    const phrase = '至少建成区域性中心1个';
    expect(texts(phrase, candidatesOf(phrase, comparatorVerbNumber))).toEqual([]);
  });
});
