import { describe, expect, it } from 'vitest';
import { phrase as phraseMatcher } from '../../src/extract/targets/matchers/phrase.js';
import { brief, candidatesOf, targetsOf, texts } from './targets-context.js';

describe('targets/phrase', () => {
  it('两位数增长 is gte 10 %', () => {
    const text = '用好市镇两级政策扶持，力争推动亿元企业年营收增速实现两位数增长。';
    expect(texts(text, candidatesOf(text, phraseMatcher))).toEqual(['两位数增长']);
    const [t] = targetsOf(text);
    expect(brief(t)).toBe('gte 10 %');
    expect(t.rawValue).toBe('两位数');
    expect(t.aspirational).toBe(true);
  });
});
