/**
 * Whole plans in styles met in the held-out set's batch 38, through the pipeline: a police bureau's campaign (its own
 * forces, `牵头：…；参与：…` keys, a short name it defines), a district's investment table with its years of
 * construction, and a quantum plan counted in qubits.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 38', () => {
  it("reads a police bureau's own forces and the short name it defines without a level, and 参与 as co; a campaign's length is no target", async () => {
    const doc = await run(`武汉市公安局关于印发《2026年道路交通安全“百日攻坚”行动方案》的通知
各区公安分局，局属各单位：
现将《2026年道路交通安全“百日攻坚”行动方案》印发给你们，请认真组织实施。
武汉市公安局
2026年4月20日
2026年道路交通安全“百日攻坚”行动方案
为深入推进道路交通安全治理，市公安局交通管理局（以下简称交管局）会同有关单位开展“百日攻坚”行动。
一、行动时间
2026年5月1日至8月8日，共100天。
二、重点任务
（一）严厉打击酒驾醉驾违法。查处酒驾醉驾违法不少于1.2万起。（牵头：交管局；参与：各区公安分局、治安管理支队、指挥中心）
`);
    expect(doc.targets).toEqual([]);
    expect(unitsByTask(doc)['严厉打击酒驾醉驾违法']).toEqual([
      ['交管局', '武汉市公安局交通管理局', 'lead'],
      ['各区公安分局', '武汉市各区公安分局', 'co'],
      ['治安管理支队', '武汉市公安局治安管理支队', 'co'],
      ['指挥中心', '武汉市公安局指挥中心', 'co'],
    ]);
  });

  it("dates a project table's rows by its years of construction (建设起止年限)", async () => {
    const doc = await run(`龙岗区2026年重大项目计划
序号\t项目名称\t建设内容及规模\t总投资（亿元）\t2026年计划投资（亿元）\t建设起止年限\t责任单位
1\t坂雪岗科技城智能终端产业园项目\t建设厂房及配套设施\t45\t12\t2024—2028\t区工业和信息化局
2\t横岗眼镜时尚产业园升级改造项目\t升级改造厂房\t8\t5\t2025—2026年\t横岗街道办事处
`);
    expect(doc.tasks.map((t) => t.deadlines.map((d) => [d.kind, d.start, d.date]))).toEqual([
      [['period', '2024-01-01', '2028-12-31']],
      [['period', '2025-01-01', '2026-12-31']],
    ]);
  });

  it('counts qubits', async () => {
    const doc = await run(`合肥市量子科技产业发展三年行动计划（2026—2028年）
一、重点任务
（一）研制大规模超导量子计算机。到2028年，实现500比特以上量子计算机交付应用。（责任单位：市科技局）
`);
    expect(doc.tasks[0].targets.map((t) => [t.comparator, t.value, t.unit, t.year])).toEqual([['gte', 500, '比特', 2028]]);
  });
});
