import { describe, expect, it } from 'vitest';
import { anyTest, endsWithAny, firstChildOf, firstPrefix, firstTested, longestFirst, startsWithAny } from '../../src/core/lists.js';
import { insideAny } from '../../src/core/span.js';

describe('list helpers of the per-document stages', () => {
  it('firstPrefix returns the first listed word the text starts with, and with `proper` only a shorter one', () => {
    const helpers = ['力争达到', '力争', '确保'].sort(longestFirst);
    expect(helpers).toEqual(['力争达到', '力争', '确保']);
    expect(firstPrefix('力争达到120亿元', helpers)).toBe('力争达到');
    expect(firstPrefix('力争每年增长', helpers)).toBe('力争');
    expect(firstPrefix('营业收入', helpers)).toBeUndefined();
    expect(firstPrefix('力争', helpers)).toBe('力争');
    expect(firstPrefix('力争', helpers, true)).toBeUndefined();
    expect(firstPrefix('年均增长', ['平均', '年均', '年'], true)).toBe('年均');
  });

  it('startsWithAny / endsWithAny', () => {
    expect(startsWithAny('省级以上', ['市', '省级'])).toBe(true);
    expect(startsWithAny('国家级', ['市', '省级'])).toBe(false);
    expect(endsWithAny('10个以上', ['以下', '以上'])).toBe(true);
    expect(endsWithAny('10个', ['以下', '以上'])).toBe(false);
    expect(endsWithAny('任何', [])).toBe(false);
  });

  it('firstTested / anyTest return the first pattern that matches', () => {
    const labels = [
      { re: /^指导思想$/u, role: 'guide' },
      { re: /目标/u, role: 'goal' },
      { re: /发展目标/u, role: 'other' },
    ];
    expect(firstTested(labels, '主要发展目标')?.role).toBe('goal');
    expect(firstTested(labels, '保障措施')).toBeUndefined();
    expect(anyTest(labels, '指导思想')).toBe(true);
    expect(anyTest(labels, '指导思想和原则')).toBe(false);
  });

  it('firstChildOf finds the first section whose parent is the given id', () => {
    const sections = [
      { id: 'a', parentId: null },
      { id: 'a1', parentId: 'a' },
      { id: 'a2', parentId: 'a' },
      { id: 'b', parentId: null },
    ];
    expect(firstChildOf('a', sections)?.id).toBe('a1');
    expect(firstChildOf('b', sections)).toBeUndefined();
  });

  it('insideAny: a span within one of the spans, bounds included', () => {
    const tasks = [
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ];
    expect(insideAny({ start: 10, end: 20 }, tasks)).toBe(true);
    expect(insideAny({ start: 32, end: 35 }, tasks)).toBe(true);
    expect(insideAny({ start: 18, end: 32 }, tasks)).toBe(false);
    expect(insideAny({ start: 0, end: 5 }, [])).toBe(false);
  });
});
