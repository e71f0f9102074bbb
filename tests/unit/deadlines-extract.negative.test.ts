import { describe, expect, it } from 'vitest';
import { brief, deadlinesIn } from './deadlines-context.js';

const GUANGDONG = { referenceYear: 2024, planPeriod: { start: 2023, end: 2025 } };
const HANGZHOU = { referenceYear: 2021, planPeriod: { start: 2021, end: 2025 } };

describe('extractDeadlines: not deadlines', () => {
  it('vague words (SPEC §8)', () => {
    expect(deadlinesIn('定期举办融资对接会、行业沙龙、项目路演等活动。不定期召开联席会议。确保按期投产。国际旅游接待人次占比逐年提升。适时调整扶持政策。')).toEqual([]);
  });

  it('the plan’s own period in its title, and in the wrapping notice', () => {
    const text = [
      '广东省工业和信息化厅 中共广东省委宣传部广东省文化和旅游厅 广东省广播电视局广东省体育局关于印发广东省培育数字创意战略性新兴产业集群行动计划(2023—2025年)的通知',
      '《广东省培育数字创意战略性新兴产业集群行动计划（2023—2025年）》已经省人民政府同意，现印发给你们。',
      '广东省培育数字创意战略性新兴产业集群 行动计划（2023—2025 年）',
    ].join('\n');
    expect(deadlinesIn(text, GUANGDONG)).toEqual([]);
  });

  it('a title period split over lines in a notice title', () => {
    expect(deadlinesIn('广东省体育局关于印发广东省培育数字\n创意战略性新兴产业集群行动计划\n(2023—2025 年)的通知', GUANGDONG)).toEqual([]);
  });

  it('dates in document references', () => {
    expect(
      deadlinesIn('依据省委、省政府《关于高质量建设制造强省的意见》（粤发〔2023〕7 号）等文件精神，制定本行动计划。', GUANGDONG),
    ).toEqual([]);
    expect(
      deadlinesIn('（注：本行动计划涉及的文化创意产业仅包括《市政府办公室关于印发苏州市推动新兴服务业高质量发展 2025 行动计划的通知》明确的细分行业）。'),
    ).toEqual([]);
  });

  it('the issue date and the printing date', () => {
    expect(deadlinesIn('苏州市推进数字经济时代\n产业创新集群发展领导小组办公室\n2022年12月30日')).toEqual([]);
    expect(deadlinesIn('广东省工业和信息化厅办公室\n2024 年 1 月 18 日印发', GUANGDONG)).toEqual([]);
  });

  it('past facts and past periods', () => {
    expect(deadlinesIn('2022 年全省数字创意产业集群实现营业收入 5728.02 亿元，实现增加值 1442.4 亿元。', GUANGDONG)).toEqual([]);
    expect(
      deadlinesIn('“十三五”期间，杭州文化产业增加值从2015年末的855亿元增长至2020年末的2285亿元，年均增速达15%以上。', HANGZHOU).map(brief),
    ).toEqual([]);
  });

  it('十四五 as a modifier, and as a heading’s subject', () => {
    expect(deadlinesIn('4.存量项目提质增效。对“十四五”重点文化产业项目全程跟踪，开展走访服务，确保按期投产。')).toEqual([]);
    expect(deadlinesIn('三、“十四五”时期杭州文化产业发展指导方针和目标定位', HANGZHOU)).toEqual([]);
  });

  it('a table header year', () => {
    expect(deadlinesIn('指标名称\n2020年\n实际值\n2025年\n目标值', HANGZHOU)).toEqual([]);
  });
});
