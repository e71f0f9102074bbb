import { describe, expect, it } from 'vitest';
import { brief, targetsOf, trace } from './targets-context.js';

describe('refine/split-conjoined', () => {
  it('two metrics joined by 和 sharing one 翻番 are two targets', () => {
    const phrase = '到2025年，实现规上游戏企业数量和动漫游戏行业营业收入实现翻番。';
    const ts = targetsOf(phrase);
    expect(ts.map(brief), trace(phrase)).toEqual(['eq null x2', 'eq null x2']);
    expect(ts.map((t) => t.metric)).toEqual(['规上游戏企业数量', '动漫游戏行业营业收入']);
  });

  it('一 metric with 和 inside a name stays one target', () => {
    const phrase = '入选中国民族网络游戏出版工程、国家动漫建设和保护计划的国家级重大项目数量增加一倍以上。';
    const ts = targetsOf(phrase);
    expect(ts.map(brief), trace(phrase)).toEqual(['gte null x2']);
  });
});
