import { describe, expect, it } from 'vitest';
import { range } from '../../src/extract/targets/matchers/range.js';
import { brief, candidatesOf, targetsOf, texts, trace } from './targets-context.js';

describe('targets/range', () => {
  it.each([
    ['形成3-5个特色产业集群。', '3-5个', 'range 3-5 个'],
    ['积极创建 1—2 家国家级、3—4 家省级工业设计研究院。', '1—2 家', 'range 1-2 家'],
    ['重点培育或引进2-3个国际知名数字创意类展会、活动。', '2-3个', 'range 2-3 个'],
    ['培育3～5个特色街区。', '3～5个', 'range 3-5 个'],
    ['培育3至5个特色街区。', '3至5个', 'range 3-5 个'],
    ['培育三到五个特色街区。', '三到五个', 'range 3-5 个'],
    ['培育5家至8家龙头企业。', '5家至8家', 'range 5-8 家'],
  ])('%s', (phrase, matched, expected) => {
    expect(texts(phrase, candidatesOf(phrase, range)), trace(phrase)).toContain(matched);
    expect(targetsOf(phrase).map(brief), trace(phrase)).toContain(expected);
  });

  it('keeps the range as written in rawValue', () => {
    const [t] = targetsOf('积极创建 1—2 家国家级工业设计研究院。');
    expect(t.rawValue).toBe('1—2');
    expect(t.rawUnit).toBe('家');
    expect(t.valueMax).toBe(2);
  });

  it('reads two ranges of one list', () => {
    const phrase = '积极创建 1—2 家国家级、3—4 家省级工业设计研究院。';
    expect(targetsOf(phrase).map(brief), trace(phrase)).toEqual(['range 1-2 家', 'range 3-4 家']);
  });
});
