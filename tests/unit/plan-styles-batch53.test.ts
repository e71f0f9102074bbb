/**
 * Whole plans in styles met in the held-out set's batch 53: hyphen-coded tasks, a table of contents, expected and stretch
 * targets, half-width punctuation, units given once after a group's items, a park's symbol bullets, attachments that define
 * words and indicators, and a notice that attaches its plan with forms to fill in.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 53', () => {
  it('reads hyphen-coded tasks under their groups, and a name that opens with a code as no item and no district body', async () => {
    const doc = await run(`上海市松江区人民政府办公室关于印发《松江区2026年推进长三角G60科创走廊建设重点任务》的通知
各镇人民政府、街道办事处，区政府各委、办、局：
现将《松江区2026年推进长三角G60科创走廊建设重点任务》印发给你们，请认真贯彻执行。
上海市松江区人民政府办公室
2026年2月27日
松江区2026年推进长三角G60科创走廊建设重点任务
G60 科创走廊在松江发源，已拓展至九城市。
说明：本重点任务共2个板块3项，未注明完成时限的，均于2026年12月底前完成。
一、打造科技创新策源高地
1-1 推进G60脑智科创基地建设。年底前新增入驻企业20家。（责任单位：区科委、G60科创走廊联席会议办公室）
1-2　建设新型研发机构集群。新增新型研发机构5家。（责任单位：区科委）
二、建设先进制造业集群
任务2-1：壮大战略性新兴产业集群。战略性新兴产业产值增长8%。
牵头单位：区经委  配合单位：区建设管理委
`);
    expect(doc.sections.map((s) => [s.marker, s.heading, s.level])).toEqual([
      ['一、', '打造科技创新策源高地', 1],
      ['1-1', '推进G60脑智科创基地建设', 2],
      ['1-2', '建设新型研发机构集群', 2],
      ['二、', '建设先进制造业集群', 1],
      ['任务2-1：', '壮大战略性新兴产业集群', 2],
    ]);
    expect(unitsByTask(doc)['推进G60脑智科创基地建设']).toEqual([
      ['区科委', '上海市松江区科学技术委员会', 'responsible'],
      ['G60科创走廊联席会议办公室', 'G60科创走廊联席会议办公室', 'responsible'],
    ]);
    expect(unitsByTask(doc)['壮大战略性新兴产业集群'].map(([name, canonical]) => [name, canonical])).toEqual([
      ['区经委', '上海市松江区经济委员会'],
      ['区建设管理委', '上海市松江区建设和管理委员会'],
    ]);
    // the note on how the plan is laid out counts no goal; its date is the plan's
    expect(doc.targets).toEqual([]);
    expect(doc.deadlines.map((d) => d.date)).toContain('2026-12-31');
  });

  it('reads no node from a table of contents: each heading is the body’s', async () => {
    const doc = await run(`南昌市“十五五”现代综合交通运输体系发展规划
目  录
第一章  发展基础与形势……………………………1
  第一节  发展基础……………………………1
第二章  重点任务…………………………………5
第一章　发展基础与形势
第一节　发展基础
全市综合交通网总里程达到2.1万公里。
第二章　重点任务
一、加快铁路网络建设。到2030年，铁路营业里程达到800公里。
`);
    expect(doc.sections.map((s) => [s.marker, s.heading, s.level])).toEqual([
      ['第一章', '发展基础与形势', 1],
      ['第一节', '发展基础', 2],
      ['第二章', '重点任务', 1],
      ['一、', '加快铁路网络建设', 2],
    ]);
    // (no page number is a target)
    expect([...doc.targets, ...doc.tasks.flatMap((t) => t.targets)].map((t) => t.value)).toEqual([800]);
  });

  it('reads a count after an evaluation and a ratio of incomes as targets', async () => {
    const doc = await run(`临沂市2026年国民经济和社会发展主要目标任务分解方案
一、重点任务
（一）壮大创新主体。高新技术企业数量达到2000家、力争2100家，科技型中小企业入库评价1500家以上。（牵头单位：市科技局）
（二）促进居民增收。城乡居民收入比缩小到2.1以内。（牵头单位：市人力资源社会保障局）
`);
    expect(doc.tasks.flatMap((t) => t.targets.map((x) => [x.value, x.unit, x.comparator]))).toEqual([
      [2000, '家', 'eq'],
      [2100, '家', 'eq'],
      [1500, '家', 'gte'],
      [2.1, null, 'lte'],
    ]);
    expect(doc.tasks[0].targets[1].aspirational).toBe(true);
  });

  it('joins a name typed with half-width brackets on the full-width one', async () => {
    const doc = await run(`保定市2026年县域特色产业集群提质升级行动方案
一、重点任务
(一)强化链主企业引领。培育链主企业20家。(责任单位:市工业和信息化局,各县(市、区)人民政府)
`);
    expect(unitsByTask(doc)['强化链主企业引领']).toEqual([
      ['市工业和信息化局', '保定市工业和信息化局', 'responsible'],
      ['各县(市、区)人民政府', '保定市各县（市、区）人民政府', 'responsible'],
    ]);
  });

  it('gives the items above a closing line the units it parts out to them, a narrower part adding to a wider one', async () => {
    const doc = await run(`唐山市2026年港口型国家物流枢纽建设实施方案
一、重点任务
（一）完善集疏运体系
1.提升铁路集疏运能力。开行班列。
2.大力发展海铁联运。开行海铁联运班列。
3.完善公路疏港通道。建设疏港公路。
4.建设丰南临港物流园。推进园区建设。
（以上第 1—3 项由市交通运输局负责，其中第 1、2 项由中国铁路北京局集团有限公司唐山货运中心配合；第4项由丰南区人民政府负责）
（二）优化口岸环境
1.提升通关效率。年底前建成投产2个20万吨级泊位。
以上任务由市政府口岸办会同唐山海关、市商务局负责。
`);
    const units = Object.fromEntries(Object.entries(unitsByTask(doc)).map(([k, us]) => [k, us.map(([name, , role]) => [name, role])]));
    expect(units).toEqual({
      提升铁路集疏运能力: [
        ['市交通运输局', 'lead'],
        ['中国铁路北京局集团有限公司唐山货运中心', 'co'],
      ],
      大力发展海铁联运: [
        ['市交通运输局', 'lead'],
        ['中国铁路北京局集团有限公司唐山货运中心', 'co'],
      ],
      完善公路疏港通道: [['市交通运输局', 'responsible']],
      建设丰南临港物流园: [['丰南区人民政府', 'responsible']],
      提升通关效率: [
        ['市政府口岸办', 'lead'],
        ['唐山海关', 'co'],
        ['市商务局', 'co'],
      ],
    });
    // (a count before a grade, after a completion's pair of verbs)
    expect(doc.tasks[4].targets.map((t) => [t.value, t.unit])).toEqual([[2, '个']]);
  });

  it('nests a park’s symbol bullets by sign, and keeps a list of names with no level as written', async () => {
    const doc = await run(`无锡高新区管委会 无锡市新吴区人民政府关于印发《新吴区2026年集成电路产业强链补链行动方案》的通知
各街道办事处，区各部门：
现将《新吴区2026年集成电路产业强链补链行动方案》印发给你们，请认真贯彻落实。
无锡国家高新技术产业开发区管理委员会
无锡市新吴区人民政府
2026年3月18日
新吴区2026年集成电路产业强链补链行动方案
一、重点行动
◆ 行动一：设计业提能行动
▲ 支持龙头企业做大做强。新增设计企业30家。（责任部门：经发局、科技局）
▲ 加快重大项目建设。年底前首期10万平方米标准厂房开工建设。（牵头部门：经发局；配合部门：新吴生态环境局）
二、保障措施
▲ 营造良好发展氛围。高水平办好2026集成电路（无锡）创新发展大会等品牌活动。（责任部门：商务局）
`);
    expect(doc.metadata.issuers).toEqual(['无锡国家高新技术产业开发区管理委员会', '无锡市新吴区人民政府']);
    expect(doc.sections.map((s) => [s.heading, s.level])).toEqual([
      ['重点行动', 1],
      ['行动一：设计业提能行动', 2],
      ['支持龙头企业做大做强', 3],
      ['加快重大项目建设', 3],
      ['保障措施', 1],
      // (a style seen before returns to its depth, SPEC §4)
      ['营造良好发展氛围', 3],
    ]);
    expect(unitsByTask(doc)['支持龙头企业做大做强']).toEqual([
      ['经发局', '无锡市新吴区经济发展局', 'responsible'],
      ['科技局', '无锡市新吴区科学技术局', 'responsible'],
    ]);
    expect(unitsByTask(doc)['加快重大项目建设'][1]).toEqual(['新吴生态环境局', '无锡市新吴生态环境局', 'co']);
    // the size of what is built counts; a year run into 集成电路 counts nothing
    expect(doc.tasks[1].targets.map((t) => [t.value, t.unit])).toEqual([[100000, '平方米']]);
    expect(doc.tasks[2].targets).toEqual([]);
  });

  it('outlines an attachment that defines words and indicators without tasks or targets, and reads a table cell’s bound', async () => {
    const doc = await run(`金华市2026年数字经济核心产业提质扩量攻坚方案
一、主要任务
（一）培育新兴数字产业。新增规上数字企业60家。（责任单位：市经信局）
二、保障措施
（一）强化督查考核。将推进情况纳入考核。（责任单位：市发展改革委）
附件：1．名词解释
2．主要指标解释及计算方法
3．重点任务分工表

附件1：名词解释
1.数字经济核心产业：指为产业数字化发展提供数字技术、产品、服务的产业。
2.“链主”企业：指在产业链中居于主导地位、年营业收入一般在50亿元以上的企业，由市经信局认定。

附件2：主要指标解释及计算方法
1.数字经济核心产业增加值增速：数字经济核心产业增加值增速=（本年增加值÷上年增加值－1）×100%。
2.数字贸易额：按季度动态调整统计口径。

附件3：重点任务分工表
序号\t任务\t牵头单位\t配合单位\t完成时限
1\t实施亿元以上数字经济核心产业制造业项目80个，完成投资150亿元以上\t市发展改革委\t市经信局\t2026年12月底前
`);
    expect(doc.metadata.docType).toBe('攻坚方案');
    const attached = doc.sections.filter((s) => s.parentId === null && s.level === 1 && s.marker === '1.');
    expect(attached.map((s) => s.heading)).toEqual(['数字经济核心产业', '数字经济核心产业增加值增速']);
    expect(doc.tasks.map((t) => t.title)).toEqual(['培育新兴数字产业', '强化督查考核', '实施亿元以上数字经济核心产业制造业项目80个，完成投资150亿元以上']);
    expect(doc.targets).toEqual([]);
    expect(doc.tasks[2].targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [80, '个', 'eq'],
      [15000000000, '元', 'gte'],
    ]);
  });

  it('reads the plan a notice attaches as the document, no task from a form’s example row, and its reply date', async () => {
    const doc = await run(`宣城市人民政府办公室关于开展2026年“双招双引”项目攻坚年活动的通知
宣政办秘〔2026〕18号
各县、市、区人民政府，市政府各部门：
为推动招商引资量质齐升，市政府决定开展项目攻坚年活动。请于3月31日前报送活动方案。
附件：1．宣城市2026年“双招双引”项目攻坚年活动实施方案
2．重点招商项目推进表
3．活动报名回执
宣城市人民政府办公室
2026年3月9日
附件1
宣城市2026年“双招双引”项目攻坚年活动实施方案
一、主要任务
（一）聚焦主导产业精准招商。新签约亿元以上项目300个以上。（责任单位：市投资促进局）
附件2
重点招商项目推进表
序号\t项目名称\t投资额（亿元）\t开工时间\t责任单位
1（示例）\t年产20GWh储能电池项目\t52.00\t2026年5月\t宣城经济技术开发区管委会
—\t—\t—\t—\t—
附件3
活动报名回执
单位名称：________（盖章）
联系人：________　电话：________
拟签约项目：____个
请于4月10日前将回执报送市投资促进局（项目推进科）。
`);
    expect(doc.metadata.title).toBe('宣城市2026年“双招双引”项目攻坚年活动实施方案');
    expect(doc.metadata.docType).toBe('实施方案');
    expect(doc.metadata.docNumber).toBe('宣政办秘〔2026〕18号');
    expect(doc.tasks.map((t) => t.title)).toEqual(['聚焦主导产业精准招商']);
    expect(doc.deadlines.map((d) => [d.text, d.date])).toEqual(expect.arrayContaining([['4月10日前', '2026-04-10']]));
  });

  it('dates a project block’s content by its term on a later line, and a quarter’s end run into a level', async () => {
    const doc = await run(`亳州市2026年重大项目建设推进方案
一、重点项目
项目名称：亳州现代中药产业园二期项目
建设内容：新建生产车间12.6万平方米，建设智能化生产线8条。
2026 年计划投资：6亿元
建设年限：2025—2027年
年度目标：完成主体工程，3条生产线投产
责任单位：谯城区人民政府
二、推进措施
（一）抓好项目集中开工。上半年新开工项目开工率达到60%以上，三季度末达到90%以上。（责任单位：市发展改革委）
`);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.year])).toEqual([
      [126000, 2027],
      [8, 2027],
      [3, 2026],
    ]);
    expect(doc.tasks[1].deadlines.map((d) => [d.text, d.date])).toEqual([
      ['上半年', '2026-06-30'],
      ['三季度末', '2026-09-30'],
    ]);
  });

  it('keeps each date a next-steps cell writes, the same date twice too', async () => {
    const doc = await run(`湘西州2026年政府工作报告重点任务督查台账（第一季度）
一、督查台账
序号\t重点任务\t年度目标\t责任单位\t一季度进展情况\t下步工作计划\t完成时限
1\t提振消费市场\t社会消费品零售总额增长6.5%\t州商务局\t举办促消费活动28场\t二季度举办消费季活动，上半年累计举办促消费活动不少于50场\t2026年12月底
`);
    expect(doc.tasks[0].deadlines.map((d) => [d.text, d.date])).toEqual([
      ['二季度', '2026-06-30'],
      ['上半年', '2026-06-30'],
      ['2026年12月底', '2026-12-31'],
    ]);
  });
});
