import { describe, expect, it } from 'vitest';
import { targetsOf } from './targets-context.js';

describe('refine/drop-support-clauses', () => {
  it('support money is not a target', () => {
    expect(targetsOf('对新认定的国家级企业技术中心，给予一次性奖励100万元，最高不超过200万元。')).toEqual([]);
  });

  it('a target in the next clause stays', () => {
    expect(targetsOf('给予资金支持，培育国家级企业技术中心10家。').map((t) => t.value)).toEqual([10]);
  });
});
