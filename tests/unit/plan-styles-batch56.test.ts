/**
 * Whole plans in styles met in the held-out set's batch 56: one-character numerals (`⑴`, `⒈`), a single time done every
 * half year, a works table named by its name column, a festival in quotes, and a plan's count of its own parts.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run } from '../helpers/plans.js';

describe('plans of held-out batch 56', () => {
  it('reads one-character numerals in brackets and with a full stop as outline markers', async () => {
    const doc = await run(`商丘市2026年物流枢纽经济发展行动计划
一、重点任务
（一）建设物流枢纽
1．完善枢纽设施
⑴ 建设陆港物流园。新建仓储设施10万平方米。（责任单位：市发展改革委）
⑵ 建设空港物流区。新增货运航线2条。（责任单位：市交通运输局）
（二）发展保税物流
⒈ 提升商丘保税物流中心功能
⑴ 拓展保税业务。保税货值增长20%。（责任单位：商丘海关）
`);
    expect(doc.sections.map((s) => [s.marker, s.level, s.ordinal])).toEqual([
      ['一、', 1, 1],
      ['（一）', 2, 1],
      ['1．', 3, 1],
      ['⑴', 4, 1],
      ['⑵', 4, 2],
      ['（二）', 2, 2],
      ['⒈', 3, 1],
      ['⑴', 4, 1],
    ]);
    expect(doc.tasks.map((t) => t.title)).toEqual(['建设陆港物流园', '建设空港物流区', '拓展保税业务']);
  });

  it('counts no single time done every half year, and reads a festival in quotes', async () => {
    const doc = await run(`淄博市2026年烧烤文旅品牌提升行动方案
一、重点任务
（一）强化冷链监管。每半年开展1次冷链物流安全专项检查，“五一”前完成街区改造，新增烧烤特色街区5个。（责任单位：市市场监管局）
`);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.unit])).toEqual([[5, '个']]);
    expect(doc.tasks[0].deadlines.map((d) => d.recurrence ?? d.date)).toEqual(['half-yearly', '2026-05-01']);
  });

  it('names a works table’s rows by its name column, and counts none of a plan’s own parts', async () => {
    const doc = await run(`淄博市2026年烧烤特色街区建设方案
一、总体目标
《方案》共梳理形成28项重点任务，全年新增特色街区5个。
附件
2026年新增烧烤特色街区建设计划表
序号\t街区名称\t建设地点\t主要建设内容\t完成时限\t责任单位
1\t八大局烧烤文化街区\t张店区\t改造提升沿街门店80家\t2026年6月\t张店区政府
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['八大局烧烤文化街区']);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.unit])).toEqual([[80, '家']]);
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([[5, '个']]);
  });
});
