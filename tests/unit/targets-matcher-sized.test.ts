import { describe, expect, it } from 'vitest';
import { sized } from '../../src/extract/targets/matchers/sized.js';
import { brief, candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/sized', () => {
  it('the size of the one thing a clause sets up is its target', () => {
    const phrase = '组建总规模50亿元的乡村振兴投资基金。';
    expect(texts(phrase, candidatesOf(phrase, sized)), trace(phrase)).toEqual(['50亿元']);
    const ts = targetsOf(phrase);
    expect(ts.map(brief), trace(phrase)).toEqual(['eq 5000000000 元']);
    expect(ts[0].text).toBe('组建总规模50亿元');
  });
});
