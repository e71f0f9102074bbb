import { describe, expect, it } from 'vitest';
import { comparatorVerbNumber } from '../../src/extract/targets/matchers/comparator-verb-number.js';
import { candidatesOf, texts } from './targets-context.js';

describe('targets/comparator-verb-number: not this form', () => {
  it('a verb that is not a counting verb', () => {
    expect(texts('至少保留1名联络员', candidatesOf('至少保留1名联络员', comparatorVerbNumber))).toEqual([]);
  });
  it('a word between the verb and the number', () => {
    const phrase = '至少建成区域性中心1个';
    expect(texts(phrase, candidatesOf(phrase, comparatorVerbNumber))).toEqual([]);
  });
});
