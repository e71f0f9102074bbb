import { describe, expect, it } from 'vitest';
import { brief, targetsOf, trace } from './targets-context.js';

describe('refine/drop-past-facts', () => {
  it('drops figures of a year before the plan end (2022 年全省…实现营业收入 5728.02 亿元)', () => {
    const phrase = '2022 年全省数字创意产业集群实现营业收入 5728.02 亿元，实现增加值 1442.4 亿元，增加值增速为 4.1%。';
    expect(targetsOf(phrase, { periodEnd: 2025 }), trace(phrase)).toEqual([]);
  });

  it('drops a change from one past year to another', () => {
    const phrase = '杭州文化产业增加值从2015年末的855亿元增长至2020年末的2285亿元，年均增速达15%以上。';
    expect(targetsOf(phrase, { periodEnd: 2025 }), trace(phrase)).toEqual([]);
  });

  it('drops what is reported as of a past year', () => {
    expect(targetsOf('截至2022年底，全市共有规上企业1000家。', { periodEnd: 2025 })).toEqual([]);
  });

  it('keeps a target stated for the plan end after a past year', () => {
    const phrase = '由2020年的855亿元提高到2025年的1200亿元。';
    const ts = targetsOf(phrase, { periodEnd: 2025 });
    expect(ts.map(brief), trace(phrase)).toEqual(['eq 120000000000 元']);
    expect(ts[0].year).toBe(2025);
  });

  it('a sentence-leading year at the plan end states targets, not facts', () => {
    const phrase = '2025年，新增重点文化产业项目超10个，总投资额超50亿元。';
    expect(targetsOf(phrase, { periodEnd: 2025 }).map(brief)).toEqual(['gt 10 个', 'gt 5000000000 元']);
  });

  it('drops what a plan period that ended before this plan began achieved; keeps that period in a plan within it', () => {
    const phrase = '“十四五”期间，全省累计实现城镇新增就业560万人以上。';
    expect(targetsOf(phrase, { periodStart: 2026, periodEnd: 2028 }), trace(phrase)).toEqual([]);
    expect(targetsOf(phrase, { periodStart: 2023, periodEnd: 2025 }).map(brief)).toEqual(['gte 5600000 人']);
    // a horizon before the plan's end is a target when the plan's start is not known
    expect(targetsOf('到2026年底，新建5G基站3000个。', { periodEnd: 2027 }).map(brief)).toEqual(['eq 3000 个']);
  });

  it('a change on last year (同比) is a past fact, unless a due year of the plan stands earlier in its paragraph', () => {
    expect(targetsOf('2024年，全区火灾起数同比下降4.5%。', { periodStart: 2025, periodEnd: 2025 })).toEqual([]);
    expect(targetsOf('全市地区生产总值同比增长5.2%。', { periodStart: 2025, periodEnd: 2025 })).toEqual([]);
    const goal = '到2025年底，全区排查整治隐患1000处以上；全区火灾起数同比下降10%。';
    expect(targetsOf(goal, { periodStart: 2025, periodEnd: 2025 }).map(brief)).toEqual(['gte 1000 处', 'eq 10 %']);
  });

  it('a past marker is a word, not two characters of others (实现有限责任公司…: no 现有)', () => {
    const phrase = '实现有限责任公司设立等高频登记业务“秒批秒办”，智能审批业务占比达到60%以上。';
    expect(targetsOf(phrase, { periodEnd: 2025 }).map(brief), trace(phrase)).toEqual(['gte 60 %']);
    expect(targetsOf('全市现有A级景区85家。', { periodEnd: 2025 })).toEqual([]);
    expect(targetsOf('加快推进项目前期工作，新开工项目100个。', { periodEnd: 2025 }).map(brief)).toEqual(['eq 100 个']);
  });
});
