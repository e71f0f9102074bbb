import { describe, expect, it } from 'vitest';
import { targetsOf } from './targets-context.js';

describe('refine/drop-support-clauses', () => {
  it('support money is not a target', () => {
    expect(targetsOf('对新认定的国家级企业技术中心，给予一次性奖励100万元，最高不超过200万元。')).toEqual([]);
  });

  it('a target in the next clause stays', () => {
    expect(targetsOf('给予资金支持，培育国家级企业技术中心10家。').map((t) => t.value)).toEqual([10]);
  });

  it('a quantity that picks out the noun a 对… clause treats is no target; one that counts what is done to it is', () => {
    expect(targetsOf('对产能利用率低于50%的地区，加强项目投资风险提示。')).toEqual([]);
    expect(targetsOf('对见习期满留用率达到50%以上的见习单位，在认定示范基地时予以优先支持。')).toEqual([]);
    expect(targetsOf('对就餐位30人以上的农家乐餐饮单位全面安装油烟净化设施，安装率达到100%。').map((t) => t.value)).toEqual([100]);
    // 对标 is a verb, not the preposition
    expect(targetsOf('对标国际先进水平，关键工序数控化率达到70%的企业超过100家。').map((t) => t.value)).toEqual([100]);
  });
});
