import { describe, expect, it } from 'vitest';
import { brief, targetsOf, trace } from './targets-context.js';

describe('refine/drop-qualifiers', () => {
  it('营收超5亿元的骨干企业2家 is one target: 2 家', () => {
    const phrase = '力争培育营收超5亿元的骨干企业2家、超3亿元的骨干企业3家。';
    const ts = targetsOf(phrase);
    expect(ts.map(brief), trace(phrase)).toEqual(['eq 2 家', 'eq 3 家']);
    expect(ts.map((t) => t.text)).toEqual(['力争培育营收超5亿元的骨干企业2家', '超3亿元的骨干企业3家']);
    expect(ts.every((t) => t.aspirational)).toBe(true);
  });

  it('a count that qualifies the noun of another target is not one', () => {
    const phrase = '支持广州、深圳等地打造3—5个设计师超千人的工业设计基地。';
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual(['range 3-5 个']);
  });

  it('a count with its own comparator, followed by 的 and its noun, stays', () => {
    expect(targetsOf('培育10家以上的龙头企业。').map(brief)).toEqual(['gte 10 家']);
  });

  it('a share followed by 的 stays', () => {
    expect(targetsOf('推动30%以上的规上企业实现数字化改造。').map(brief)).toEqual(['gte 30 %']);
  });
});
