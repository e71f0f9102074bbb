/**
 * Whole plans in styles met in the held-out set's batch 37, through the pipeline: a county's rectification table of an
 * inspection's findings, a street office's own plan with tagged clauses and a project list, a ministry's general office
 * issuing for the ministry, a municipality's and a province's joint plan titled by their area, and a commission's plan
 * with one unnumbered box.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 37', () => {
  it("reads a rectification table's findings as tasks (not its 责任人), and an opening paragraph dated in the past as facts", async () => {
    const doc = await run(`中共岳阳县委办公室　岳阳县人民政府办公室印发《岳阳县贯彻落实第三轮中央生态环境保护督察反馈意见整改方案》的通知
各乡镇党委、人民政府，县直各单位：
现将《岳阳县贯彻落实第三轮中央生态环境保护督察反馈意见整改方案》印发给你们，请认真抓好落实。
中共岳阳县委办公室
岳阳县人民政府办公室
2026年2月10日
岳阳县贯彻落实第三轮中央生态环境保护督察反馈意见整改方案
2025年4月7日至5月7日，中央第五生态环境保护督察组对湖南省开展督察。督察反馈意见涉及岳阳县的问题共13个，督察期间交办我县信访件86件，已全部办结。
序号\t反馈问题\t整改目标\t整改措施\t责任单位\t责任人\t整改时限
1\t城镇生活污水收集处理短板突出。督察发现管网老旧破损。\t县城城镇污水处理率达到95%。\t新建改造污水管网18公里。\t县住建局、县生态环境局\t县住建局局长 刘某某\t2026年5月底前完成溯源，2026年12月底前完成整治
`);
    expect(doc.targets).toEqual([]);
    expect(doc.deadlines).toEqual([]);
    const [task] = doc.tasks;
    expect(task.title).toBe('城镇生活污水收集处理短板突出');
    expect(task.units.map((u) => u.name)).toEqual(['县住建局', '县生态环境局']);
    expect(task.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['eq', 95, '%'],
      ['eq', 18, '公里'],
    ]);
    expect(task.deadlines.map((d) => d.date)).toEqual(['2026-05-31', '2026-12-31']);
  });

  it("reads a street office's tagged clauses, its own offices and its district's bureaus, and a project list as tasks", async () => {
    const doc = await run(`广州市越秀区北京街道办事处关于印发《北京街道2026年老旧小区微改造工作方案》的通知
各社区居委会，街道各部门：
现将《北京街道2026年老旧小区微改造工作方案》印发给你们，请认真贯彻执行。
广州市越秀区北京街道办事处
2026年3月2日
北京街道2026年老旧小区微改造工作方案
一、改造范围
本年度微改造项目分布在广卫、西湖等社区（具体见附件），共12个片区。
二、主要任务
（一）全面完成微改造项目建设。6月30日前完成广卫路片区、西湖路北片区等第一批5个项目主体施工，10月底前完成全部12个老旧小区微改造项目建设。【牵头】街道城市管理办公室【配合】区城市更新局、街道综合保障中心
三、保障措施
（一）强化资金保障。积极争取市、区老旧小区改造专项资金。
附件
北京街道2026年老旧小区微改造项目清单
序号\t项目名称\t所属社区\t主要改造内容\t完成时限
1\t广卫路片区微改造项目\t广卫社区\t楼道修缮、雨污分流\t2026年6月30日前
`);
    expect(doc.metadata.region).toBe('广州市越秀区北京街道');
    expect(doc.tasks.map((t) => t.title)).toEqual(['全面完成微改造项目建设', '强化资金保障', '广卫路片区微改造项目']);
    const [task, , project] = doc.tasks;
    expect(unitsByTask(doc)['全面完成微改造项目建设']).toEqual([
      ['街道城市管理办公室', '广州市越秀区北京街道城市管理办公室', 'lead'],
      ['区城市更新局', '广州市越秀区城市更新局', 'co'],
      ['街道综合保障中心', '广州市越秀区北京街道综合保障中心', 'co'],
    ]);
    expect(task.targets.map((t) => [t.ruleId, t.value, t.unit])).toEqual([
      ['targets/list-total', 5, '个'],
      ['targets/verb-count', 12, '个'],
    ]);
    expect(project.deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
  });

  it("gives a ministry's offices to the ministry its general office issues for, and reads 部内有关司局 as no unit", async () => {
    const doc = await run(`教育部办公厅关于印发《2026年教育数字化工作要点》的通知
各省、自治区、直辖市教育厅（教委）：
现将《2026年教育数字化工作要点》印发给你们，请结合实际认真贯彻落实。
教育部办公厅
2026年2月12日
2026年教育数字化工作要点
一、总体要求
2022年3月，国家智慧教育平台正式上线。四年来，平台汇聚中小学资源11.2万条、职业教育在线精品课1.3万门。
二、重点任务
（一）推动人工智能赋能高等教育。建设100门人工智能领域核心课程、100本核心教材。（高等教育司牵头，科技司、部内有关司局参与）
`);
    expect(doc.targets).toEqual([]);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.unit])).toEqual([
      [100, '门'],
      [100, '本'],
    ]);
    expect(unitsByTask(doc)['推动人工智能赋能高等教育']).toEqual([
      ['高等教育司', '教育部高等教育司', 'lead'],
      ['科技司', '教育部科技司', 'co'],
    ]);
  });

  it('takes the region of a joint plan titled by an area from its first issuer, and names the national railway bureau', async () => {
    const doc = await run(`重庆市人民政府办公厅　四川省人民政府办公厅关于印发《成渝地区双城经济圈交通一体化发展2026年重点任务》的通知
各区县（自治县）人民政府，各市（州）人民政府，两省市政府各部门：
现将《成渝地区双城经济圈交通一体化发展2026年重点任务》印发给你们，请认真组织实施。
重庆市人民政府办公厅
四川省人民政府办公厅
2026年2月27日
成渝地区双城经济圈交通一体化发展2026年重点任务
一、重点任务
（一）全力推进成渝中线高铁建设。全年完成投资300亿元。（责任单位：重庆市发展改革委、交通运输委，四川省发展改革委、交通运输厅，国铁成都局）
（二）加强统筹协调。建立联席会议制度。（重庆市交通运输委、四川省交通运输厅牵头，两省市有关部门配合）
`);
    expect(doc.metadata.region).toBe('重庆市');
    const units = unitsByTask(doc);
    expect(units['全力推进成渝中线高铁建设'].map(([name, canonical]) => [name, canonical])).toEqual([
      ['重庆市发展改革委', '重庆市发展和改革委员会'],
      ['重庆市交通运输委', '重庆市交通运输委员会'],
      ['四川省发展改革委', '四川省发展和改革委员会'],
      ['四川省交通运输厅', '四川省交通运输厅'],
      ['国铁成都局', '中国铁路成都局集团有限公司'],
    ]);
    expect(units['加强统筹协调'].map(([name]) => name)).toEqual(['重庆市交通运输委', '四川省交通运输厅']);
  });

  it("reads a plan's one unnumbered box (专栏　…) beside the items before it", async () => {
    const doc = await run(`上海市智能工厂领航行动方案（2026—2027年）
一、重点行动
行动一：标杆性智能工厂领航行动
1.遴选一批领航标杆。到2027年，建成标杆性智能工厂20家。（市经济信息化委负责）
专栏　智能工厂领航重点项目
1\t新能源汽车整车数字孪生工厂\t浦东新区\t2026—2027年
`);
    const box = doc.sections.find((s) => s.marker === '专栏');
    expect(box?.heading).toBe('智能工厂领航重点项目');
    expect(box?.level).toBe(3);
  });
});
