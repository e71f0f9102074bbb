/**
 * Whole plans in styles met in the held-out set's batch 39 (and the misses of earlier batches it showed up again),
 * through the pipeline: a national regulator's provincial office and a national company's provincial company as
 * issuers, a joint enforcement campaign on the Yangtze, a health-insurance bureau's reform plan, and a district's
 * project table whose notice states the year's goals.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 39', () => {
  it("gives a national regulator's provincial office its province, its branches and its own offices, and a month run into an action", async () => {
    const doc = await run(`国家金融监督管理总局浙江监管局关于印发《2026年浙江银行业保险业普惠金融工作要点》的通知
各监管分局，辖内各银行保险机构：
现将《2026年浙江银行业保险业普惠金融工作要点》印发给你们，请认真抓好贯彻落实。
国家金融监督管理总局浙江监管局
2026年2月10日
2026年浙江银行业保险业普惠金融工作要点
一、重点工作
（一）支持山区海岛县发展。加大山区海岛县信贷投放。（普惠金融处牵头，衢州金融监管分局、丽水金融监管分局配合）
（二）加强普惠信贷风险监测。对不良率高于3%或较年初上升超过1个百分点的机构，及时开展风险提示。（各监管分局负责）
（三）加强宣传引导。9月集中开展“普惠金融推进月”活动。（省地方金融管理局负责）
`);
    expect(doc.metadata.region).toBe('浙江省');
    const units = unitsByTask(doc);
    expect(units['支持山区海岛县发展']).toEqual([
      ['普惠金融处', '国家金融监督管理总局浙江监管局普惠金融处', 'lead'],
      ['衢州金融监管分局', '国家金融监督管理总局衢州监管分局', 'co'],
      ['丽水金融监管分局', '国家金融监督管理总局丽水监管分局', 'co'],
    ]);
    expect(units['加强普惠信贷风险监测']).toEqual([['各监管分局', '国家金融监督管理总局浙江监管局各监管分局', 'responsible']]);
    expect(units['加强宣传引导']).toEqual([['省地方金融管理局', '浙江省地方金融管理局', 'responsible']]);
    expect(doc.tasks.flatMap((t) => t.targets)).toEqual([]);
    expect(doc.tasks[2].deadlines.map((d) => [d.text, d.kind, d.date])).toEqual([['9月', 'by', '2026-09-30']]);
  });

  it('reads a month opening a clause after an enumerator, and a phase dated by its month alone', async () => {
    const doc = await run(`2026年全省职业教育工作要点
一、重点任务
（一）办好技能大赛。三是5月举办2026年全省职业院校技能竞赛。（责任单位：省教育厅）
（二）总结阶段（12月）。全面总结行动成效。（责任单位：省教育厅）
（三）回顾。2025年9月举办了展销会，共3月开展检查。（责任单位：省教育厅）
`);
    expect(doc.tasks.map((t) => t.deadlines.map((d) => [d.text, d.date]))).toEqual([[['5月', '2026-05-31']], [['12月', '2026-12-31']], []]);
  });

  it("leaves a river basin's national body and a province's university hospital unprefixed, and names every city along the river with the province", async () => {
    const doc = await run(`安徽省农业农村厅 安徽省公安厅关于印发《2026年长江流域重点水域禁捕执法“清风行动”实施方案》的通知
2026年长江流域重点水域禁捕执法“清风行动”实施方案
一、重点任务
（一）严厉打击非法捕捞。依法查处非法捕捞案件。（牵头单位：省公安厅；配合单位：省农业农村厅、长江航运公安局芜湖分局，沿江各市人民政府）
（二）加强救治保障。做好涉渔伤员救治。（牵头单位：省卫生健康委；配合单位：安徽医科大学第一附属医院）
`);
    const units = unitsByTask(doc);
    expect(units['严厉打击非法捕捞']).toEqual([
      ['省公安厅', '安徽省公安厅', 'lead'],
      ['省农业农村厅', '安徽省农业农村厅', 'co'],
      ['长江航运公安局芜湖分局', '长江航运公安局芜湖分局', 'co'],
      ['沿江各市人民政府', '安徽省沿江各市人民政府', 'co'],
    ]);
    expect(units['加强救治保障'][1]).toEqual(['安徽医科大学第一附属医院', '安徽医科大学第一附属医院', 'co']);
  });

  it("gives a state grid company's plan its province; a temperature the work waits for is no target", async () => {
    const doc = await run(`国网江苏省电力有限公司关于印发《2026年迎峰度夏电力保供工作方案》的通知
苏电发〔2026〕62号
国网江苏省电力有限公司
2026年5月15日
2026年迎峰度夏电力保供工作方案
一、重点任务
（一）严格施工现场安全管理。日最高气温达到35℃及以上时，露天作业避开高温时段。当日最高气温达到35℃及以上或负荷创新高时，实行特巡特护。需求响应能力达到1000万千瓦。（责任部门：安全监察部；配合单位：省能源局）
`);
    expect(doc.metadata.region).toBe('江苏省');
    expect(unitsByTask(doc)['严格施工现场安全管理']).toEqual([
      ['安全监察部', '国网江苏省电力有限公司安全监察部', 'responsible'],
      ['省能源局', '江苏省能源局', 'co'],
    ]);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.unit])).toEqual([[10000000, '千瓦']]);
  });

  it("spells out the department that every city's bureau is, and drops current settings and criteria after 对", async () => {
    const doc = await run(`广西壮族自治区医疗保障局关于印发《广西2026年DRG/DIP支付方式改革深化行动方案》的通知
广西壮族自治区医疗保障局
2026年2月27日
广西2026年DRG/DIP支付方式改革深化行动方案
一、重点任务
（一）动态调整病组权重和系数。其余病组逐步缩小系数差异（现行二级定点医疗机构基本系数为0.85），到2026年病种覆盖率达到90%以上。（自治区医保局牵头，各设区市医保局、各县（市、区）总林长办、各基层人民法院、各区县政府配合）
（二）规范特例单议机制。对住院时间超过60天、费用超过病组支付标准3倍以上等病例，可申请特例单议。对总投资50亿元以上的项目实行区领导挂点联系。（自治区医保局负责）
`);
    expect(unitsByTask(doc)['动态调整病组权重和系数'].map((u) => u[1])).toEqual([
      '广西壮族自治区医疗保障局',
      '广西壮族自治区各设区市医疗保障局',
      '广西壮族自治区各县（市、区）总林长办公室',
      '广西壮族自治区各基层人民法院',
      '广西壮族自治区各区县政府',
    ]);
    expect(doc.tasks[0].targets.map((t) => [t.comparator, t.value])).toEqual([['gte', 90]]);
    expect(doc.tasks[1].targets).toEqual([]);
  });

  it("reads the goals a table-only plan's notice states as the document's", async () => {
    const doc = await run(`深圳市龙岗区人民政府办公室关于印发龙岗区2026年重大项目计划的通知
各街道办事处，区直各单位：
《龙岗区2026年重大项目计划》已经区政府同意，现印发给你们，请认真组织实施。
2025年，全区重大项目完成投资428.6亿元。
2026年，全区共安排区重大项目260个，全年计划完成投资450亿元。新开工项目开工率达到90%。
各责任单位要于每季度结束后10日内报送项目进展情况。
附件：龙岗区2026年重大项目计划
深圳市龙岗区人民政府办公室
2026年2月27日
附件
龙岗区2026年重大项目计划
序号\t项目名称\t建设内容及规模\t总投资（亿元）\t建设起止年限\t责任单位
1\t坂雪岗科技城智能终端产业园项目\t建设厂房及配套设施\t45\t2024—2028\t区工业和信息化局
2\t横岗眼镜时尚产业园升级改造项目\t升级改造厂房\t8\t2025—2026年\t横岗街道办事处
`);
    expect(doc.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [260, '个', 2026],
      [45000000000, '元', 2026],
      [90, '%', 2026],
    ]);
    expect(doc.deadlines.map((d) => [d.text, d.kind, d.recurrence])).toContainEqual(['每季度', 'recurring', 'quarterly']);
  });

  it("names a new area's police branch without 新区, and spells out the traffic police", async () => {
    const doc = await run(`上海市浦东新区2026年道路交通安全工作方案
一、重点任务
（一）整治交通违法。开展专项整治。（责任单位：区公安分局、市公安局交警大队）
`);
    expect(unitsByTask(doc)['整治交通违法'].map((u) => u[1])).toEqual(['上海市公安局浦东分局', '上海市公安局交通警察大队']);
  });
});
