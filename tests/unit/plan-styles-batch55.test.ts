/**
 * Whole plans in styles met in the held-out set's batch 55: a cell of both units and time, ranges written every way, quarterly
 * milestone lines, a legend of short names, a unit cell merged down a table, a table header repeated on a new page, and
 * steps labelled by their deadlines under a group that names their units.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

const rolesByTask = (doc: Awaited<ReturnType<typeof run>>) =>
  Object.fromEntries(Object.entries(unitsByTask(doc)).map(([k, us]) => [k, us.map(([name, , role]) => [name, role])]));

describe('plans of held-out batch 55', () => {
  it('reads a cell of both units and time as its units and its deadline', async () => {
    const doc = await run(`焦作市2026年优化营商环境重点工作清单
序号\t工作事项\t责任单位及完成时限
一、提升政务服务效能
1\t深化企业开办“一件事”改革。企业开办时间压缩至1个工作日。\t市市场监管局牵头，市公安局、市税务局配合；2026年6月底前
2\t推进政务服务“就近办”。推动事项下沉。\t市行政审批和政务信息管理局，9月底前
3\t规范涉企行政检查。推行“综合查一次”。\t市司法局会同市直各行政执法部门；长期坚持
`);
    const byTitle = Object.fromEntries(doc.tasks.map((t) => [t.marker, t]));
    expect(byTitle['1'].units.map((u) => [u.name, u.role])).toEqual([
      ['市市场监管局', 'lead'],
      ['市公安局', 'co'],
      ['市税务局', 'co'],
    ]);
    expect(byTitle['1'].deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
    expect(byTitle['2'].units.map((u) => u.name)).toEqual(['市行政审批和政务信息管理局']);
    expect(byTitle['2'].deadlines.map((d) => d.date)).toEqual(['2026-09-30']);
    expect(byTitle['3'].units.map((u) => [u.name, u.role])).toEqual([['市司法局', 'lead']]);
    expect(byTitle['3'].deadlines).toEqual([]);
  });

  it('reads ranges with a scale or a measure on both bounds, a decline by a range, and a range 之间', async () => {
    const doc = await run(`聊城市2026年现代农业强市建设行动方案
一、重点任务
（一）稳定“菜篮子”产品生产。蔬菜播种面积稳定在280万至300万亩，化肥使用量下降2%—3%，化肥利用率提高1个至2个百分点，农药使用量控制在1800吨至2000吨之间，宣传报道不少于50篇次。（牵头单位：市农业农村局）
`);
    expect(doc.tasks[0].targets.map((t) => [t.comparator, t.value, t.valueMax, t.unit])).toEqual([
      ['range', 2800000, 3000000, '亩'],
      ['range', 2, 3, '%'],
      ['range', 1, 2, '百分点'],
      ['range', 1800, 2000, '吨'],
      ['gte', 50, null, '篇次'],
    ]);
  });

  it('reads a task’s quarterly milestone lines as its deadlines, not items, and two places a PDF ran together', async () => {
    const doc = await run(`邢台市2026年重点项目攻坚行动方案
一、重点任务
（一）加快新能源汽车项目建设。推进产业园二期建设，前三季度完成投资80%以上。
一季度：完成产业园二期项目用地报批；
二季度：开工建设产业园二期项目；
四季度：全部建成投用。
责任单位：市住房城乡建设局，襄都区、任泽区南和区人民政府
`);
    expect(doc.sections.map((s) => s.heading)).toEqual(['重点任务', '加快新能源汽车项目建设']);
    expect(doc.tasks[0].deadlines.map((d) => [d.text, d.date])).toEqual([
      ['前三季度', '2026-09-30'],
      ['一季度', '2026-03-31'],
      ['二季度', '2026-06-30'],
      ['四季度', '2026-12-31'],
    ]);
    expect(doc.tasks[0].units.map((u) => u.name)).toEqual(['市住房城乡建设局', '襄都区人民政府', '任泽区人民政府', '南和区人民政府']);
  });

  it('spells out the short names a legend defines', async () => {
    const doc = await run(`荆州市2026年长江大保护十大标志性战役实施方案
一、重点任务
（说明：文中“市发改”指市发展和改革委员会，“市生环”指市生态环境局，“市水利”指市水利和湖泊局，下同。）
（一）推进入河排污口整治。完成排污口整治300个。（牵头：市生环；配合：市发改、市水利）
`);
    expect(unitsByTask(doc)['推进入河排污口整治']).toEqual([
      ['市生环', '荆州市生态环境局', 'lead'],
      ['市发改', '荆州市发展和改革委员会', 'co'],
      ['市水利', '荆州市水利和湖泊局', 'co'],
    ]);
  });

  it('carries a unit cell merged down a table to the rows below it, leading those its rows name to cooperate', async () => {
    const doc = await run(`宜宾市2026年动力电池产业高质量发展重点任务责任分解表
责任单位\t序号\t重点任务\t完成时限
市经济和信息化局\t1\t推动产能释放。动力电池产能达到300GWh。\t2026年12月
\t2\t提升产业链本地配套水平。本地配套率提高到60%。（市投资促进局、三江新区管委会配合）\t2026年12月
市科技局\t3\t实施关键核心技术攻关。加快国家检测中心（四川）二期建设。\t2026年12月
`);
    expect(rolesByTask(doc)).toEqual({
      推动产能释放: [['市经济和信息化局', 'responsible']],
      提升产业链本地配套水平: [
        ['市经济和信息化局', 'lead'],
        ['市投资促进局', 'co'],
        ['三江新区管委会', 'co'],
      ],
      实施关键核心技术攻关: [['市科技局', 'responsible']],
    });
    // (a construction phase after a bracket is no count)
    expect(doc.tasks[2].targets).toEqual([]);
  });

  it('reads no row from a table header repeated on a new page', async () => {
    const doc = await run(`南阳市2026年中医药强市建设重点任务分工方案
序号\t重点任务\t牵头单位\t责任单位\t完成时限
1\t建设中医药传承创新中心\t市卫生健康委\t市发展改革委\t2026年12月底前
序号\t重点任务\t牵头单位\t责任单位\t完成时限
2\t发展中药材种植\t市农业农村局\t市林业局\t2026年12月底前
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['建设中医药传承创新中心', '发展中药材种植']);
  });

  it('makes steps labelled by their deadlines the tasks of a group whose paragraph closes with their units', async () => {
    const doc = await run(`安庆市2026年城市更新行动工作方案
一、重点任务
（一）实施老旧小区改造提质行动。聚焦老旧小区，全年改造120个。（责任单位：市住房城乡建设局、市财政局）
1．3 月底前：完成老旧小区改造项目摸底；
2．6月底前：开工改造项目60个；
3．每季度末：通报改造进展。
（二）激活夜间消费。第二季度推出“夜游安庆”系列活动。（责任单位：市商务局）
`);
    expect(doc.tasks.map((t) => [t.marker, t.title, t.units.map((u) => u.name).join('、')])).toEqual([
      ['1．', '完成老旧小区改造项目摸底', '市住房城乡建设局、市财政局'],
      ['2．', '开工改造项目60个', '市住房城乡建设局、市财政局'],
      ['3．', '通报改造进展', '市住房城乡建设局、市财政局'],
      ['（二）', '激活夜间消费', '市商务局'],
    ]);
    expect(doc.tasks.map((t) => t.deadlines.map((d) => d.date ?? d.recurrence))).toEqual([['2026-03-31'], ['2026-06-30'], ['quarterly'], ['2026-06-30']]);
    // (the group's own goal is the document's, under it)
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([[120, '个']]);
  });
});
