import { describe, expect, it } from 'vitest';
import { brief, targetsOf, trace } from './targets-context.js';

describe('refine/drop-scopes: targets that stay', () => {
  it('a verb before the bound: a count target', () => {
    expect(targetsOf('新增3家以上国家级企业技术中心。').map(brief)).toEqual(['gte 3 家']);
  });
  it('a list of counts after a verb', () => {
    const phrase = '创建20个以上省级示范村、5个以上国家级示范村。';
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual(['gte 20 个', 'gte 5 个']);
  });
  it('a bound ending its clause', () => {
    expect(targetsOf('城市生活垃圾回收利用率达到35%以上，').map(brief)).toEqual(['gte 35 %']);
  });
});
