/**
 * Whole plans in styles met in the held-out set's batches 39 and 40, through the pipeline: a standing committee's
 * legislative plan, a hotline's quality campaign, a district's harvest season, a bay-chief office's work points, a
 * plan a province's department and a prefecture issue together, a census office's yearly plan and a procuratorate's.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batches 39 and 40', () => {
  it("reads a legislative plan's bills: who drafts, which committee leads, the month each is put to the committee", async () => {
    const doc = await run(`苏州市人大常委会2026年度立法计划
一、审议项目
1．《苏州市江南水乡古镇保护条例（草案）》。拟于4月提请常委会会议第二次审议并交付表决。（起草单位：市自然资源和规划局；牵头工作机构：市人大常委会城乡建设环境保护工作委员会）
2．《苏州市社区治理条例（草案）》。拟于6月提请常委会会议第一次审议，10月提请第二次审议。（起草单位：市民政局；牵头工作机构：市人大常委会社会建设工作委员会）
附件
序号\t法规名称\t起草单位\t牵头工作机构\t提请审议时间
1\t苏州市城市更新条例（草案）\t市住房城乡建设局、市自然资源和规划局\t市人大常委会城乡建设环境保护工作委员会\t8月份
2\t苏州市噪声污染防治条例（草案）\t市生态环境局\t市人大常委会城乡建设环境保护工作委员会\t6月（第一次审议）
`);
    expect(doc.metadata.docType).toBe('立法计划');
    expect(doc.metadata.period).toEqual({ start: 2026, end: 2026 });
    const units = unitsByTask(doc);
    expect(units['《苏州市江南水乡古镇保护条例（草案）》'].map((u) => [u[0], u[2]])).toEqual([
      ['市自然资源和规划局', 'responsible'],
      ['市人大常委会城乡建设环境保护工作委员会', 'lead'],
    ]);
    expect(units['苏州市城市更新条例（草案）'].map((u) => [u[0], u[2]])).toEqual([
      ['市住房城乡建设局', 'responsible'],
      ['市自然资源和规划局', 'responsible'],
      ['市人大常委会城乡建设环境保护工作委员会', 'lead'],
    ]);
    expect(doc.tasks.map((t) => t.deadlines.map((d) => d.date))).toEqual([['2026-04-30'], ['2026-06-30', '2026-10-31'], ['2026-08-31'], ['2026-06-30']]);
  });

  it("reads a hotline centre named with its number, a section that builds a foundation, seats; no classes named and counted, no list of numbers as an item", async () => {
    const doc = await run(`杭州市12345政务服务便民热线服务质量提升行动方案（2026年）
一、提升接听能力
（一）优化话务资源配置。人工座席扩充至420席以上，将诉求分为紧急、一般、咨询三类。（责任单位：市数据资源局、人力社保局，市12345热线运营中心）
二、夯实热线运行基础
（一）深化热线联动协同。健全12345与
110、119、120等紧急热线的双向转接机制，转接平均用时≤30秒。（责任单位：市公安局、市12345热线运营中心）
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['优化话务资源配置', '深化热线联动协同']);
    expect(unitsByTask(doc)['优化话务资源配置'].map((u) => u[1])).toEqual(['杭州市数据资源管理局', '杭州市人力资源和社会保障局', '杭州市12345热线运营中心']);
    expect(doc.tasks.map((t) => t.targets.map((x) => [x.comparator, x.value, x.unit]))).toEqual([[['gte', 420, '席']], [['lte', 30, '秒']]]);
  });

  it("dates a season from its plan's time schedule, parts of months included; spells out a bay chief's office; counts fish fry", async () => {
    const doc = await run(`青岛市2026年湾长制工作要点
一、总体要求
（一）时间安排
秋收时段为9月1日—10月31日；秋种时段为10月中旬—11月下旬。
二、重点任务
（一）加强海洋生物多样性保护。全年放流各类海洋水生生物苗种2亿尾以上。（责任单位：沿海各区（市）湾长办、各县（市、区）总林长办）
`);
    expect(doc.deadlines.map((d) => [d.text, d.kind, d.start, d.date])).toEqual([
      ['9月1日—10月31日', 'period', '2026-09-01', '2026-10-31'],
      ['10月中旬—11月下旬', 'period', '2026-10-11', '2026-11-30'],
    ]);
    expect(doc.tasks[0].targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([['gte', 200000000, '尾']]);
    expect(unitsByTask(doc)['加强海洋生物多样性保护'].map((u) => u[1])).toEqual(['青岛市沿海各区（市）湾长制办公室', '青岛市各县（市、区）总林长办公室']);
  });

  it("names a prefecture's departments after the prefecture that issues the plan with a province's department; reads a unit with a note in its bracket", async () => {
    const doc = await run(`云南省文化和旅游厅 西双版纳傣族自治州人民政府关于印发《澜湄旅游合作示范区建设三年行动计划（2026—2028年）》的通知
云南省文化和旅游厅
西双版纳傣族自治州人民政府
2026年3月10日
澜湄旅游合作示范区建设三年行动计划（2026—2028年）
一、主要指标
指标\t2025年\t2026年\t2027年\t2028年
跨境旅游线路（条，累计）\t6\t8\t14\t20
二、重点任务
（一）加密跨境旅游线路。（责任单位：省文化和旅游厅，州文化和旅游局、州外办）
`);
    expect(doc.metadata.region).toBe('云南省');
    expect(unitsByTask(doc)['加密跨境旅游线路'].map((u) => u[1])).toEqual([
      '云南省文化和旅游厅',
      '西双版纳傣族自治州文化和旅游局',
      '西双版纳傣族自治州人民政府外事办公室',
    ]);
    expect(doc.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [8, '条', 2026],
      [14, '条', 2027],
      [20, '条', 2028],
    ]);
  });

  it("takes a yearly plan's year from its title, its office's short name for the issuer, and leaves an earlier census's count and what happened before the issue date", async () => {
    const doc = await run(`陕西省第四次全国文物普查领导小组办公室关于印发《陕西省第四次全国文物普查2026年度工作方案》的通知
陕西省第四次全国文物普查领导小组办公室
2026年2月27日
陕西省第四次全国文物普查2026年度工作方案
第三次全国文物普查（2007—2011年）期间，全省共登记不可移动文物49058处。2026年1月，国家文物局召开部署会。
一、重点任务
（一）开展普查质量抽查。抽查比例不低于10%。2027年6月，配合国家文物局完成验收。（省普查办负责）
`);
    expect(doc.metadata.period).toEqual({ start: 2026, end: 2026 });
    expect(doc.targets).toEqual([]);
    expect(doc.deadlines).toEqual([]);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.year])).toEqual([[10, 2026]]);
    expect(doc.tasks[0].deadlines.map((d) => [d.text, d.date])).toEqual([['2027年6月', '2027-06-30']]);
    expect(unitsByTask(doc)['开展普查质量抽查']).toEqual([['省普查办', '陕西省第四次全国文物普查领导小组办公室', 'responsible']]);
  });

  it('reads no target in an age reached or not', async () => {
    const doc = await run(`2026年南京市检察机关未成年人检察工作要点
一、重点工作
（一）加强罪错未成年人分级干预。对已满12周岁不满14周岁、犯故意杀人等严重罪行的未成年人，依法审查。发出督促监护令不少于300份。（第九检察部负责）
`);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.unit])).toEqual([[300, '份']]);
  });
});
