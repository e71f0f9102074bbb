import { describe, expect, it } from 'vitest';
import { reachYear } from '../../src/extract/deadlines/matchers/reach-year.js';
import { hits } from './deadlines-context.js';

describe('matcher reach-year (到2025年)', () => {
  it('reads 到 + year inside a goal sentence (Suzhou)', () => {
    expect(hits(reachYear, '瞄准在全省乃至全国率先建成文化强市的目标，到2025年，数字内容、创意设计、影视娱乐')).toEqual([['到2025年', 21]]);
  });
  it('reads the PDF spacing `到 2025 年` (Guangdong)', () => {
    expect(hits(reachYear, '（一）产业规模不断壮大。到 2025 年，数字创意产业营业收入突破 6200 亿元')).toEqual([['到 2025 年', 12]]);
  });
  it('keeps 底 and 前 in the span', () => {
    expect(hits(reachYear, '力争到2025年底前建成')).toEqual([['到2025年底前', 2]]);
    expect(hits(reachYear, '截至2025年末，全市')).toEqual([['截至2025年末', 0]]);
  });
  it('reads a year in Chinese digits', () => {
    expect(hits(reachYear, '到二〇三五年，基本建成')).toEqual([['到二〇三五年', 0]]);
  });
});
