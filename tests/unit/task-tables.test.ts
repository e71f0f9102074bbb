import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { taskColumns } from '../../src/extract/tables/task-table.js';
import { stripIndent } from '../../src/normalise/indent.js';
import { lineText, type Line } from '../../src/normalise/offset-map.js';
import { processDocument } from '../../src/pipeline.js';
import type { PolicyDocument } from '../../src/schema/output.js';
import { testRules } from '../helpers/context.js';

const rules = testRules();

async function run(path: string, bytes: Uint8Array): Promise<PolicyDocument> {
  const r = await processDocument(path, bytes, rules);
  expect(r.failed).toBe(false);
  return r.doc;
}

const txt = (lines: string[]) => run('plan.txt', Buffer.from(lines.join('\n')));

/** Title, marker, units (name/role), targets (comparator value unit year) and deadlines of each task. */
function summary(doc: PolicyDocument) {
  return doc.tasks.map((t) => ({
    marker: t.marker,
    title: t.title,
    units: t.units.map((u) => `${u.name}/${u.role}`),
    targets: t.targets.map((x) => `${x.comparator} ${x.value} ${x.unit} ${x.year}${x.recurrence ? ` ${x.recurrence}` : ''}`),
    deadlines: t.deadlines.map((d) => d.date ?? d.recurrence),
  }));
}

describe('task table columns (rules/tables.yaml taskHeader)', () => {
  it('finds the task, unit, time and sequence columns, with their roles', () => {
    expect(taskColumns(['序号', '重点任务', '牵头单位', '配合单位', '完成时限'], rules)).toEqual({
      sequence: 0,
      task: 1,
      details: [],
      units: [
        { col: 2, role: 'lead' },
        { col: 3, role: 'co' },
      ],
      due: [4],
      quantities: [],
      milestones: [],
      marked: [],
      split: [],
    });
    // a matrix's columns headed by towns (`✓` under the town whose work the row is too)
    expect(taskColumns(['序号', '重点任务', '牵头部门', '玉山镇', '巴城镇', '完成时限'], rules)?.marked).toEqual([3, 4]);
    // spaced header cells, a responsible column, a time column by another name
    expect(taskColumns(['序 号', '工作任务', '责 任 单 位', '时间节点'], rules)).toEqual({
      sequence: 0,
      task: 1,
      details: [],
      units: [{ col: 2, role: 'responsible' }],
      due: [3],
      quantities: [],
      milestones: [],
      marked: [],
      split: [],
    });
    // a column of both units and time: read as both, its cells split
    expect(taskColumns(['序号', '工作事项', '责任单位及完成时限'], rules)).toMatchObject({ task: 1, units: [{ col: 2, role: 'responsible' }], due: [2], split: [2] });
    // a schedule's month and quarter columns: the month each step is due by
    expect(taskColumns(['序号', '重点工作', '责任单位', '3月', '6月底', '第三季度', '12月'], rules)?.milestones).toEqual([
      { col: 3, month: 3 },
      { col: 4, month: 6 },
      { col: 5, month: 9 },
      { col: 6, month: 12 },
    ]);
    // a quantity column, its measure in brackets, its year in the header
    expect(taskColumns(['序号', '项目名称', '2025年计划投资（亿元）', '责任单位'], rules)?.quantities).toEqual([
      { col: 2, metric: '2025年计划投资', rawUnit: '亿元', year: 2025 },
    ]);
  });

  it('is no task table without a unit column, nor an indicator table', () => {
    expect(taskColumns(['序号', '重点任务', '完成时限'], rules)).toBeNull();
    expect(taskColumns(['序号', '重点任务', '建设内容'], rules)).toBeNull();
    expect(taskColumns(['指标名称', '2023年', '2026年'], rules)).toBeNull();
    expect(taskColumns(['产业走廊', '重点平台'], rules)).toBeNull();
  });
});

describe('task table rows become tasks', () => {
  it('an attachment table after the signature: its group headings on lines of their own are top-level nodes holding their rows', async () => {
    const doc = await txt([
      '某省安全生产治本攻坚三年行动实施方案（2024—2026年）',
      '一、重点任务',
      '（一）压实责任。健全责任体系。（省应急管理厅负责）',
      '某省人民政府办公厅',
      '2024年3月26日',
      '附件：某省安全生产治本攻坚重点任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时间',
      '（一）重点行业领域专项治理',
      '1\t开展危险化学品安全风险集中治理\t省应急管理厅\t省公安厅\t2024年底前',
      '2\t深化城镇燃气安全专项整治\t省建设厅\t省市场监管局\t2025年6月底前',
      '（二）安全生产基础能力提升',
      '3\t建设安全生产风险监测预警系统\t省应急管理厅\t省财政厅\t2026年',
    ]);
    const groups = doc.sections.filter((s) => s.id.includes('.g'));
    expect(groups.map((s) => [s.marker, s.heading, s.level, s.parentId])).toEqual([
      ['（一）', '重点行业领域专项治理', 1, null],
      ['（二）', '安全生产基础能力提升', 1, null],
    ]);
    const rows = doc.sections.filter((s) => /:s:table\d+\.\d+$/u.test(s.id));
    expect(rows.map((s) => [s.heading, s.level, s.parentId])).toEqual([
      ['开展危险化学品安全风险集中治理', 2, groups[0].id],
      ['深化城镇燃气安全专项整治', 2, groups[0].id],
      ['建设安全生产风险监测预警系统', 2, groups[1].id],
    ]);
    // groups are nodes, not tasks; every node's text holds its rows
    expect(doc.tasks.filter((t) => t.id.includes('.g'))).toEqual([]);
    expect(doc.text.slice(groups[0].span.start, groups[0].span.end)).toContain('深化城镇燃气安全专项整治');
  });

  it('a 牵头单位 cell that notes its lead (`A（牵头）、B`): the units after the lead cooperate', async () => {
    const doc = await txt([
      '某市2025年重点工作任务清单',
      '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
      '1\t设立制造业高质量发展专项资金\t市发展改革局（牵头）、市财政局\t各镇街（园区）\t2025年6月底前',
    ]);
    expect(doc.tasks[0].units.map((u) => `${u.name}/${u.role}`)).toEqual(['市发展改革局/lead', '市财政局/co', '各镇街（园区）/co']);
  });

  it('a project table: its 建设内容及规模 cells give the row\'s targets, due by the end of its 建设年限', async () => {
    const doc = await txt([
      '某县乡村振兴三年行动方案（2025—2027年）',
      '一、重点任务',
      '（一）做强产业。推进产业发展。（县农业农村局负责）',
      '附件',
      '重点项目表',
      '序号\t项目名称\t建设内容及规模\t总投资（万元）\t建设年限\t责任单位',
      '1\t惠明茶产业园提升项目\t新建茶叶精深加工厂房2.4万平方米，改造提升生态茶园5000亩\t32000\t2025—2026年\t县农业农村局',
    ]);
    const row = doc.tasks.find((t) => t.title === '惠明茶产业园提升项目')!;
    // and its 总投资（万元） cell
    expect(row.targets.map((x) => `${x.comparator} ${x.value} ${x.unit} ${x.year}`)).toEqual(['eq 24000 平方米 2026', 'eq 5000 亩 2026', 'eq 320000000 元 2026']);
    expect(row.units.map((u) => `${u.name}/${u.role}`)).toEqual(['县农业农村局/responsible']);
  });

  it('a project table whose time column names the year of completion (计划建成年份) and content column 主要建设内容 is a task table', async () => {
    const doc = await txt([
      '渝北区临空经济高质量发展三年行动计划（2025—2027年）',
      '一、重点任务',
      '（一）完善临空基础设施。推进道路建设。（区交通运输委负责）',
      '专栏1 临空基础设施重大项目',
      '序号\t项目名称\t主要建设内容\t总投资（亿元）\t计划建成年份\t责任单位',
      '1\t机场东航站区配套道路工程\t新建改建城市道路12公里、立交3座\t28.6\t2025年\t区交通运输委、区住房城乡建委',
    ]);
    expect(doc.tables[0].kind).toBe('tasks');
    const row = doc.tasks.find((t) => t.title === '机场东航站区配套道路工程')!;
    expect(row.targets.map((x) => `${x.comparator} ${x.value} ${x.unit}`)).toEqual(['eq 12 公里', 'eq 3 座', 'eq 2860000000 元']);
    expect(row.deadlines.map((d) => `${d.kind} ${d.date}`)).toEqual(['by 2025-12-31']);
    expect(row.units.map((u) => u.canonical)).toEqual(['渝北区交通运输委员会', '渝北区住房和城乡建设委员会']);
  });

  it('a task table\'s 预期目标 column is part of each row\'s text, not an indicator table\'s target column', async () => {
    const doc = await txt([
      '湘潭市2025年优化营商环境重点任务清单',
      '序号\t重点任务\t具体举措\t预期目标\t牵头单位\t完成时限',
      '1\t深化企业开办便利化\t推行企业开办“一网通办”\t企业开办时间压缩至0.5个工作日\t市市场监管局\t2025年6月底',
    ]);
    expect(doc.tables[0].kind).toBe('tasks');
    const row = doc.tasks.find((t) => t.title === '深化企业开办便利化')!;
    expect(row.targets.map((x) => `${x.comparator} ${x.value} ${x.unit}`)).toEqual(['eq 0.5 工作日']);
  });

  it('a project table with a year column of investment is still a task table; two bare years in its time cell are a period; a capacity closing a clause is a target', async () => {
    const doc = await txt([
      '长沙市2025年先进制造业重大项目建设行动计划',
      '一、工作目标',
      '全年实施重大项目300个以上。',
      '附件：2025年长沙市先进制造业重大项目清单',
      '序号\t项目名称\t建设内容及规模\t总投资（亿元）\t2025年计划投资（亿元）\t建设年限\t责任单位',
      '一、新能源汽车及零部件',
      '1\t新能源乘用车整车扩能项目\t新建总装车间及电池包生产线，形成年产整车20万辆生产能力\t120\t35\t2024—2026\t长沙经开区管委会',
    ]);
    const row = doc.tasks.find((t) => t.title === '新能源乘用车整车扩能项目')!;
    // its investment cells: 总投资 by the row's end, 2025年计划投资 in 2025
    expect(row.targets.map((x) => `${x.comparator} ${x.value} ${x.unit} ${x.year}`)).toEqual(['eq 200000 辆 2026', 'eq 12000000000 元 2026', 'eq 3500000000 元 2025']);
    expect(row.deadlines.map((d) => `${d.kind} ${d.start} ${d.date}`)).toEqual(['period 2024-01-01 2026-12-31']);
    expect(doc.tables[0].kind).toBe('tasks');
  });

  it('a quantity column of a project table (建设长度（公里）, 总投资（万元）) gives each row a target, due by its year', async () => {
    const doc = await txt([
      '顺德区碧道建设和河涌水环境综合整治实施方案（2025—2026年）',
      '一、主要任务',
      '（一）建设碧道。推进碧道建设。（区水利局负责）',
      '附件：顺德区碧道建设项目表',
      '序号\t项目名称\t所在镇（街道）\t建设长度（公里）\t总投资（万元）\t建设年限\t责任单位',
      '1\t大良碧道（一期）\t大良街道\t6.5\t18600\t2025年\t大良街道办事处',
    ]);
    const row = doc.tasks.find((t) => t.title.startsWith('大良碧道'))!;
    expect(row.targets.map((x) => `${x.metric} ${x.comparator} ${x.value} ${x.unit} ${x.year}`)).toEqual([
      '建设长度 eq 6.5 公里 2025',
      '总投资 eq 186000000 元 2025',
    ]);
  });

  it('a project table in a 专栏 with no unit column (项目名称 | 建设内容 | 总投资 | 建设期限): its rows are tasks beside the box\'s bullets', async () => {
    const doc = await txt([
      '淮安市现代物流业发展“十五五”规划',
      '第一章　重点任务',
      '专栏1　物流枢纽重大工程',
      '——建设多式联运枢纽3个。',
      '——开行海铁联运班列线路6条。',
      '项目名称\t建设内容\t总投资（亿元）\t建设期限',
      '淮安港新港作业区三期工程\t新建5000吨级集装箱泊位4个\t32.6\t2026—2028年',
    ]);
    const row = doc.tasks.find((t) => t.title === '淮安港新港作业区三期工程')!;
    const box = doc.sections.find((x) => x.heading.includes('物流枢纽重大工程'))!;
    expect(doc.sections.find((x) => x.id === row.sectionId)!.parentId).toBe(box.id);
    expect(doc.tasks.map((t) => t.title)).toContain('开行海铁联运班列线路6条');
    expect(row.targets.map((x) => `${x.value} ${x.unit} ${x.year}`)).toEqual(['4 个 2028', '3260000000 元 2028']);
  });

  it('a table of projects with target-year columns and no content or time column stays an indicator table', async () => {
    const doc = await txt([
      '某市2025年工作要点',
      '一、主要指标',
      '序号\t项目名称\t2024年\t2025年目标值\t责任单位',
      '1\t新增规上工业企业\t120\t150\t市工信局',
    ]);
    expect(doc.tables[0].kind).toBe('indicator');
    expect(doc.targets.map((t) => `${t.value} ${t.unit ?? ''} ${t.year}`.replace('  ', ' '))).toEqual(['150 2025']);
  });

  it('a table in an attachment: one task per row, units by column, the time cell due by its end', async () => {
    const doc = await txt([
      '某区优化营商环境行动方案（2024—2026年）',
      '一、重点任务',
      '（一）提升政务服务效能。全面推行“一网通办”。（区政务服务中心负责）',
      '附件',
      '重点任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '一、提升服务效能\t\t\t\t',
      '1\t推行企业开办“一日办结”，新增市场主体1.2万户以上\t区市场监管局\t区税务局、区人社局\t2025年6月',
      '\t\t\t区公安分局\t',
      '2\t推进工程建设项目审批制度改革\t区住房城乡建设局牵头，区自然资源局配合\t—\t2024年底前',
      '二、强化要素保障\t\t\t\t',
      '3\t每年安排专项资金不少于5000万元\t区财政局\t\t每年',
    ]);
    expect(summary(doc)).toEqual([
      { marker: '（一）', title: '提升政务服务效能', units: ['区政务服务中心/responsible'], targets: [], deadlines: [] },
      {
        marker: '1',
        title: '推行企业开办“一日办结”',
        units: ['区市场监管局/lead', '区税务局/co', '区人社局/co', '区公安分局/co'],
        targets: ['gte 12000 户 2025'],
        deadlines: ['2025-06-30'],
      },
      {
        marker: '2',
        title: '推进工程建设项目审批制度改革',
        units: ['区住房城乡建设局/lead', '区自然资源局/co'],
        targets: [],
        deadlines: ['2024-12-31'],
      },
      { marker: '3', title: '每年安排专项资金不少于5000万元', units: ['区财政局/lead'], targets: ['gte 50000000 元 2026 yearly'], deadlines: ['yearly'] },
    ]);
    // the group headings spanning the row are top-level items (the attachment is no part of the
    // section the body ended in), and the rows are items of their group
    const groups = doc.sections.filter((s) => s.marker === '一、' || s.marker === '二、').filter((s) => s.heading !== '重点任务');
    expect(groups.map((s) => [s.heading, s.parentId, s.level])).toEqual([
      ['提升服务效能', null, 1],
      ['强化要素保障', null, 1],
    ]);
    const rows = doc.sections.filter((s) => s.id.includes(':s:table'));
    expect(rows.map((s) => [s.parentId, s.level, s.ordinal])).toEqual([
      [groups[0].id, 2, 1],
      [groups[0].id, 2, 2],
      [groups[1].id, 2, 3],
    ]);
    expect(doc.tables.map((t) => t.kind)).toEqual(['tasks']);
    for (const t of doc.tasks) expect(doc.text.slice(t.span.start, t.span.end)).toBe(t.text);
  });

  it('a table under a heading of the body: its rows are that section’s items, and the heading is no task', async () => {
    const doc = await txt([
      '某市托育服务三年行动计划（2024—2026年）',
      '一、主要任务',
      '（一）扩大托育服务供给。新增托位1.2万个。（市卫健委负责）',
      '二、重点项目安排',
      '序号\t任务\t责任单位\t完成时限',
      '1\t建成市托育综合服务指导中心\t市卫健委\t2024年12月底前',
      '2\t新建改扩建中小学校60所\t市教育局，各县（市）区政府\t2026年底前',
      '三、保障措施',
      '（一）加强组织领导。建立季度调度机制。',
    ]);
    const s = summary(doc);
    expect(s.map((t) => t.title)).toEqual(['扩大托育服务供给', '建成市托育综合服务指导中心', '新建改扩建中小学校60所', '加强组织领导']);
    expect(s[2]).toEqual({
      marker: '2',
      title: '新建改扩建中小学校60所',
      units: ['市教育局/responsible', '各县（市）区政府/responsible'],
      targets: ['eq 60 所 2026'],
      deadlines: ['2026-12-31'],
    });
    const heading = doc.sections.find((x) => x.heading === '重点项目安排')!;
    expect(doc.sections.filter((x) => x.parentId === heading.id).map((x) => x.heading)).toEqual(['建成市托育综合服务指导中心', '新建改扩建中小学校60所']);
  });

  it('a table copied from a web page: group headings on lines of their own, cells set apart by spaces', async () => {
    const doc = await txt([
      '某市2025年优化营商环境工作要点',
      '一、工作目标',
      '2025年，企业开办时间压缩至1个工作日以内。',
      '二、重点任务分工',
      '附表　重点任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '（一）提升政务服务效能',
      '1\t深化“一件事”改革。新增集成办理场景15个以上。\t市政务服务中心\t市数据管理局\t2025年12月底前',
      '（二）强化要素保障',
      '2    降低企业办电成本。办电时间压缩至10个工作日以内。    国网某市供电公司    市发改委、市建设局    2025年6月底前',
      '3    加大融资支持力度。普惠小微贷款余额增长15%以上。    人民银行某市分行    市财政局    2025年12月底前',
      '三、保障措施',
      '（一）压实工作责任。各牵头单位要细化工作举措。',
    ]);
    const rows = summary(doc).filter((t) => /^[0-9]$/u.test(t.marker));
    expect(rows).toEqual([
      { marker: '1', title: '深化“一件事”改革', units: ['市政务服务中心/lead', '市数据管理局/co'], targets: ['gte 15 个 2025'], deadlines: ['2025-12-31'] },
      {
        marker: '2',
        title: '降低企业办电成本',
        units: ['国网某市供电公司/lead', '市发改委/co', '市建设局/co'],
        targets: ['lte 10 工作日 2025'],
        deadlines: ['2025-06-30'],
      },
      { marker: '3', title: '加大融资支持力度', units: ['人民银行某市分行/lead', '市财政局/co'], targets: ['gte 15 % 2025'], deadlines: ['2025-12-31'] },
    ]);
    // the rows are items of the group heading above them, which is no task of its own
    const byHeading = (h: string) => doc.sections.find((s) => s.heading === h)!;
    expect(doc.sections.filter((s) => s.parentId === byHeading('强化要素保障').id).map((s) => `${s.level} ${s.heading}`)).toEqual([
      '3 降低企业办电成本',
      '3 加大融资支持力度',
    ]);
    expect(doc.tasks.map((t) => t.title)).not.toContain('强化要素保障');
    // a spaced row keeps its gaps (the text is not retyped), and each cell's span is the cell
    const table = doc.tables.find((t) => t.kind === 'tasks')!;
    expect(table.rows.map((r) => r.cells.length)).toEqual([1, 5, 1, 5, 5]);
    expect(doc.text.slice(table.rows[3].span.start, table.rows[3].span.end)).toContain('以内。    国网某市供电公司');
  });

  it('a project table (项目名称 | 建设内容 | 责任单位 | 建设期限): targets from the content, due by the end of the row’s period', async () => {
    const doc = await txt([
      '某市新型基础设施建设实施方案（2025—2027年）',
      '一、重点项目',
      '表1　重点项目表',
      '序号\t项目名称\t建设内容\t责任单位\t建设期限',
      '1\t集群绿色电力直供工程\t建设新能源直供线路120公里，年供绿电5亿千瓦时\t市供电局\t2025—2026年',
      '2\t市级算力调度服务平台\t建设算力调度平台1个\t市政务服务数据管理局\t2025年12月底前',
    ]);
    expect(summary(doc).filter((t) => /^[0-9]$/u.test(t.marker))).toEqual([
      {
        marker: '1',
        title: '集群绿色电力直供工程',
        units: ['市供电局/responsible'],
        targets: ['eq 120 公里 2026', 'eq 500000000 千瓦时 2026'],
        deadlines: ['2026-12-31'],
      },
      { marker: '2', title: '市级算力调度服务平台', units: ['市政务服务数据管理局/responsible'], targets: ['eq 1 个 2025'], deadlines: ['2025-12-31'] },
    ]);
  });

  it('a 责任单位 column beside a 牵头单位 column lists the units after the lead: co', async () => {
    const doc = await txt([
      '某州边境贸易三年行动计划（2025—2027年）',
      '附件：重点任务清单',
      '序号\t重点任务\t牵头单位\t责任单位\t时间节点',
      '1\t新设边民互市贸易点2个\t州商务局\t州税务局、龙井市人民政府\t2026年6月',
    ]);
    expect(summary(doc).filter((t) => t.marker === '1').map((t) => t.units)).toEqual([['州商务局/lead', '州税务局/co', '龙井市人民政府/co']]);
  });

  it('a line whose gaps of spaces make three cells or more, alone among prose, is no table', async () => {
    const doc = await txt([
      '某县文化惠民工程实施方案',
      '一、主要任务',
      '（一）丰富公共文化产品供给。每年开展送戏下乡100场以上。（县文旅局负责）',
      '县文旅局    县财政局    各乡镇人民政府',
      '（二）加强基层文化阵地建设。新建城市书房5个。（县文旅局负责）',
    ]);
    expect(doc.tables).toEqual([]);
    expect(summary(doc).map((t) => t.targets)).toEqual([['gte 100 场 null yearly'], ['eq 5 个 null']]);
  });

  it('a title column and a content column: targets and dates from both; a role word in a one-unit cell', async () => {
    const doc = await txt([
      '某市城市更新行动方案（2024—2026年）',
      '一、主要目标',
      '到2026年，改造老旧小区300个。',
      '附件',
      '任务清单',
      '序号\t任务名称\t主要内容\t责任单位\t完成时限',
      '1\t老旧小区改造\t三年累计加装电梯1000台以上，2024年改造老旧小区100个\t市住建局牵头，各区政府配合\t2026年12月',
      '\t\t\t市民政局配合\t',
    ]);
    const rows = summary(doc).filter((t) => t.marker === '1');
    expect(rows).toEqual([
      {
        marker: '1',
        title: '老旧小区改造',
        units: ['市住建局/lead', '各区政府/co', '市民政局/co'],
        targets: ['gte 1000 台 2026', 'eq 100 个 2024'],
        deadlines: ['2026-12-31'],
      },
    ]);
  });

  it('the DOCX fixture’s 重点任务分工表 (scripts/make-docx-fixture.mjs): merged cells, group headings', async () => {
    const doc = await run('plan-numbering.docx', readFileSync('tests/fixtures/docx/plan-numbering.docx'));
    const rows = summary(doc).filter((t) => /^[0-9]$/u.test(t.marker));
    expect(rows).toEqual([
      {
        marker: '1',
        title: '培育数字文化骨干企业',
        units: ['市委宣传部/lead', '市工信局/co', '市财政局/co', '市科技局/co'],
        targets: ['eq 600 家 2026'],
        deadlines: ['2026-12-31'],
      },
      {
        marker: '2',
        title: '设立中小微文化企业贷款风险补偿资金池',
        units: ['市地方金融监管局/lead', '各县（市、区）人民政府/co'],
        targets: [],
        deadlines: ['2024-06-30'],
      },
      {
        marker: '3',
        title: '每年安排数字文化产业发展专项资金不少于1亿元',
        units: ['市财政局/lead'],
        targets: ['gte 100000000 元 2026 yearly'],
        deadlines: ['yearly'],
      },
    ]);
    // the group headings spanning a row (`一、壮大市场主体`) are nodes holding the rows under them
    const table = doc.tables.find((t) => t.kind === 'tasks')!;
    const inTable = doc.sections.filter((s) => s.span.start >= table.span.start && s.span.start < table.span.end);
    expect(inTable.map((s) => s.heading)).toEqual(['壮大市场主体', rows[0].title, rows[1].title, '强化要素保障', rows[2].title]);
    const [group1, row1, row2, group2, row3] = inTable;
    expect([row1.parentId, row2.parentId, row3.parentId]).toEqual([group1.id, group1.id, group2.id]);
    expect(row1.level).toBe(group1.level + 1);
  });
});

describe('stripIndent and table rows', () => {
  const line = (text: string): Line => ({ pieces: [{ text, src: 0 }] }) as Line;
  it('keeps the tabs of empty first and last cells, strips indentation', () => {
    const out = stripIndent([line('\t\t\t区公安分局\t'), line('一、产业发展\t\t\t'), line('\t\t（一）加强领导。'), line('　　正文。\t')]).map(lineText);
    expect(out).toEqual(['\t\t\t区公安分局\t', '一、产业发展\t\t\t', '（一）加强领导。', '正文。']);
  });
});
