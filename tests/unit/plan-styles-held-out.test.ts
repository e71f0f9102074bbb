/**
 * Whole plans in styles met in the held-out set's later batches, through the pipeline: a department's
 * plan for its own offices, a breakdown table with a completion-date column, goals in a preamble
 * that opens with the plan's year, and the short names a county-level city's units go by.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run } from '../helpers/plans.js';

const unitsByTask = (doc: Awaited<ReturnType<typeof run>>) =>
  Object.fromEntries(doc.tasks.map((t) => [t.title, t.units.map((u) => [u.canonical, u.role])]));

describe('plans of the held-out set', () => {
  it("reads a department's own offices and institutions in bare brackets, first listed leading by the plan's word", async () => {
    const doc = await run(`湖南省教育厅关于印发《2026年全省教育工作要点》的通知
各市州教育（体育）局：
现将要点印发给你们。各项工作中排在第一位的为牵头处室（单位），其余为配合处室（单位）。
湖南省教育厅
2026年2月27日
2026年全省教育工作要点
一、加强思想政治工作
1.推进思政课建设。实施思政课建设提质工程。（思政处、基教处、省教科院）
2.推进教育数字化。建设省级教育数字化平台。（科信处、省电教馆、督导室）
`);
    expect(unitsByTask(doc)).toEqual({
      推进思政课建设: [
        ['湖南省教育厅思想政治工作处', 'lead'],
        ['湖南省教育厅基础教育处', 'co'],
        ['湖南省教育科学研究院', 'co'],
      ],
      推进教育数字化: [
        ['湖南省教育厅科学技术与信息化处', 'lead'],
        ['湖南省电化教育馆', 'co'],
        ['湖南省教育厅督导室', 'co'],
      ],
    });
  });

  it('spells out short names: aliases, a committee or office ending no alias names, forms of national bodies', async () => {
    const doc = await run(`义乌市2026年重点工作任务分解方案

一、重点任务
1.推动市场迭代升级。建设第六代市场。（市市场发展委、市委人才办、市政务管理办负责）
2.推进开放平台提质发展。（义乌综保区管委会、义乌金融监管支局、浙江税务局负责）
3.推进设备更新。（国家矿山安监局、体育总局、各地区按职责分工负责）
4.推进园区建设。（市商务局牵头，三亚中央商务区管理局配合）
`);
    expect(doc.metadata.docType).toBe('分解方案');
    expect(unitsByTask(doc)).toEqual({
      推动市场迭代升级: [
        ['义乌市市场发展委员会', 'responsible'],
        ['义乌市委人才工作领导小组办公室', 'responsible'],
        ['义乌市政务管理办公室', 'responsible'],
      ],
      推进开放平台提质发展: [
        ['义乌综合保税区管理委员会', 'responsible'],
        ['国家金融监督管理总局义乌监管支局', 'responsible'],
        ['国家税务总局浙江省税务局', 'responsible'],
      ],
      推进设备更新: [
        ['国家矿山安全监察局', 'responsible'],
        ['国家体育总局', 'responsible'],
      ],
      推进园区建设: [
        ['义乌市商务局', 'lead'],
        ['三亚中央商务区管理局', 'co'],
      ],
    });
  });

  it("gives a breakdown table's completion-date cells as the document's deadlines", async () => {
    const doc = await run(`济南市2026年城镇老旧小区改造工作实施方案

一、目标任务
2026年全市计划改造城镇老旧小区200个。
表1　各区县改造任务分解表
区县	改造小区数（个）	计划开工时间	计划完工时间
历下区	30	2026年4月	2026年10月
章丘区	20	2026年5月	2026年9月
二、保障措施
加强组织领导。
`);
    const byDate = doc.deadlines.filter((d) => d.kind === 'by').map((d) => [d.text, d.date]);
    expect(byDate).toEqual(
      expect.arrayContaining([
        ['2026年10月', '2026-10-31'],
        ['2026年9月', '2026-09-30'],
      ]),
    );
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual(
      expect.arrayContaining([
        [30, '个'],
        [20, '个'],
      ]),
    );
  });

  it("reads goals from a preamble that opens with the plan's year, not from one saying what a past year was", async () => {
    const goals = await run(`湖北省2026年法治政府建设工作要点

2026年全省法治政府建设工作的总体要求是：坚持依法行政，力争全省法治政府建设群众满意度达到90%以上，为全省发展提供法治保障。
一、健全依法行政制度体系
1.加强重点领域立法。完成年度立法计划。（省司法厅负责）
`);
    expect(goals.targets.map((t) => [t.value, t.unit, t.comparator, t.aspirational])).toEqual([[90, '%', 'gte', true]]);
    const past = await run(`2026年安吉县生态文明建设工作要点

2026年是“十五五”规划开局之年。2025年，全县上下深入践行“两山”理念，县控以上断面水质达标率保持100%，新增省级美丽河湖3条。
一、深入打好污染防治攻坚战
1.推进治水。完成治理任务。（县生态环境分局负责）
`);
    expect(past.targets).toEqual([]);
  });

  it('reads who a subsidy reaches as a target, not what bounds a place or a class', async () => {
    const doc = await run(`某某市2026年教育工作要点

一、重点任务
1.加强资助。资助家庭经济困难学生300万人次以上。（市教育局负责）
2.稳就业。开展补贴性职业技能培训4万人次。（市人社局负责）
3.办好特殊教育。实现20万人口以上县（市、区）特殊教育学校全覆盖。（市教育局负责）
4.推进均衡发展。9月底前全面消除56人以上大班额。（市教育局负责）
`);
    expect(doc.tasks.map((t) => [t.title, t.targets.map((x) => [x.value, x.unit])])).toEqual([
      ['加强资助', [[3000000, '人次']]],
      ['稳就业', [[40000, '人次']]],
      ['办好特殊教育', []],
      ['推进均衡发展', []],
    ]);
  });

  it('keeps a cost estimate chapter out of the tasks and reads principles of two phrases as items', async () => {
    const doc = await run(`菏泽市高标准农田建设规划（2026—2030年）

第一章 总体要求
坚持保护优先、建设为要。严守耕地保护红线。
坚持规划引领、集中连片。统筹推进建设。
第二章 重点任务
第一节 新建高标准农田
新建高标准农田80万亩。（市农业农村局负责）
第三章 投资估算与效益分析
第一节 投资估算
规划期内新建高标准农田总投资约24亿元。
第二节 效益分析
新增粮食产能约2亿斤。
`);
    expect(doc.sections.map((s) => s.heading)).toEqual(
      expect.arrayContaining(['坚持保护优先、建设为要', '坚持规划引领、集中连片']),
    );
    expect(doc.tasks.map((t) => t.title)).toEqual(['新建高标准农田']);
  });

  it("reads a schedule's month columns as steps due by each month's end, and the last step's count as a target", async () => {
    const doc = await run(`浦东新区2026年城市精细化管理“攻坚年”行动方案

一、重点任务
加强城市精细化管理。
附件
月度推进计划表
序号	重点工作	责任单位	3月	6月	9月	12月
1	口袋公园建设	区绿化市容局	完成选址	建成10座	持续推进	建成30座
2	架空线入地	区建设交通委	完成立项	—	完成70%	全面完成
`);
    const rows = doc.tasks.filter((t) => /^\d+$/u.test(t.marker)).map((t) => [t.title, t.deadlines.map((d) => d.date), t.targets.map((x) => [x.value, x.unit, x.year])]);
    expect(rows).toEqual([
      ['口袋公园建设', ['2026-03-31', '2026-06-30', '2026-12-31'], [[10, '座', 2026], [30, '座', 2026]]],
      ['架空线入地', ['2026-03-31', '2026-09-30', '2026-12-31'], [[70, '%', 2026]]],
    ]);
  });

  it('reads full-width years in a table header and a document number, and counts in 头只 and 瓶', async () => {
    const doc = await run(`宁夏回族自治区人民政府关于印发《宁夏葡萄酒产业高质量发展实施方案（２０２６—２０３０年）》的通知
宁政发〔２０２６〕３１号
各市、县（区）人民政府：
现将方案印发给你们，请认真贯彻执行。
宁夏回族自治区人民政府
２０２６年８月２１日
宁夏葡萄酒产业高质量发展实施方案（２０２６—２０３０年）
一、主要目标
到２０３０年，葡萄酒年产量达到３亿瓶，牲畜存栏稳定在１５００万头只。
表１　主要指标
序号	指标名称	单位	２０２５年基数	２０２７年目标	２０３０年目标
1	酒庄数量	家	２７６	２９６	３２０
二、重点任务
1.做强龙头企业。（自治区农业农村厅负责）
`);
    expect(doc.metadata.docNumber).toBe('宁政发〔2026〕31号');
    const found = doc.targets.map((t) => [t.value, t.unit, t.year, t.baseline?.year ?? null]);
    expect(found).toEqual(
      expect.arrayContaining([
        [300000000, '瓶', 2030, null],
        [15000000, '头只', 2030, null],
        [296, '家', 2027, 2025],
        [320, '家', 2030, 2025],
      ]),
    );
  });

  it("reads a task ledger's field lines as one task each: name, units, time limit and its indicators", async () => {
    const doc = await run(`广州市天河区人民政府办公室关于印发天河区2026年优化营商环境改革任务台账的通知
穗天府办〔2026〕7号
各街道办事处，区政府各部门：
现将任务台账印发给你们，请认真组织实施。
广州市天河区人民政府办公室
2026年3月20日
天河区2026年优化营商环境改革任务台账

一、提升政务服务效能
（一）任务名称：深化企业开办和注销便利化改革
工作目标：持续优化企业开办“一网通办”服务。
具体措施：1.依托“一网通办”平台办理；2.推行简易注销。
责任单位：区政务服务数据管理局（牵头），区市场监管局、天河公安分局，市生态环境局天河分局
完成时限：2026年6月底前
成效指标：企业开办时间压缩至0.5个工作日以内；企业开办全程网办率达到95%以上。
（二）任务名称：推进“高效办成一件事”扩面增效
工作目标：推动更多关联事项集成办理。
责任单位：区政务服务数据管理局
完成时限：2026年12月底前
成效指标：重点事项落地实施不少于20项。
`);
    expect(doc.metadata.docType).toBe('任务台账');
    expect(doc.sections.map((s) => s.heading)).toEqual(['提升政务服务效能', '深化企业开办和注销便利化改革', '推进“高效办成一件事”扩面增效']);
    // (`区政务服务数据管理局` is spelt as written: most bureaus of that name carry no 和)
    expect(
      doc.tasks.map((t) => [t.title, t.units.map((u) => [u.canonical, u.role]), t.targets.map((x) => [x.value, x.unit]), t.deadlines.map((d) => d.date)]),
    ).toEqual([
      [
        '深化企业开办和注销便利化改革',
        [
          ['广州市天河区政务服务数据管理局', 'lead'],
          ['广州市天河区市场监督管理局', 'co'],
          ['广州市公安局天河分局', 'co'],
          ['广州市生态环境局天河分局', 'co'],
        ],
        [
          [0.5, '工作日'],
          [95, '%'],
        ],
        ['2026-06-30'],
      ],
      ['推进“高效办成一件事”扩面增效', [['广州市天河区政务服务数据管理局', 'responsible']], [[20, '项']], ['2026-12-31']],
    ]);
  });

  it('reads an indicator list of key–value lines: the numbered indicator is the task, 目标值 its target', async () => {
    const doc = await run(`河北省2026年国民经济和社会发展主要预期目标分解落实方案

一、经济发展
1.地区生产总值增长
目标值：5.5%左右
主要举措：坚持稳中求进，统筹扩大内需和优化供给。
牵头单位：省发展改革委
配合单位：省统计局，各市人民政府
完成时限：2026年12月底
2.规模以上工业增加值增长
目标值：6.5%左右
牵头单位：省工业和信息化厅
完成时限：2026年12月底
`);
    expect(doc.sections.map((s) => s.heading)).toEqual(['经济发展', '地区生产总值增长', '规模以上工业增加值增长']);
    expect(doc.tasks.map((t) => [t.title, t.targets.map((x) => [x.value, x.comparator]), t.units.map((u) => u.role)])).toEqual([
      ['地区生产总值增长', [[5.5, 'approx']], ['lead', 'co', 'co']],
      ['规模以上工业增加值增长', [[6.5, 'approx']], ['lead']],
    ]);
  });

  it("takes a campaign's period from its own time, dates in Chinese numerals, before a task's later horizon", async () => {
    const doc = await run(`长沙市城镇燃气安全“百日攻坚”专项行动方案

一、总体要求
（一）行动时间
二〇二六年九月一日至十二月十日，为期一百天。
二、重点任务
（一）加快管网更新改造。攻坚期内更新改造老旧燃气管道一百二十公里。（市住房城乡建设局负责）
（二）健全长效机制。力争到二〇二七年底累计改造三百公里。（市住房城乡建设局负责）
`);
    expect(doc.metadata.period).toEqual({ start: 2026, end: 2026 });
    expect(doc.tasks.map((t) => t.targets.map((x) => [x.value, x.unit, x.year]))).toEqual([[[120, '公里', 2026]], [[300, '公里', 2027]]]);
  });

  it('reads a paragraph opening with 近年来 as past facts, and counts in EB, ms and ℃', async () => {
    const doc = await run(`重庆市算力基础设施高质量发展行动计划（2026—2028年）

近年来，我市算力基础设施建设取得积极进展。两江新区集聚大型数据中心14个，新建数据中心平均PUE降至1.32。
一、重点任务
（一）提升存储能力。全市存储总量达到30 EB，骨干网时延低于1ms，机房温度不高于27℃。（市经济信息委负责）
`);
    expect(doc.targets).toEqual([]);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [30, 'EB', 'eq'],
      [1, 'ms', 'lt'],
      [27, '℃', 'lte'],
    ]);
  });

  it('reads a task cell merged down over rows of measures as their heading, each row a task of its own', async () => {
    const doc = await run(`潍坊市2026年制造业数字化转型攻坚行动实施方案

附件
重点任务清单
重点任务	具体举措	责任单位	完成时限
一、推进技术改造
推进规上工业企业技术改造	滚动实施技改项目1000个以上。	市工业和信息化局	2026年12月底
	开展“智改数转”诊断全覆盖。	市工业和信息化局、市财政局	2026年6月底
建设智能工厂	实施智能制造梯度培育，新培育智能工厂20家。	市工业和信息化局	2026年12月底
`);
    const byId = new Map(doc.sections.map((s) => [s.id, s]));
    expect(doc.tasks.map((t) => [t.title, byId.get(byId.get(t.sectionId)!.parentId!)?.heading, t.deadlines.map((d) => d.date)])).toEqual([
      ['滚动实施技改项目1000个以上', '推进规上工业企业技术改造', ['2026-12-31']],
      ['开展“智改数转”诊断全覆盖', '推进规上工业企业技术改造', ['2026-06-30']],
      ['建设智能工厂', '推进技术改造', ['2026-12-31']],
    ]);
  });

  it("reads a schedule cell's quarters as steps, with their counts, and shares a list's measure", async () => {
    const doc = await run(`南昌市2026年“项目建设攻坚年”工作方案

附件
重点工作	目标任务	进度安排	牵头单位
推进重大产业项目建设	新开工亿元以上项目200个。	一季度完成项目清单编制；二季度新开工项目累计达到90个；四季度全面完成。	市发展改革委
优化审批服务	用水、用气报装时间分别压缩至3个、4个工作日以内，简易注销公告时间压缩至10日。	全年	市政务服务管理局
`);
    expect(doc.tasks.map((t) => [t.title, t.deadlines.map((d) => d.date), t.targets.map((x) => [x.value, x.unit])])).toEqual([
      ['推进重大产业项目建设', ['2026-03-31', '2026-06-30', '2026-12-31'], [[200, '个'], [90, '个']]],
      ['优化审批服务', expect.anything(), [[3, '工作日'], [4, '工作日'], [10, '日']]],
    ]);
  });

  it("reads a ministry's own departments (部X司) under it, and its signing date before an attachment over the 版记's 印发 date", async () => {
    const doc = await run(`生态环境部关于加快推进美丽河湖保护与建设的指导意见
环水体〔2026〕37号
各省、自治区、直辖市生态环境厅（局）：
一、重点任务
（一）完善评价标准。制定美丽河湖评价指南。（部水生态环境司牵头，部法规与标准司、部环境规划院配合）
生态环境部
2026年8月27日
附件
主要指标
序号	指标名称	单位	2025年基期值	2027年目标值
1	美丽河湖建成率	%	—	≥40
抄送：水利部。
生态环境部办公厅　　　　2026年8月29日印发
`);
    expect(doc.metadata.docType).toBe('指导意见');
    expect(doc.metadata.issueDate).toBe('2026-08-27');
    expect(doc.tasks[0].units.map((u) => [u.canonical, u.role, u.kind])).toEqual([
      ['生态环境部水生态环境司', 'lead', 'government'],
      ['生态环境部法规与标准司', 'co', 'government'],
      ['生态环境部环境规划院', 'co', 'other'],
    ]);
  });

  it("reads ● measures, a district's branches of its city's bureaus, and bullets under a goal sentence ending in a colon", async () => {
    const doc = await run(`常州市武进区人民政府办公室关于印发武进区2026—2028年城乡环境整治提升行动方案的通知
武政办发〔2026〕18号
各镇人民政府、街道办事处，区各委办局：
现将方案印发给你们，请认真贯彻执行。
常州市武进区人民政府办公室
2026年3月16日
武进区2026—2028年城乡环境整治提升行动方案
一、主要目标
到2026年底，整治提升行动全面铺开。到2028年，城乡环境面貌明显改善。具体目标是：
——人居环境更加整洁。生活垃圾分类覆盖率达到100%。
二、重点任务
●整治交通秩序。整治占道经营点位300处。（牵头单位：区公安分局；配合单位：武进自然资源和规划分局、相关镇人民政府）
`);
    expect(doc.sections.filter((s) => s.marker === '●').map((s) => s.heading)).toEqual(['整治交通秩序']);
    expect(doc.targets.map((t) => [t.value, t.year])).toEqual([[100, 2028]]);
    expect(doc.tasks.find((t) => t.title === '整治交通秩序')?.units.map((u) => [u.canonical, u.role])).toEqual([
      ['常州市公安局武进分局', 'lead'],
      ['常州市自然资源和规划局武进分局', 'co'],
    ]);
  });

  it('reads unit keys written as tags (【牵头单位】A【配合单位】B), and a bracket with its keys inside as before', async () => {
    const doc = await run(`光明区2026年科学城建设攻坚行动方案
一、重点任务
（1）推动装置运行。完善运行管理机制。【牵头单位】区科技创新局【配合单位】光明科学城开发建设署、区财政局
（2）加快建设。推进项目建设。【责任单位】区发展和改革局、科技创新局
（3）优化服务。推行帮办代办。【牵头单位：区政务服务数据管理局；配合单位：区市场监管局】
`);
    expect(doc.tasks.map((t) => [t.title, t.units.map((u) => [u.name, u.role])])).toEqual([
      [
        '推动装置运行',
        [
          ['区科技创新局', 'lead'],
          ['光明科学城开发建设署', 'co'],
          ['区财政局', 'co'],
        ],
      ],
      [
        '加快建设',
        [
          ['区发展和改革局', 'responsible'],
          ['区科技创新局', 'responsible'],
        ],
      ],
      [
        '优化服务',
        [
          ['区政务服务数据管理局', 'lead'],
          ['区市场监管局', 'co'],
        ],
      ],
    ]);
  });

  it('reads a county named with one character (中共攸县县委) and zones sharing their committee ending', async () => {
    const county = await run(`中共攸县县委办公室　攸县人民政府办公室关于印发《攸县2026年乡村振兴重点工作任务清单》的通知
攸办发〔2026〕7号
各乡镇党委和政府，县直各单位：
现将任务清单印发给你们，请认真抓好落实。
中共攸县县委办公室
攸县人民政府办公室
2026年3月13日
攸县2026年乡村振兴重点工作任务清单
一、重点任务
1.稳定粮食生产。粮食播种面积稳定在80万亩以上。（县农业农村局牵头，县财政局配合）
`);
    expect(county.metadata.region).toBe('攸县');
    expect(county.tasks[0].units.map((u) => u.canonical)).toEqual(['攸县农业农村局', '攸县财政局']);
    const zones = await run(`西安市2026年加快建设国际消费中心城市工作方案
一、重点任务
1.打造消费地标。建设特色商圈5个。（市商务局牵头，高新区、曲江新区、浐灞生态区管委会配合）
`);
    expect(zones.tasks[0].units.map((u) => u.name)).toEqual(['市商务局', '高新区管委会', '曲江新区管委会', '浐灞生态区管委会']);
  });
});

