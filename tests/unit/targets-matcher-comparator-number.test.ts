import { describe, expect, it } from 'vitest';
import { comparatorNumber } from '../../src/extract/targets/matchers/comparator-number.js';
import { brief, candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/comparator-number', () => {
  it.each([
    ['到 2025 年，数字创意产业营业收入突破 6200 亿元。', '突破 6200 亿元', 'gt', '6200', '亿元'],
    ['细分行业规上企业超过800家，营收不少于1500亿元。', '超过800家', 'gt', '800', '家'],
    ['新建或改建市级文化产业园区不少于6个，载体总建筑面积超14万平方米。', '不少于6个', 'gte', '6', '个'],
    ['聚焦工业设计基础研究，建设约 10 家省级、市级前沿研究中心。', '约 10 家', 'approx', '10', '家'],
    ['到2025年，区域文化产业总产出达5000亿元左右，成为驱动全市文化产业实现高质量发展的“横向引擎”。', '达5000亿元左右', 'approx', '5000', '亿元'],
    ['确保重点项目开工及建成率始终保持在90%以上。', '保持在90%以上', 'gte', '90', '%'],
    ['支持广州、深圳等地打造工业设计基地，设计师超千人。', '超千人', 'gt', '千', '人'],
    ['带动就业超万人。', '超万人', 'gt', '万', '人'],
  ])('%s', (phrase, matched, comparator, rawValue, rawUnit) => {
    const cands = candidatesOf(phrase, comparatorNumber);
    expect(texts(phrase, cands), trace(phrase)).toContain(matched);
    const c = cands.find((x) => phrase.slice(x.span.start, x.span.end) === matched)!;
    expect(c.comparator).toBe(comparator);
    expect(c.rawValue).toBe(rawValue);
    expect(c.rawUnit).toBe(rawUnit);
    expect(c.explicit).toBe(true);
  });

  it('reads both comparators of one sentence with their values scaled', () => {
    const phrase = '到2025年，数字内容等细分行业规上企业超过800家，营收不少于1500亿元。';
    const ts = targetsOf(phrase);
    expect(ts.map(brief), trace(phrase)).toEqual(['gt 800 家', 'gte 150000000000 元']);
    expect(ts.map((t) => t.year)).toEqual([2025, 2025]);
    expect(ts[1].rawValue).toBe('1500');
    expect(ts[1].rawUnit).toBe('亿元');
    for (const t of ts) expect(phrase.slice(t.span.start, t.span.end)).toBe(t.text);
  });

  it('ignores PDF spaces between number and unit', () => {
    const [t] = targetsOf('有效发明专利量突破 1 万件。');
    expect(brief(t)).toBe('gt 10000 件');
    expect(t.rawUnit).toBe('万件');
  });
});
