import { describe, expect, it } from 'vitest';
import { findYearMentions } from '../../src/extract/targets/matchers/year-mention.js';
import { rules } from './targets-context.js';

const kinds = (text: string) =>
  findYearMentions(text, { start: 0, end: text.length }, rules).map((m) => `${m.kind}:${m.year}:${text.slice(m.span.start, m.span.end)}`);

describe('matchers/year-mention', () => {
  it.each([
    ['到 2025 年，数字创意产业营业收入突破 6200 亿元', ['due:2025:到 2025 年']],
    ['2025年，新增重点文化产业项目超10个', ['lead:2025:2025年，']],
    ['营业收入在2020年基础上实现翻番', ['baseline:2020:在2020年基础上']],
    ['苏州市推动文化创意产业高质量发展三年行动计划（2023-2025年）', ['period:2025:2023-2025年']],
    ['2023年底前完成', ['by:2023:2023年底前']],
    ['2022 年全省数字创意产业集群', ['bare:2022:2022 年']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('ignores years inside the title of another document', () => {
    expect(kinds('根据《杭州市国民经济和社会发展第十四个五年规划和2035年远景目标纲要》')).toEqual([]);
  });
});
