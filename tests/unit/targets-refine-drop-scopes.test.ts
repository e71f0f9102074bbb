import { describe, expect, it } from 'vitest';
import { brief, refinedUpTo, targetsOf, texts, trace } from './targets-context.js';

describe('refine/drop-scopes', () => {
  it('a bound at the start of its clause, run into a noun, sets the scope', () => {
    const phrase = '提升污水处理能力，日处理1万吨以上污水处理厂全部完成提标改造。';
    expect(texts(phrase, refinedUpTo(phrase, 'dropScopes')), trace(phrase)).toEqual([]);
  });
  it('after a preposition', () => {
    const phrase = '对单体建筑面积2万平方米以上公共建筑实施能耗监测。';
    expect(targetsOf(phrase), trace(phrase)).toEqual([]);
  });
  it('an amount qualifying the noun counted next', () => {
    const phrase = '培育年产值10亿元以上企业15家。';
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual(['eq 15 家']);
  });
  it('every item of a list whose first quantity sets the scope', () => {
    const phrase = '2000平方米以上的超市、1000人以上学校食堂全部安装油烟净化设施。';
    expect(targetsOf(phrase), trace(phrase)).toEqual([]);
  });
});
