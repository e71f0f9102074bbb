/**
 * Whole plans in styles met in the held-out set's batch 52: projects as blocks of field lines, measures opened by ordinal
 * words, a company's quarter codes, a supervision ledger's progress column, a duty section that maps units to task numbers,
 * a party working committee's own departments, and a table with a header of two rows.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 52', () => {
  it('reads each block of field lines a name key opens as one task, named by its value', async () => {
    const doc = await run(`亳州市2026年重大项目建设推进方案
一、重点项目
（一）产业项目

项目名称：亳州现代中药产业园二期项目
建设地点：谯城区
建设内容：建设中药饮片智能化生产线8条
总投资：18.6亿元
建设年限：2025—2027年
年度目标：完成主体工程，3条生产线投产
责任单位：谯城区人民政府、市发展改革委

项目名称：年产5万吨中药饮片智能制造项目
建设地点：亳州高新区
建设内容：新建智能立体仓库1座
建设年限：2026年
责任单位：亳州高新区管委会
`);
    expect(doc.sections.map((s) => [s.heading, s.level])).toEqual([
      ['重点项目', 1],
      ['产业项目', 2],
      ['亳州现代中药产业园二期项目', 3],
      ['年产5万吨中药饮片智能制造项目', 3],
    ]);
    const units = Object.fromEntries(Object.entries(unitsByTask(doc)).map(([k, us]) => [k, us.map(([raw]) => raw)]));
    expect(units).toEqual({ 亳州现代中药产业园二期项目: ['谯城区人民政府', '市发展改革委'], 年产5万吨中药饮片智能制造项目: ['亳州高新区管委会'] });
    expect(doc.tasks[0].targets.map((t) => [t.value, t.unit])).toEqual(expect.arrayContaining([[8, '条'], [3, '条']]));
  });

  it('reads measures opened by an ordinal word and a comma as numbered items', async () => {
    const doc = await run(`柳州市2026年新能源汽车产业高质量发展若干措施
一、支持整车发展
第一，加大整车企业研发支持。对研发投入给予奖励。（责任单位：市工业和信息化局、市财政局）
第二，扩大新能源汽车消费。新建充电桩1万个。（责任单位：市商务局）
二、保障措施
首先，加强统筹。其次，强化考核。
`);
    expect(doc.tasks.map((t) => [t.marker, t.ordinal, t.title])).toEqual([
      ['第一，', 1, '加大整车企业研发支持'],
      ['第二，', 2, '扩大新能源汽车消费'],
      // (`首先，…其次，…` inside a paragraph opens no item: the part is one task)
      ['二、', 2, '保障措施'],
    ]);
  });

  it('reads a company’s quarter and half codes and dotted dates closed by 前, not a project’s code after its place', async () => {
    const doc = await run(`自治区直属企业2026年数字化转型攻坚行动方案
一、重点任务
（一）推进数据全面上云。2026年Q2完成上云方案，Q3前核心系统上云，H1完成试点，2027年H1前全面接入，2026.06.30前建成平台。（责任单位：各自治区直属企业）
（二）攻坚推进（Q2—Q3）。加快射阳H1、大丰 H3项目建设。（责任单位：各自治区直属企业）
`);
    expect(doc.tasks[0].deadlines.map((d) => [d.text, d.date])).toEqual([
      ['2026年Q2', '2026-06-30'],
      ['Q3前', '2026-09-30'],
      ['H1', '2026-06-30'],
      ['2027年H1前', '2027-06-30'],
      ['2026.06.30前', '2026-06-30'],
    ]);
    expect(doc.tasks[1].deadlines.map((d) => [d.text, d.kind, d.start, d.date])).toEqual([['Q2—Q3', 'period', '2026-04-01', '2026-09-30']]);
  });

  it('reads a supervision ledger’s next steps and annual goals, never its progress so far', async () => {
    const doc = await run(`湘西州2026年政府工作报告重点任务督查台账（第一季度）
一、总体进展情况
一季度，全州地区生产总值完成186.4亿元，同比增长5.6%。
二、督查台账
序号\t重点任务\t年度目标\t责任单位\t一季度进展情况\t下步工作计划\t完成时限
1\t推进重大项目建设\t新开工项目50个\t州发展改革委\t已开工项目18个，完成投资12.3亿元\t6月底前新开工项目累计达到30个\t2026年12月底
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['推进重大项目建设']);
    expect(doc.tasks[0].targets.map((t) => [t.value, t.unit])).toEqual([
      [50, '个'],
      [30, '个'],
    ]);
    expect(doc.targets).toEqual([]);
    expect(doc.metadata.docType).toBe('督查台账');
  });

  it('gives numbered tasks the units a duty section maps to their numbers', async () => {
    const doc = await run(`长治市2026年推动高质量发展重点任务清单
一、扩大有效投资
1.推进重大项目建设。新开工项目100个。
2.扩大民间投资。推介项目50个。
二、发展现代农业
3.稳定粮食生产。粮食产量稳定在20亿斤。
三、职责分工
市发展改革委：牵头第1、2项，配合第3项；
市农业农村局：牵头第3项，指导各县（区）抓好粮食生产；
各县（区）人民政府：负责第1—3项的落实。
`);
    const units = Object.fromEntries(Object.entries(unitsByTask(doc)).map(([k, us]) => [k, us.map(([raw, , role]) => [raw, role])]));
    expect(units).toEqual({
      推进重大项目建设: [
        ['市发展改革委', 'lead'],
        ['各县（区）人民政府', 'responsible'],
      ],
      扩大民间投资: [
        ['市发展改革委', 'lead'],
        ['各县（区）人民政府', 'responsible'],
      ],
      稳定粮食生产: [
        ['市发展改革委', 'co'],
        ['市农业农村局', 'lead'],
        ['各县（区）人民政府', 'responsible'],
      ],
    });
    // the duty lines are no tasks, nor is their section
    expect(doc.tasks.map((t) => t.title)).toEqual(['推进重大项目建设', '扩大民间投资', '稳定粮食生产']);
  });

  it('names a party working committee’s own departments under it', async () => {
    const doc = await run(`中共银川市委市直机关工作委员会关于印发《银川市直机关2026年党建工作要点》的通知
各部门（单位）机关党组织：
现将《银川市直机关2026年党建工作要点》印发给你们，请认真贯彻落实。
中共银川市委市直机关工作委员会
2026年2月26日
银川市直机关2026年党建工作要点
一、加强政治建设
1.深化理论武装。培训党务干部500人次。（责任部门：组织部；配合部门：宣传部）
`);
    expect(unitsByTask(doc)['深化理论武装']).toEqual([
      ['组织部', '中共银川市委市直机关工作委员会组织部', 'responsible'],
      ['宣传部', '中共银川市委市直机关工作委员会宣传部', 'co'],
    ]);
  });

  it('reads a table whose header has two rows: the years under a merged cell name its columns', async () => {
    const doc = await run(`十堰市汽车产业转型升级三年行动计划（2026—2028年）
一、主要目标
附件：主要目标任务表
序号\t指标\t单位\t2025年基数\t年度目标\t年度目标\t年度目标\t责任单位
—\t—\t—\t—\t2026年\t2027年\t2028年\t—
1\t汽车产量\t万辆\t35\t40\t46\t52\t市经信局
`);
    expect(doc.tasks).toEqual([]);
    expect(doc.targets.map((t) => [t.value, t.unit, t.year, t.baseline?.value ?? null])).toEqual([
      [400000, '辆', 2026, 350000],
      [460000, '辆', 2027, 350000],
      [520000, '辆', 2028, 350000],
    ]);
  });
});
