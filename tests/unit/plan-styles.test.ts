/**
 * Whole plans in styles the sample corpus does not use, through the pipeline: named parts
 * (`行动一：`), goals stated in 总体要求 itself, and unit clauses without brackets or with a
 * role noted after a unit.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run } from '../helpers/plans.js';


const NAMED_PARTS = `某某市数字经济提升行动方案（2024—2026年）

第一部分 总体要求
坚持创新驱动。到2026年，数字经济核心产业增加值达到500亿元。
第二部分 重点行动
行动一：数字基建提升行动
1.建设5G基站。新建5G基站5000个。（责任单位：市通信发展办）
2.建设算力中心。建成智能计算中心1个。责任单位：市发改委（牵头）、市大数据局。
行动二：数字产业培育行动
3.培育软件企业。新增软件企业100家。由市经信局负责，市科技局、市财政局配合。
第三部分 保障措施
一、加强组织领导。建立联席会议制度，行动一致、上下联动。
`;

describe('plans in other styles', () => {
  it('named parts (行动一：) are outline levels of their own', async () => {
    const doc = await run(NAMED_PARTS);
    expect(doc.sections.map((s) => [s.level, s.marker, s.heading])).toEqual([
      [1, '第一部分', '总体要求'],
      [1, '第二部分', '重点行动'],
      [2, '行动一：', '数字基建提升行动'],
      [3, '1.', '建设5G基站'],
      [3, '2.', '建设算力中心'],
      [2, '行动二：', '数字产业培育行动'],
      [3, '3.', '培育软件企业'],
      [1, '第三部分', '保障措施'],
      [2, '一、', '加强组织领导'],
    ]);
  });

  it('goals stated in 总体要求 itself are document-level targets', async () => {
    const doc = await run(NAMED_PARTS);
    expect(doc.targets.map((t) => [t.text, t.value, t.unit, t.year])).toEqual([['数字经济核心产业增加值达到500亿元', 50000000000, '元', 2026]]);
  });

  it('goals under a label (主要目标：) inside 总体要求, with no year, are document-level targets; the principles before them are not', async () => {
    const doc = await run(`2025年某县生态文明建设工作要点

一、总体要求
坚持以习近平生态文明思想为指导，以“千万工程”为总抓手，打好蓝天、碧水、净土保卫战。主要目标：全县空气质量优良天数比率保持在90%以上，PM2.5平均浓度控制在25微克/立方米以内；森林覆盖率稳定在70%以上。
二、重点任务
1、深化工业废气治理。完成挥发性有机物治理项目20个。（责任单位：县经信局）
`);
    expect(doc.targets.map((t) => [t.text, t.comparator, t.value, t.unit, t.year])).toEqual([
      ['全县空气质量优良天数比率保持在90%以上', 'gte', 90, '%', 2025],
      ['PM2.5平均浓度控制在25微克/立方米以内', 'lte', 25, '微克/立方米', 2025],
      ['森林覆盖率稳定在70%以上', 'gte', 70, '%', 2025],
    ]);
  });

  it('goals under a label with a subject before it (2025年全县…主要预期目标是：), in a list\'s preamble', async () => {
    const doc = await run(`2025年县政府重点工作任务分解清单

2025年全县经济社会发展主要预期目标是：地区生产总值增长7%左右，固定资产投资增长10%以上。
序号\t工作任务\t牵头单位\t完成时限
1\t推进项目建设。新开工亿元以上项目60个。\t县发改局\t2025年12月底
`);
    expect(doc.metadata.docType).toBe('分解清单');
    expect(doc.targets.map((t) => [t.comparator, t.value, t.unit, t.year])).toEqual([
      ['approx', 7, '%', 2025],
      ['gte', 10, '%', 2025],
    ]);
  });

  it('an activity plan: its theme and time are no tasks, its time is the document\'s period, a day opening a sentence dates an event', async () => {
    const doc = await run(`2025年某区“安全生产月”活动方案

一、活动主题
人人讲安全、个个会应急。
二、活动时间
2025年6月1日至30日。
三、主要活动
（一）举办启动仪式
6月3日，区安委会举办启动仪式。（责任单位：区应急局）
（二）开展隐患排查
6月1日至25日，组织群众排查身边隐患。（责任单位：区应急局）
`);
    expect(doc.metadata.docType).toBe('活动方案');
    expect(doc.tasks.map((t) => t.title)).toEqual(['举办启动仪式', '开展隐患排查']);
    expect(doc.deadlines.map((d) => [d.kind, d.start, d.date])).toEqual([['period', '2025-06-01', '2025-06-30']]);
    expect(doc.tasks.map((t) => t.deadlines.map((d) => [d.kind, d.date]))).toEqual([[['by', '2025-06-03']], [['period', '2025-06-25']]]);
  });

  it('a paragraph opening with a year before the plan states past facts in all its sentences, until a year of the plan', async () => {
    const doc = await run(`三明市2025年林长制工作要点

2024年，全市各级各部门认真落实林长制。全市森林覆盖率达到78.88%，森林蓄积量达到1.93亿立方米。2025年全市主要目标是：森林覆盖率稳定在78%以上。

一、重点任务
1.抓好造林绿化。完成植树造林10万亩。（责任单位：市林业局）
`);
    expect(doc.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([['gte', 78, '%']]);
  });

  it('a campaign with no period or horizon runs in the years of its own 行动时间, which is no task; an alias keeps its department\'s level', async () => {
    const doc = await run(`株洲市城镇燃气安全“百日攻坚”专项行动方案

一、行动时间
2025年4月10日至7月18日。
二、重点任务
（一）开展隐患排查。排查餐饮场所不少于1.2万家。（牵头单位：市住房城乡建设局；配合单位：住房城乡建设局（市燃气办）、市场监管局）
`);
    expect(doc.metadata.period).toEqual({ start: 2025, end: 2025 });
    expect(doc.tasks.map((t) => t.title)).toEqual(['开展隐患排查']);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.year])).toEqual([[12000, 2025]]);
    expect(doc.tasks[0].units.map((u) => u.name)).toEqual(['市住房城乡建设局', '市住房城乡建设局（市燃气办）', '市市场监管局']);
    expect(doc.deadlines.map((d) => [d.kind, d.start, d.date])).toEqual([['period', '2025-04-10', '2025-07-18']]);
  });

  it('goals under a label in the preamble (主要预期目标是：) are document-level targets', async () => {
    const doc = await run(`甘肃省交通运输厅2025年工作要点

2025年全省交通运输工作的总体要求是：坚持稳中求进工作总基调，为谱写中国式现代化甘肃篇章当好先行。主要预期目标是：全年完成交通固定资产投资800亿元以上，高速公路通车里程突破7000公里。

1.加快综合立体交通网建设
1.1 推进高速公路建设。新开工高速公路项目4个。（规划处负责）
`);
    expect(doc.targets.map((t) => [t.text, t.comparator, t.value, t.unit])).toEqual([
      ['全年完成交通固定资产投资800亿元以上', 'gte', 80000000000, '元'],
      ['高速公路通车里程突破7000公里', 'gt', 7000, '公里'],
    ]);
  });

  it('an assessment scheme\'s scope, scoring items and grades are no tasks and their scores no targets; its steps are tasks', async () => {
    const doc = await run(`吉林省2025年河湖长制工作要点及考核实施方案

一、年度工作要点
（一）压紧压实河湖长责任。县级以上河湖健康评价覆盖率达到80%。（省水利厅牵头，省生态环境厅按职责分工负责）
二、考核办法
（一）考核对象
各市（州）河长制办公室。
（二）考核内容及分值
1．组织体系建设（15分）：未按要求召开总河长会议的扣2分。
2．河湖管理保护（40分）：覆盖率未达到80%的扣5分。
（三）考核等次
90分以上为优秀，75分至89分为良好。
（四）考核程序
1．自查自评。2025年12月底前各地开展自评。
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['压紧压实河湖长责任', '自查自评']);
    expect([...doc.targets, ...doc.tasks.flatMap((t) => t.targets)].map((t) => t.text)).toEqual(['县级以上河湖健康评价覆盖率达到80%']);
  });

  it('a goal of the plan’s own year in a 总体要求 paragraph is a document-level target', async () => {
    const doc = await run(`2025年杭州市民生实事项目实施方案

一、总体要求
以人民为中心，扎实办好民生实事。2025年，集中力量办好10件民生实事，确保年底前全面完成各项目标任务，项目群众满意度达到90%以上。
二、项目内容
（一）新增婴幼儿托位3000个
具体内容：新增普惠托位。
`);
    expect(doc.targets.map((t) => [t.text, t.comparator, t.value])).toEqual([
      ['集中力量办好10件民生实事', 'eq', 10],
      ['项目群众满意度达到90%以上', 'gte', 90],
    ]);
  });

  it('a goal of the plan’s own year in the preamble is a document-level target; last year’s facts there are not', async () => {
    const doc = await run(`某省2025年促进消费若干措施

为充分释放消费潜力，制定以下措施。2024年，全省社会消费品零售总额达到1.39万亿元，同比增长4.8%。2025年，力争全省社会消费品零售总额增长5.5%左右。

一、扩大商品消费
1.支持汽车以旧换新。对报废旧车并购买新车的个人给予补贴。（责任单位：省商务厅）
`);
    expect(doc.targets.map((t) => [t.text, t.comparator, t.value, t.unit, t.year, t.aspirational, t.sectionId])).toEqual([
      ['力争全省社会消费品零售总额增长5.5%左右', 'approx', 5.5, '%', 2025, true, null],
    ]);
  });

  it('a 规划纲要 in parts (第一篇 › 第一章 › 第一节): the parts are a level of their own, their chapters name the roles', async () => {
    const doc = await run(`某区国民经济和社会发展第十五个五年规划纲要

第一篇　开启现代化城区建设新征程
第一章　发展基础和环境
第一节　“十四五”发展成就
全区地区生产总值达到3150亿元。
第二章　总体要求和主要目标
第一节　主要目标
到2030年，全区地区生产总值突破4500亿元。
第二篇　建设创新策源高地
第三章　打造高能级创新平台
第一节　建设科创走廊
科创走廊核心区面积拓展至28平方公里。
`);
    expect(doc.metadata.period).toEqual({ start: 2026, end: 2030 });
    expect(doc.sections.map((s) => [s.level, s.marker])).toEqual([
      [1, '第一篇'], [2, '第一章'], [3, '第一节'], [2, '第二章'], [3, '第一节'], [1, '第二篇'], [2, '第三章'], [3, '第一节'],
    ]);
    expect(doc.tasks.map((t) => [t.title, t.targets.map((x) => [x.value, x.year])])).toEqual([['建设科创走廊', [[28, 2030]]]]);
    expect(doc.targets.map((t) => [t.value, t.year])).toEqual([[450000000000, 2030]]);
  });

  it('a section stating what a campaign covers (整治范围) is no task', async () => {
    const doc = await run(`某区城中村消防安全整治攻坚行动方案

一、整治范围
全区12个城中村内的出租房屋、“三小”场所和电动自行车集中停放点。
二、重点任务
（一）整治电动自行车违规停放充电。建成集中充电桩2000个。
责任单位：区城管局（牵头）、各街道办事处
`);
    expect(doc.sections.map((s) => s.heading)).toContain('整治范围');
    expect(doc.tasks.map((t) => t.title)).toEqual(['整治电动自行车违规停放充电']);
  });

  it('reads unit clauses after the last sentence, with a noted lead, and as 由A负责，B配合 (A responsible)', async () => {
    const doc = await run(NAMED_PARTS);
    const units = Object.fromEntries(doc.tasks.map((t) => [t.title, t.units.map((u) => [u.canonical, u.role])]));
    expect(units).toEqual({
      建设5G基站: [['某某市通信发展办公室', 'responsible']],
      建设算力中心: [
        ['某某市发展和改革委员会', 'lead'],
        ['某某市大数据局', 'co'],
      ],
      培育软件企业: [
        ['某某市经济和信息化局', 'responsible'],
        ['某某市科学技术局', 'co'],
        ['某某市财政局', 'co'],
      ],
      加强组织领导: [],
    });
  });

  it('field lines under a task (责任单位：, 完成时限：) belong to it, and the due date is read', async () => {
    const doc = await run(FIELD_LINES);
    expect(doc.sections.map((s) => [s.marker, s.heading])).toEqual([
      ['一、', '主要任务'],
      ['（一）', '提升政务服务效能'],
      ['（二）', '降低企业经营成本'],
      ['二、', '工作要求'],
    ]);
    const tasks = doc.tasks.map((t) => [t.title, t.units.map((u) => [u.name, u.role]), t.deadlines.map((d) => [d.kind, d.date ?? d.recurrence])]);
    expect(tasks).toEqual([
      ['提升政务服务效能', [['区政务服务中心', 'responsible'], ['区大数据局', 'responsible']], [['by', '2024-06-30']]],
      ['降低企业经营成本', [['区财政局', 'lead'], ['区税务局', 'co']], [['by', '2024-12-31']]],
      ['工作要求', [], [['recurring', 'monthly'], ['recurring', 'quarterly'], ['recurring', 'yearly']]],
    ]);
  });

  it('a task whose items are tasks keeps only what its own text says: each target and deadline once', async () => {
    const doc = await run(NESTED_TASKS);
    const rows = doc.tasks.map((t) => [t.title, t.units.map((u) => u.name), t.targets.map((x) => x.value), t.deadlines.map((d) => d.date ?? d.recurrence)]);
    expect(rows).toEqual([
      ['做强龙头企业', ['市工信局', '市发改委'], [500], []],
      ['加快项目建设', [], [10], ['2024-12-31']],
      ['强化要素保障', [], [500000000], ['yearly']],
      ['延伸产业链条', ['市商务局'], [30], []],
    ]);
  });
});

const NESTED_TASKS = `宁德市推进新能源产业高质量发展行动方案（2024—2026年）

一、重点任务
1.做强龙头企业。支持龙头企业扩大产能，锂电池产能达到500GWh。
牵头单位：市工信局
配合单位：市发改委
（1）加快项目建设。推动在建项目早投产，2024年底前新开工项目10个。
（2）强化要素保障。每年安排专项资金不少于5亿元。
2.延伸产业链条。引进上下游配套企业30家以上。（责任单位：市商务局）
`;

const FIELD_LINES = `某某区优化营商环境攻坚行动实施方案

一、主要任务
（一）提升政务服务效能。全面推行“一网通办”，实现高频事项“掌上办”。
责任单位：区政务服务中心、区大数据局
完成时限：2024年6月
（二）降低企业经营成本。落实减税降费政策。
牵头单位：区财政局
配合单位：区税务局
完成时限：2024年12月底前
二、工作要求
建立重点任务月调度、季通报、年考核机制。
`;
