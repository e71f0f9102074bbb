/**
 * Whole plans in styles met in the held-out set's batch 45: a statistics bureau's plan whose clauses name its own
 * offices (`责任处室`) and a later list with a duty of its own, a reporting calendar (`按月`, `季后15日内`), an archives
 * plan counted in volumes and pages that names this year after a past fact, a district's task table with a note
 * under it, a pest-control campaign into the next year.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 45', () => {
  it("reads a bureau's own offices under 责任处室, and a later list that names its own duty as responsible", async () => {
    const doc = await run(`广西壮族自治区统计局关于印发《2026年全区统计数据质量提升专项行动方案》的通知
各市统计局，自治区统计局各处室、直属单位：
现将《2026年全区统计数据质量提升专项行动方案》印发给你们，请认真贯彻落实。方案各项任务后括号内所列责任处室中，排在第一位的为牵头处室，其余为配合处室；注明“各市统计局负责落实”的，由各市统计局负责本地区组织实施。各市统计局要于7月10日前报送上半年专项行动进展情况。
广西壮族自治区统计局
2026年4月17日
2026年全区统计数据质量提升专项行动方案
一、重点任务
（一）开展重点指标数据核查。对重点指标开展核查，核查企业不少于1000家。（责任处室：执法监督局、综合处；各市统计局负责落实）
（二）加强统计基本单位名录库管理。按月比对新增、注销和变更单位信息，及时更新名录库。（责任处室：统计设计管理处、普查中心；国家统计局广西调查总队配合；各市统计局负责落实）
（三）严格执行报表审核时限。季报于季后15日内完成审核。（责任处室：综合处）
`);
    const units = unitsByTask(doc);
    expect(units['开展重点指标数据核查']).toEqual([
      ['执法监督局', '广西壮族自治区统计局执法监督局', 'lead'],
      ['综合处', '广西壮族自治区统计局综合处', 'co'],
      ['各市统计局', '广西壮族自治区各市统计局', 'responsible'],
    ]);
    expect(units['加强统计基本单位名录库管理'].map((u) => [u[0], u[2]])).toEqual([
      ['统计设计管理处', 'lead'],
      ['普查中心', 'co'],
      ['国家统计局广西调查总队', 'co'],
      ['各市统计局', 'responsible'],
    ]);
    const byTitle = (title: string) => doc.tasks.find((t) => t.title === title)!;
    expect(byTitle('加强统计基本单位名录库管理').deadlines.map((d) => [d.text, d.kind, d.recurrence])).toEqual([['按月', 'recurring', 'monthly']]);
    expect(byTitle('严格执行报表审核时限').deadlines.map((d) => [d.text, d.kind, d.recurrence])).toEqual([['季后15日内', 'recurring', 'quarterly']]);
    // (the half year a report is about is no date: only `7月10日前` is)
    expect(doc.deadlines.map((d) => d.text)).toEqual(['7月10日前']);
  });

  it('counts volumes and pages, and reads a target of this year after a past fact of its sentence', async () => {
    const doc = await run(`2026年全省档案工作要点
一、重点工作
1.加大档案接收进馆力度。全年接收进馆档案20万卷以上，完成珍贵档案修复3000页以上。
2.推进数字档案馆建设。截至2025年底，全省已建成国家级示范数字档案馆12家，力争今年创建国家级示范数字档案馆3家、省级示范数字档案室30家。
3.做好宣传。每周播出档案故事节目1期。今年以来，已完成馆库改造5处。
`);
    const targets = doc.tasks.map((t) => t.targets.map((x) => [x.comparator, x.value, x.unit, x.year]));
    expect(targets[0]).toEqual([
      ['gte', 200000, '卷', 2026],
      ['gte', 3000, '页', 2026],
    ]);
    expect(targets[1]).toEqual([
      ['eq', 3, '家', 2026],
      ['eq', 30, '家', 2026],
    ]);
    // (how often a programme is broadcast, and what has been done so far this year, are no targets)
    expect(targets[2]).toEqual([]);
  });

  it("reads the year after the plan's as a target's due year, and a date a note under an attachment's table sets", async () => {
    const doc = await run(`海淀区2026年无障碍环境建设工作方案
一、重点任务
（一）推进改造。冬春除治期内的疫木须于次年3月31日前清理完毕，次年10月底前完成改造点位200处。（区城市管理委负责）
附件：2026年海淀区无障碍环境建设任务清单
序号\t任务内容\t责任单位\t完成时限
1\t推进城市道路无障碍设施改造，完成点位1500处\t区城市管理委\t2026年12月底前
注：各责任单位于每季度末月25日前将任务进展情况报送区无障碍环境建设工作领导小组办公室；完成时限为2026年底的任务按年度考核。
抄送：区委各部门。
北京市海淀区人民政府办公室　　2026年4月15日印发
`);
    const task = doc.tasks.find((t) => t.title === '推进改造')!;
    expect(task.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[200, '处', 2027]]);
    // (the note's date is the plan's; the years its columns speak of are not)
    expect(doc.deadlines.map((d) => [d.text, d.kind, d.recurrence])).toEqual([['每季度末月25日前', 'recurring', 'quarterly']]);
  });

  it('reads 按月 as a recurrence only where something is done by the month', async () => {
    const doc = await run(`2026年医疗保障重点工作方案
一、重点任务
（一）推进即时结算。定点医疗机构结算周期由按月结算向即时结算转变，按月比对结算数据。（市医保局负责）
（二）规范统计。按月份汇总数据，按季度计划下达指标。（市医保局负责）
`);
    expect(doc.tasks[0].deadlines.map((d) => [d.text, d.recurrence])).toEqual([['按月', 'monthly']]);
    expect(doc.tasks[1].deadlines).toEqual([]);
  });
});
