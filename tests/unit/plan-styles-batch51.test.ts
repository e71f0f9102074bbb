/**
 * Whole plans in styles met in the held-out set's batch 51: task blocks of field lines, units named by the codes of a legend,
 * a meeting's minutes, a month-by-month schedule marked with symbols, a matrix of towns marked with ticks and a quota table
 * by town, and a campaign that runs from the day it is issued.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 51', () => {
  it('reads a task block’s field lines as fields of one task: what marks it done counts, the form of its evidence does not', async () => {
    const doc = await run(`景德镇市2026年重点任务
一、保护传承千年陶瓷文化
（一）推进陶瓷文化遗产保护修缮
主要内容：建立陶瓷文化遗产保护名录动态管理机制。
完成标志：完成陶瓷文化遗产保护修缮15处。
成果形式：保护名录、修缮工程竣工验收报告
责任领导：市政府副市长
牵头单位：市文化广电新闻出版旅游局
责任单位：市财政局
完成时限：2026年11月底
（二）实施陶瓷窑炉绿色低碳改造
主要内容：推进窑炉改造。
完成标志：完成200家企业窑炉改造并通过验收。
成果形式：改造清单
牵头单位：市工业和信息化局
完成时限：2026年9月底
`);
    expect(doc.sections.map((s) => s.heading)).toEqual(['保护传承千年陶瓷文化', '推进陶瓷文化遗产保护修缮', '实施陶瓷窑炉绿色低碳改造']);
    expect(doc.tasks.map((t) => [t.title, t.targets.map((x) => [x.value, x.unit]), t.deadlines.map((d) => d.date)])).toEqual([
      ['推进陶瓷文化遗产保护修缮', [[15, '处']], ['2026-11-30']],
      ['实施陶瓷窑炉绿色低碳改造', [[200, '家']], ['2026-09-30']],
    ]);
    expect(unitsByTask(doc)['推进陶瓷文化遗产保护修缮'].map(([raw, , role]) => [raw, role])).toEqual([
      ['市文化广电新闻出版旅游局', 'lead'],
      ['市财政局', 'co'],
    ]);
  });

  it('reads units named by the codes of a legend as the legend’s names, the ones picked out to lead leading', async () => {
    const plan = `连云港市2026年优化营商环境重点任务督办清单
责任单位代码表
代码\t责任单位\t代码\t责任单位
1\t市发展改革委\t12\t市税务局
2\t市政务办\t13\t连云港海关
3\t市数据局\t14\t市公安局
一、重点任务
1.深化“高效办成一件事”改革。新推出“一件事”重点事项15项。（责任单位：2、3、14；牵头：2）
2.提升12345热线企业服务质效。企业诉求按时办结率达到95%以上。（责任单位：2）
`;
    const doc = await run(plan);
    const units = unitsByTask(doc);
    expect(units['深化“高效办成一件事”改革']).toEqual([
      ['市政务办', '连云港市政务服务管理办公室', 'lead'],
      ['市数据局', '连云港市数据局', 'co'],
      ['市公安局', '连云港市公安局', 'co'],
    ]);
    expect(units['提升12345热线企业服务质效'].map(([raw, , role]) => [raw, role])).toEqual([['市政务办', 'responsible']]);
    // the unit's span is the legend's name, in the legend's row
    const lead = doc.tasks[0].units[0];
    expect(lead.span.start).toBe(plan.indexOf('2\t市政务办') + 2);
    expect(plan.slice(lead.span.start, lead.span.end)).toBe('市政务办');
    expect(doc.metadata.docType).toBe('督办清单');
    // the codes are no targets
    expect(doc.tasks.flatMap((t) => t.targets.map((x) => x.value))).toEqual([15, 95]);
  });

  it('reads a meeting’s minutes: the agreed items are tasks, their units in prose, the attendance lines no items', async () => {
    const doc = await run(`张家口市人民政府常务会议纪要
〔2026〕第5期
张家口市人民政府　　　　　　　　　　2026年3月16日
张家口市人民政府第5次常务会议纪要
2026年3月12日上午，市长主持召开市政府第5次常务会议。现将会议议定事项纪要如下。
出席：韩立新、周振华、李文涛
请假：王海峰（在省委党校学习）
列席：市政府副秘书长张宏伟，市发展改革委、市体育局负责同志
会议议定事项如下：
一、关于冬奥场馆赛后利用工作
会议听取了市体育局关于冬奥场馆赛后利用工作情况的汇报。
（一）原则同意冬奥场馆四季运营方案。由市体育局牵头，崇礼区人民政府配合，6月底前完成场馆运营主体整合，全年冬奥场馆群接待游客100万人次以上。
（二）加快老旧供热管网改造。由市住房和城乡建设局牵头，桥东区、桥西区人民政府和市城投集团配合，全年完成管网改造60公里。
（三）引进培育高水平赛事。市体育局负责，全年引进举办赛事不少于15项。
`);
    expect(doc.sections.map((s) => [s.heading, s.level])).toEqual([
      ['关于冬奥场馆赛后利用工作', 1],
      ['原则同意冬奥场馆四季运营方案', 2],
      ['加快老旧供热管网改造', 2],
      ['引进培育高水平赛事', 2],
    ]);
    const units = Object.fromEntries(Object.entries(unitsByTask(doc)).map(([k, us]) => [k, us.map(([raw, , role]) => [raw, role])]));
    expect(units['原则同意冬奥场馆四季运营方案']).toEqual([
      ['市体育局', 'lead'],
      ['崇礼区人民政府', 'co'],
    ]);
    expect(units['加快老旧供热管网改造']).toEqual([
      ['市住房和城乡建设局', 'lead'],
      ['桥东区人民政府', 'co'],
      ['桥西区人民政府', 'co'],
      ['市城投集团', 'co'],
    ]);
    expect(units['引进培育高水平赛事']).toEqual([['市体育局', 'responsible']]);
    expect(doc.metadata.docType).toBe('会议纪要');
    expect(doc.metadata.docNumber).toBe('〔2026〕第5期');
    expect(doc.metadata.issuers).toEqual(['张家口市人民政府']);
    // a document that names no time of its own is its issue year's work
    expect(doc.metadata.period).toEqual({ start: 2026, end: 2026 });
    expect(doc.tasks[0].targets.map((t) => [t.value, t.year])).toEqual([[1000000, 2026]]);
  });

  it('reads a schedule marked with symbols: the completion mark is due at its month’s end, a month of work is no deadline', async () => {
    const doc = await run(`漯河市2026年食品产业高质量发展重点工作推进计划
一、重点工作
（一）加强组织领导。建立一月一调度、一季一观摩、半年一总结工作机制。（责任单位：市工业和信息化局）
附件：重点工作进度安排表
序号\t重点工作\t责任单位\t1月\t2月\t3月\t4月\t5月\t6月
1\t双汇集团第三工业园智能化改造项目建成投产\t源汇区人民政府\t●\t●\t●\t●\t●\t★
2\t建立年度食品产业重点项目库\t市发展改革委\t★\t—\t—\t—\t—\t—
注：●为推进月份，★为完成节点。
`);
    expect(doc.tasks.map((t) => [t.title, t.deadlines.map((d) => [d.kind, d.date ?? d.recurrence])])).toEqual([
      [
        '加强组织领导',
        [
          ['recurring', 'monthly'],
          ['recurring', 'quarterly'],
          ['recurring', 'half-yearly'],
        ],
      ],
      ['双汇集团第三工业园智能化改造项目建成投产', [['by', '2026-06-30']]],
      ['建立年度食品产业重点项目库', [['by', '2026-01-31']]],
    ]);
    expect(doc.metadata.docType).toBe('推进计划');
  });

  it('gives a matrix row the towns its ticks mark, and reads a quota table by town as a target per town', async () => {
    const doc = await run(`昆山市2026年农村人居环境整治提升重点任务
一、重点任务
附件1
重点任务分解表
序号\t重点任务\t牵头部门\t玉山镇\t巴城镇\t周市镇\t完成时限
1\t推进农村生活污水管网建设。新建改造农村生活污水管网85公里。\t市水务局\t✓\t—\t✓\t2026年11月底前
附件2
目标任务分配表
序号\t目标任务\t单位\t全市\t玉山镇\t巴城镇\t周市镇
1\t新建改造农村生活污水管网\t公里\t85\t6\t—\t9
`);
    expect(unitsByTask(doc)['推进农村生活污水管网建设'].map(([raw, canonical, role]) => [raw, canonical, role])).toEqual([
      ['市水务局', '昆山市水务局', 'lead'],
      ['玉山镇', '昆山市玉山镇人民政府', 'co'],
      ['周市镇', '昆山市周市镇人民政府', 'co'],
    ]);
    const quota = doc.targets.filter((t) => t.text.startsWith('新建改造农村生活污水管网\t')).map((t) => [t.value, t.unit]);
    expect(quota).toEqual([
      [85, '公里'],
      [6, '公里'],
      [9, '公里'],
    ]);
  });

  it('reads a campaign that runs from its issue, services counted in 项次 and 件次, and a company’s defined short name', async () => {
    const doc = await run(`芜湖市2026年汛期安全生产“百日攻坚”行动方案
芜湖市安全生产委员会办公室
2026年5月27日
一、重点任务
（一）开展建设工程汛期安全排查。即日起至9月30日，集中攻坚期内检查在建工地不少于600项次，提供帮办代办服务1.5万件次以上。（牵头单位：市住房城乡建设局）
（二）做强肉制品主导产业。支持河南双汇投资发展股份有限公司（以下简称双汇集团）实施智能化改造。（责任单位：双汇集团）
`);
    const [first, second] = doc.tasks;
    expect(first.deadlines.map((d) => [d.text, d.kind, d.start, d.date])).toEqual([['即日起至9月30日', 'period', '2026-05-27', '2026-09-30']]);
    expect(first.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['gte', 600, '项次'],
      ['gte', 15000, '件次'],
    ]);
    expect(second.units.map((u) => [u.raw, u.canonical, u.kind])).toEqual([['双汇集团', '河南双汇投资发展股份有限公司', 'enterprise']]);
  });
});
