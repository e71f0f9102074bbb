/**
 * Whole plans in styles met in the held-out set's batch 48: a task list whose cells are set apart by full-width bars, a
 * department's work points that open with prose labels and name its own offices as `厅…`, a project plan with codes and
 * dotted month ranges, a breakdown table with an age group's population, and a city bureau's district branch.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 48', () => {
  it('reads lines whose cells are set apart by full-width bars as the rows of a task table', async () => {
    const doc = await run(`思明区2026年优化营商环境重点任务清单
序号｜重点任务｜工作目标｜责任单位｜完成时限
一、提升政务服务效能
1｜推进企业开办“一网通办”｜企业开办时间压缩至0.5个工作日以内｜区市场监管局、区行政服务中心管委会｜2026年6月底前
2｜深化“高效办成一件事”改革｜新增“一件事”集成办理场景12个以上｜区行政服务中心管委会｜2026年12月底前
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['推进企业开办“一网通办”', '深化“高效办成一件事”改革']);
    const first = doc.tasks[0];
    expect(first.units.map((u) => u.name)).toEqual(['区市场监管局', '区行政服务中心管委会']);
    expect(first.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([['lte', 0.5, '工作日']]);
    expect(first.deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
  });

  it('keeps a paragraph that opens with a copula out of the outline, and names a department’s own 政治部 under it', async () => {
    const doc = await run(`四川省司法厅关于印发《2026年全省监狱戒毒工作要点》的通知
省监狱管理局、省戒毒管理局：
现将《2026年全省监狱戒毒工作要点》印发给你们，请认真贯彻落实。
四川省司法厅
2026年2月10日
2026年全省监狱戒毒工作要点
2026年是“十五五”开局之年。全省监狱戒毒工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导。
今年全省监狱戒毒工作的主要目标是：全省监狱持续实现“四无”目标。
一、坚持党的绝对领导
1.深入学习贯彻习近平法治思想。（厅政治部牵头，省监狱管理局、省戒毒管理局配合）
`);
    expect(doc.sections.map((s) => [s.heading, s.level])).toEqual([
      ['坚持党的绝对领导', 1],
      ['深入学习贯彻习近平法治思想', 2],
    ]);
    expect(unitsByTask(doc)['深入学习贯彻习近平法治思想'][0]).toEqual(['厅政治部', '四川省司法厅政治部', 'lead']);
  });

  it('reads a project table’s dotted month ranges as its periods and dates the quantities by their end', async () => {
    const doc = await run(`青岛市市南区2026年城市更新和城市建设项目计划
一、老旧小区改造
项目编号\t项目名称\t建设内容及规模\t开竣工时间\t责任单位
SN-2026-GX-001\t八大峡片区老旧小区改造项目\t改造老旧小区9个\t2026.3—2026.12\t区住房城乡建设局
SN-2026-GX-002\t金门路片区老旧小区改造项目\t改造老旧小区6个\t2026.4—2027.6\t区住房城乡建设局、市自然资源和规划局市南分局
`);
    const rows = doc.tasks.map((t) => [t.title, t.deadlines.map((d) => [d.kind, d.start, d.date]), t.targets.map((x) => [x.value, x.year])]);
    expect(rows).toEqual([
      ['八大峡片区老旧小区改造项目', [['period', '2026-03-01', '2026-12-31']], [[9, 2026]]],
      ['金门路片区老旧小区改造项目', [['period', '2026-04-01', '2027-06-30']], [[6, 2027]]],
    ]);
    // (a city bureau's district branch is one body, not two names run together)
    expect(doc.tasks[1].units.map((u) => u.name)).toEqual(['区住房城乡建设局', '市自然资源和规划局市南分局']);
  });

  it('reads no targets in a breakdown table’s population of an age group', async () => {
    const doc = await run(`南宁市2026—2027年度流感疫苗接种工作方案
一、工作目标
全市接种流感疫苗60万剂次。
附件：各县（区）接种任务
县（区）\t常住人口（万人）\t60岁及以上人口（万人）\t接种任务（剂次）
兴宁区\t52.6\t6.9\t42000
青秀区\t124.6\t13.6\t78000
`);
    expect(doc.targets.map((t) => [t.text, t.value])).toEqual([
      ['全市接种流感疫苗60万剂次', 600000],
      ['兴宁区\t52.6\t6.9\t42000', 42000],
      ['青秀区\t124.6\t13.6\t78000', 78000],
    ]);
  });
});
