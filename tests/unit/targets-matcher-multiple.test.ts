import { describe, expect, it } from 'vitest';
import { multiple } from '../../src/extract/targets/matchers/multiple.js';
import { candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/multiple', () => {
  it.each([
    ['农产品网络零售额增长2倍。', '增长2倍', 3, 'eq'],
    ['技术合同成交额提高1.5倍以上。', '提高1.5倍以上', 2.5, 'gte'],
    ['数字经济规模增长到2020年的3倍。', '增长到2020年的3倍', 3, 'eq'],
    ['文旅消费总额达到2022年的两倍。', '达到2022年的两倍', 2, 'eq'],
  ])('%s', (phrase, matched, multiplier, comparator) => {
    expect(texts(phrase, candidatesOf(phrase, multiple)), trace(phrase)).toContain(matched);
    const ts = targetsOf(phrase);
    expect(ts.map((t) => [t.comparator, t.value, t.relative?.multiplier]), trace(phrase)).toEqual([[comparator, null, multiplier]]);
  });
});
