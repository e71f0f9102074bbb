import { describe, expect, it } from 'vitest';
import { listCount } from '../../src/extract/targets/matchers/list-count.js';
import { brief, candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/list-count', () => {
  it('finds a count after a list separator, dependent on a governor', () => {
    const phrase = '支持创建不少于1家国家级文化产业示范园区、5家省级文化产业示范园区。';
    const cands = candidatesOf(phrase, listCount);
    expect(texts(phrase, cands)).toEqual(['5家']);
    expect(cands[0].dependent).toBe(true);
    const ts = targetsOf(phrase);
    expect(ts.map(brief), trace(phrase)).toEqual(['gte 1 家', 'gte 5 家']);
    expect(ts[1].text).toBe('5家省级文化产业示范园区');
  });
});
