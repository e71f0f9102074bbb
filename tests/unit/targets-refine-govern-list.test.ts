import { describe, expect, it } from 'vitest';
import { brief, targetsOf, trace } from './targets-context.js';

describe('refine/govern-list', () => {
  it('不少于 governs the count listed after it', () => {
    const phrase = '在全市范围内支持创建不少于1家国家级文化产业示范园区、5家省级文化产业示范园区。';
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual(['gte 1 家', 'gte 5 家']);
  });

  it('a count with its own comparator keeps it', () => {
    const phrase = '培育不少于 100 家规上创意设计生产性服务企业和 2 家以上上市企业。';
    const ts = targetsOf(phrase);
    expect(ts.map(brief), trace(phrase)).toEqual(['gte 100 家', 'gte 2 家']);
    expect(ts.map((t) => t.text)).toEqual(['培育不少于 100 家规上创意设计生产性服务企业', '2 家以上上市企业']);
  });

  it('does not reach across a clause end', () => {
    const phrase = '培育不少于10家企业，、5家省级园区。';
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual(['gte 10 家']);
  });

  it('bare counts in a list stay eq', () => {
    expect(targetsOf('建设5A级景区2个、4A级景区5个。').map(brief)).toEqual(['eq 2 个', 'eq 5 个']);
  });
});
