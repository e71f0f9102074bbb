import { describe, expect, it } from 'vitest';
import { clauseFinal } from '../../src/extract/targets/matchers/clause-final.js';
import { brief, candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/clause-final', () => {
  it.each([
    ['新增规上文化企业15家，其中核心领域不少于7家。', '15家', 'eq 15 家'],
    ['培育打造省级示范园区1个，形成3-5个特色产业集群。', '1个', 'eq 1 个'],
    ['实现新增项目开工率100%，文化产业营收贡献率增速不低于10%。', '100%', 'eq 100 %'],
    ['新增5G基站1万个。', '1万个', 'eq 10000 个'],
  ])('%s', (phrase, matched, expected) => {
    expect(texts(phrase, candidatesOf(phrase, clauseFinal)), trace(phrase)).toContain(matched);
    expect(targetsOf(phrase).map(brief), trace(phrase)).toContain(expected);
  });

  it('needs a metric before the number', () => {
    const phrase = '其中，15家。';
    expect(candidatesOf(phrase, clauseFinal)).toEqual([]);
  });

  it('reads the metric before the count', () => {
    const [t] = targetsOf('2025年，新增规上文化企业15家。');
    expect(t.metric).toBe('新增规上文化企业');
    expect(t.text).toBe('新增规上文化企业15家');
    expect(t.year).toBe(2025);
    expect(t.yearSource).toBe('stated');
  });
});
