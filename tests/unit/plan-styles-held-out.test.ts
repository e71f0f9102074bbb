/**
 * Whole plans in styles met in the held-out set's later batches, through the pipeline: a department's
 * plan for its own offices, a breakdown table with a completion-date column, goals in a preamble
 * that opens with the plan's year, and the short names a county-level city's units go by.
 */
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { testRules } from '../helpers/context.js';

const run = async (text: string) => (await processDocument('plan.txt', Buffer.from(text), testRules())).doc;
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
        ['湖南省教育厅思政处', 'lead'],
        ['湖南省教育厅基教处', 'co'],
        ['湖南省教科院', 'co'],
      ],
      推进教育数字化: [
        ['湖南省教育厅科信处', 'lead'],
        ['湖南省电教馆', 'co'],
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
});

