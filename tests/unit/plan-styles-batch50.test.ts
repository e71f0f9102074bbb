/**
 * Whole plans in styles met in the held-out set's batch 50: duties grouped under headings that name their units, a list
 * coded by letters, counties and zones named bare, a project table's dotted dates, a month-by-month calendar, banks by
 * their short names, a zone authority's own offices and Hong Kong's bureaus, numbers written in Chinese with a decimal
 * point, and ratios.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 50', () => {
  it('gives the items under a heading that names units those units, leading where an item names units that cooperate', async () => {
    const doc = await run(`泰州市2026年优化营商环境重点任务分工方案
一、任务分工
（一）市发展改革委
1.完善营商环境政策体系。3月底前研究出台若干措施。
2.提升获得电力服务水平。推动电力接入工程审批全流程线上办理。（国网泰州供电公司配合）
（二）市政务办（市数据局）
1.提升政务服务“一网通办”水平。推进政务服务事项标准化。
（三）各市（区）人民政府、泰州医药高新区（高港区）管委会
1.清理拖欠企业账款。建立拖欠企业账款清理台账。（市工信局、市财政局配合）
`);
    const units = unitsByTask(doc);
    expect(units['完善营商环境政策体系']).toEqual([['市发展改革委', '泰州市发展和改革委员会', 'responsible']]);
    expect(units['提升获得电力服务水平'].map(([raw, , role]) => [raw, role])).toEqual([
      ['市发展改革委', 'lead'],
      ['国网泰州供电公司', 'co'],
    ]);
    expect(units['提升政务服务“一网通办”水平'].map(([raw, , role]) => [raw, role])).toEqual([['市政务办（市数据局）', 'responsible']]);
    expect(units['清理拖欠企业账款'].map(([raw, , role]) => [raw, role])).toEqual([
      ['各市（区）人民政府', 'lead'],
      ['泰州医药高新区（高港区）管委会', 'lead'],
      ['市工信局', 'co'],
      ['市财政局', 'co'],
    ]);
    // the headings are groups of the plan's work, not tasks
    expect(doc.tasks.map((t) => t.title)).toEqual(['完善营商环境政策体系', '提升获得电力服务水平', '提升政务服务“一网通办”水平', '清理拖欠企业账款']);
    expect(doc.metadata.docType).toBe('分工方案');
  });

  it('reads a list coded by letters: a letter and a dot heads a field, the letter and a number an item of it', async () => {
    const doc = await run(`吴江区2026年重点任务清单
一、重点任务
A. 生态环保
A1 加强太浦河水源地保护。推进生态清洁岸线建设，沿线新建生态缓冲带80公顷。牵头单位：区生态环境局；协同单位：青浦区、嘉善县；完成时限：2026年10月
A2 深化跨界水体联保共治。完成年度联合监测。牵头单位：区水务局；完成时限：2026.06
B. 基础设施
B1 优化跨域公交服务。新增跨域公交线路3条。牵头单位：区交通运输局；配合单位：怀化经开区、平湖市；完成时限：2026年底
`);
    expect(doc.sections.map((s) => [s.marker, s.heading, s.level])).toEqual([
      ['一、', '重点任务', 1],
      ['A.', '生态环保', 2],
      ['A1', '加强太浦河水源地保护', 3],
      ['A2', '深化跨界水体联保共治', 3],
      ['B.', '基础设施', 2],
      ['B1', '优化跨域公交服务', 3],
    ]);
    expect(doc.tasks.map((t) => [t.marker, t.deadlines.map((d) => d.date)])).toEqual([
      ['A1', ['2026-10-31']],
      ['A2', ['2026-06-30']],
      ['B1', ['2026-12-31']],
    ]);
    // a county or district named bare is its government, a zone its committee; a city stays as written
    expect(doc.tasks[0].units.map((u) => [u.name, u.kind])).toEqual([
      ['区生态环境局', 'government'],
      ['青浦区人民政府', 'lower-government'],
      ['嘉善县人民政府', 'lower-government'],
    ]);
    expect(doc.tasks[2].units.map((u) => u.name)).toEqual(['区交通运输局', '怀化经开区管委会', '平湖市']);
    expect(doc.tasks[2].units.map((u) => u.raw)).toEqual(['区交通运输局', '怀化经开区', '平湖市']);
  });

  it('reads the dotted dates of a project table’s time column, and the targets of its year’s goal column', async () => {
    const doc = await run(`南海区2026年重点项目建设计划
一、重点项目
序号\t项目名称\t建设内容及规模\t2026年建设目标\t时间节点\t责任单位
1\t仙湖氢谷氢能装备产业园项目\t新建生产厂房约16万平方米\t完成主体结构封顶，2条生产线进入设备安装调试\t2026.12\t丹灶镇
2\t九江酒业及食品产业园扩建项目\t新建酿造车间3万平方米\t完成30家配套企业入驻\t2026.6.30前\t九江镇
3\t南海区妇幼保健院新院区建设工程\t设置床位600张\t累计完成投资45%\t2027.06\t区卫生健康局
`);
    expect(doc.tasks.map((t) => [t.title, t.deadlines.map((d) => [d.text, d.date])])).toEqual([
      ['仙湖氢谷氢能装备产业园项目', [['2026.12', '2026-12-31']]],
      ['九江酒业及食品产业园扩建项目', [['2026.6.30前', '2026-06-30']]],
      ['南海区妇幼保健院新院区建设工程', [['2027.06', '2027-06-30']]],
    ]);
    const targets = Object.fromEntries(doc.tasks.map((t) => [t.title, t.targets.map((x) => [x.value, x.unit])]));
    expect(targets['九江酒业及食品产业园扩建项目']).toContainEqual([30, '家']);
    expect(targets['南海区妇幼保健院新院区建设工程']).toContainEqual([45, '%']);
  });

  it('reads a month-by-month calendar: each month’s line is due at the month’s end, a span of months is a period', async () => {
    const doc = await run(`怀化市2026年全国文明城市创建工作月度安排
一、月度工作安排
1月：召开全市创建工作动员部署会，印发年度创建工作要点。（责任单位：市文明办）
3—4月：开展志愿服务月活动，完成背街小巷整治30条。（责任单位：市城管局）
10月：开展窗口单位文明服务专项检查，对问题实行“日交办、周销号”。（责任单位：市文明办）
`);
    expect(doc.tasks.map((t) => [t.title, t.deadlines.map((d) => [d.kind, d.kind === 'period' ? [d.start, d.date] : (d.date ?? d.recurrence)])])).toEqual([
      ['1月', [['by', '2026-01-31']]],
      ['3—4月', [['period', ['2026-03-01', '2026-04-30']]]],
      ['10月', [['by', '2026-10-31'], ['recurring', 'daily'], ['recurring', 'weekly']]],
    ]);
    expect(doc.metadata.docType).toBe('月度安排');
  });

  it('spells out banks’ and insurers’ short names to their legal names, and a regulator’s offices and branches', async () => {
    const doc = await run(`中国人民银行甘肃省分行　国家金融监督管理总局甘肃监管局关于金融支持甘肃省2026年春耕备耕的实施方案
一、重点任务
（一）加大信贷投放。全年新增涉农贷款800亿元以上。（责任单位：农发行甘肃省分行、农行甘肃省分行、省农信社、甘肃银行、人保财险甘肃省分公司）
（二）加强监管引领。落实差异化监管政策。（责任单位：甘肃金融监管局普惠金融处、甘肃金融监管局各监管分局、国开行甘肃省分行）
`);
    const canonical = Object.fromEntries(Object.entries(unitsByTask(doc)).map(([k, us]) => [k, us.map(([, c]) => c)]));
    expect(canonical['加大信贷投放']).toEqual([
      '中国农业发展银行甘肃省分行',
      '中国农业银行股份有限公司甘肃省分行',
      '甘肃省农村信用社联合社',
      '甘肃银行股份有限公司',
      '中国人民财产保险股份有限公司甘肃省分公司',
    ]);
    expect(canonical['加强监管引领']).toEqual(['国家金融监督管理总局甘肃监管局普惠金融处', '国家金融监督管理总局甘肃监管局各监管分局', '国家开发银行甘肃省分行']);
    expect(doc.metadata.issuers).toEqual(['中国人民银行甘肃省分行', '国家金融监督管理总局甘肃监管局']);
  });

  it('names a zone authority’s own offices under it, its zone’s bodies without a level, and Hong Kong’s bureaus in full', async () => {
    const doc = await run(`深圳市前海深港现代服务业合作区管理局关于印发《前海深港现代服务业合作区2026年深化深港合作重点工作任务》的通知
局属各部门：
现将《前海深港现代服务业合作区2026年深化深港合作重点工作任务》印发给你们，请认真贯彻落实。
深圳市前海深港现代服务业合作区管理局
2026年2月26日
前海深港现代服务业合作区2026年深化深港合作重点工作任务
一、重点任务
（一）深化金融合作。推进跨境金融创新。（责任单位：前海管理局金融处，配合单位：香港特区政府财经事务及库务局）
（二）深化法治合作。推进涉港案件审理机制创新。（责任单位：前海法院、前海管理局）
`);
    const units = unitsByTask(doc);
    expect(units['深化金融合作'].map(([, c]) => c)).toEqual(['深圳市前海深港现代服务业合作区管理局金融处', '香港特别行政区政府财经事务及库务局']);
    expect(units['深化法治合作'].map(([raw, c]) => [raw, c])).toEqual([
      ['前海法院', '前海法院'],
      ['前海管理局', '深圳市前海深港现代服务业合作区管理局'],
    ]);
    expect(doc.tasks[1].units.map((u) => u.name)).toEqual(['前海法院', '前海管理局']);
    expect(doc.metadata.docType).toBe('重点工作任务');
  });

  it('names a unit by its zone in full when the plan names the zone', async () => {
    const doc = await run(`吴江区2026年深化长三角生态绿色一体化发展示范区建设重点任务清单
一、重点任务
（一）加强太浦河水源地保护。健全省际协作机制。（牵头单位：区生态环境局；协同单位：示范区执委会）
`);
    expect(unitsByTask(doc)['加强太浦河水源地保护'].map(([, c]) => c)).toEqual(['吴江区生态环境局', '长三角生态绿色一体化发展示范区执行委员会']);
  });

  it('reads numbers in Chinese with a decimal point, ratios to one either way round, and a count after a staff noun', async () => {
    const doc = await run(`遵义市医疗卫生资源配置提升行动方案
一、主要目标
到2028年，每千人口注册护士数4.4人，医护比达到1:1.3，二级以上公立医院床护比不低于1:0.65，游客人均停留时间延长至二点五天，旅游收入增长百分之九点五，在现有一万平方米展厅的基础上新增展陈面积二千平方米，完成文物数字化采集三千件（套）。
指标\t单位\t2025年\t2028年
医护比\t—\t1:1.1\t1:1.3
二级以上公立医院床护比\t—\t1:0.55\t≥1:0.65
`);
    const targets = doc.targets.map((t) => [t.comparator, t.value, t.unit]);
    expect(targets).toEqual(
      expect.arrayContaining([
        ['eq', 4.4, '人'],
        ['eq', 1.3, null],
        ['gte', 0.65, null],
        ['eq', 2.5, '天'],
        ['eq', 9.5, '%'],
        ['eq', 2000, '平方米'],
        ['eq', 3000, '件（套）'],
      ]),
    );
    // the table's rows: the target year's ratio, with its base
    const rows = doc.targets.filter((t) => t.text.includes('\t')).map((t) => [t.comparator, t.value, t.baseline?.value ?? null]);
    expect(rows).toEqual([
      ['eq', 1.3, 1.1],
      ['gte', 0.65, 0.55],
    ]);
    expect(targets).not.toContainEqual(['eq', 10000, '平方米']);
  });
});
