/**
 * Whole plans in styles met in the held-out set's batch 54: work given to working groups an organisation section sets up,
 * project lines with a bracket of their fields, a task table numbered by decimal levels, a safety plan's goals of decline,
 * towns sharing one government ending, a part that sends its reader to the attachment, problems numbered `问题1：`, and a
 * ledger row whose cells name the same date twice.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

const rolesByTask = (doc: Awaited<ReturnType<typeof run>>) =>
  Object.fromEntries(Object.entries(unitsByTask(doc)).map(([k, us]) => [k, us.map(([name, , role]) => [name, role])]));

describe('plans of held-out batch 54', () => {
  it('reads the units of working groups an organisation section sets up, and tasks given to a group as written', async () => {
    const doc = await run(`珠海市2026年航展保障工作方案
一、组织架构
（一）综合协调组：由市政府办公室牵头，市发展改革局、市财政局组成，负责指挥部日常运转。
（二）安全保卫组：由市公安局牵头，市应急管理局、消防救援支队，拱北海关、珠海边检总站组成，负责航展安全保卫工作。
二、工作任务
1.强化现场安保力量。全力保障60万人次观众安全有序入园观展。（责任：安全保卫组）
2.强化食品安全保障。开展餐饮单位检查。（责任：医疗卫生组，市市场监管局配合）
`);
    expect(rolesByTask(doc)).toEqual({
      综合协调组: [
        ['市政府办公室', 'lead'],
        ['市发展改革局', 'co'],
        ['市财政局', 'co'],
      ],
      安全保卫组: [
        ['市公安局', 'lead'],
        ['市应急管理局', 'co'],
        ['市消防救援支队', 'co'],
        ['拱北海关', 'co'],
        ['珠海边检总站', 'co'],
      ],
      强化现场安保力量: [['安全保卫组', 'responsible']],
      强化食品安全保障: [
        ['医疗卫生组', 'lead'],
        ['市市场监管局', 'co'],
      ],
    });
    expect(doc.tasks[2].targets.map((t) => [t.value, t.unit])).toEqual([[600000, '人次']]);
  });

  it('names a project by what stands before the bracket of its fields, its units from the key in it, dated by its term', async () => {
    const doc = await run(`周口市2026年重点项目建设工作方案
一、重点项目
（一）先进制造业项目（2个）
1.周口港区临港产业园项目（总投资35亿元，建设周期2025—2027年，责任单位：周口临港开发区管委会）：建设标准化厂房20万平方米。2026年完成投资12亿元，6月底前一期8万平方米厂房竣工交付。
2.周口经济开发区电子信息产业园项目（总投资20亿元，建设周期2026年，责任单位：周口经济开发区管委会、市工业和信息化局）：一期厂房年底前交付使用。
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['周口港区临港产业园项目', '周口经济开发区电子信息产业园项目']);
    expect(rolesByTask(doc)['周口经济开发区电子信息产业园项目']).toEqual([
      ['周口经济开发区管委会', 'responsible'],
      ['市工业和信息化局', 'responsible'],
    ]);
    // (the total investment, as a project table's; the construction by the end of the term; the year's investment in the year)
    expect(doc.tasks[0].targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [3500000000, '元', 2026],
      [200000, '平方米', 2027],
      [1200000000, '元', 2026],
      [80000, '平方米', 2026],
    ]);
    // (the count of a group's projects is no target, nor is the 一 of 一期)
    expect(doc.targets).toEqual([]);
    expect(doc.tasks[1].targets.map((t) => [t.value, t.unit])).toEqual([[2000000000, '元']]);
  });

  it('nests a task table numbered by decimal levels under the rows its numbers name', async () => {
    const doc = await run(`温岭市2026年制造业高质量发展重点任务清单
序号\t任务名称\t具体内容\t责任单位\t完成时限
1\t产业集群培育\t—\t—\t—
1.1\t做强泵与电机产业集群\t泵与电机产业集群产值突破800亿元\t市经信局\t2026年12月底
3\t数字化绿色化转型\t—\t—\t—
3.1\t推进制造业数字化改造\t—\t—\t—
3.1.1\t建设未来工厂和智能工厂\t新建智能工厂10家，建立周协调、月通报机制\t市经信局\t2026年12月底
`);
    expect(doc.sections.map((s) => [s.marker, s.heading, s.level])).toEqual([
      ['1', '产业集群培育', 1],
      ['1.1', '做强泵与电机产业集群', 2],
      ['3', '数字化绿色化转型', 1],
      ['3.1', '推进制造业数字化改造', 2],
      ['3.1.1', '建设未来工厂和智能工厂', 3],
    ]);
    expect(doc.tasks.map((t) => t.marker)).toEqual(['1.1', '3.1.1']);
    expect(doc.tasks[1].deadlines.map((d) => d.recurrence ?? d.date)).toEqual(['weekly', 'monthly', '2026-12-31']);
  });

  it('reads a one-year plan’s goals of decline, in prose and in a table cell', async () => {
    const doc = await run(`淮南市2026年安全生产工作要点
一、工作目标
全市安全生产形势持续稳定向好，事故起数同比下降8%以上，煤矿百万吨死亡率控制在0.05以下。
指标名称\t单位\t2025年实际值\t2026年控制目标
亿元GDP生产安全事故死亡率\t—\t0.019\t下降5%
生产安全事故起数\t起\t44\t≤40
二、重点任务
（一）压实安全责任。开展隐患排查。（牵头单位：市应急管理局）
`);
    expect(doc.targets.map((t) => [t.value, t.unit, t.comparator])).toEqual([
      [8, '%', 'gte'],
      [0.05, null, 'lte'],
      [5, '%', 'eq'],
      [40, '起', 'lte'],
    ]);
  });

  it('gives towns listed before one government ending that government each', async () => {
    const doc = await run(`赣榆区2026年农村人居环境整治提升实施方案
一、重点任务
（一）推进沿海渔港渔村环境整治。清理岸线垃圾。（区农业农村局牵头，区交通运输局配合，海头镇、柘汪镇、青口镇人民政府负责）
`);
    expect(rolesByTask(doc)['推进沿海渔港渔村环境整治']).toEqual([
      ['区农业农村局', 'lead'],
      ['区交通运输局', 'co'],
      ['海头镇人民政府', 'co'],
      ['柘汪镇人民政府', 'co'],
      ['青口镇人民政府', 'co'],
    ]);
  });

  it('reads no task in a part that sends its reader to the attachment’s task table, nor in an item’s note pointing there', async () => {
    const doc = await run(`上饶市2026年数字经济重点任务推进计划
一、总体目标
数字经济核心产业营收增长15%。
二、重点任务
围绕五个方面部署重点任务，每项任务均明确工作内容、启动时间、完成时间、牵头单位和配合单位，具体见附件。
三、保障措施
（一）加强统筹调度。建立推进机制，确定年度项目清单（具体任务见附件第1项）。（责任单位：市工业和信息化局）
附件：重点任务推进表
序号\t重点任务\t工作内容\t启动时间\t完成时间\t牵头单位\t配合单位
1\t推进5G网络深度覆盖\t新建5G基站3000个\t2026年1月\t2026年12月\t市工业和信息化局\t市通信发展管理办公室
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['加强统筹调度', '推进5G网络深度覆盖']);
  });

  it('reads problems numbered `问题1：` as items, and an item whose text opens with a year', async () => {
    const doc = await run(`蚌埠市中央生态环境保护督察反馈问题整改方案
一、水生态环境方面
问题1：淮河支流水质改善成效不稳固。
整改措施：
1.2026年8月底前完成围网养殖设施拆除。
2.新建隔离防护网18公里。
责任单位：市生态环境局
问题 2：城市生活污水收集处理效能偏低。
`);
    expect(doc.sections.map((s) => [s.marker, s.heading, s.level])).toEqual([
      ['一、', '水生态环境方面', 1],
      ['问题1：', '淮河支流水质改善成效不稳固', 2],
      ['1.', '2026年8月底前完成围网养殖设施拆除', 3],
      ['2.', '新建隔离防护网18公里', 3],
      ['问题 2：', '城市生活污水收集处理效能偏低', 2],
    ]);
  });

  it('keeps a ledger row’s dates in its next-steps and time cells, the same date in each, and a quarter opening a cell', async () => {
    const doc = await run(`湘西州2026年重点任务督查台账
一、督查台账
序号\t重点任务\t年度目标\t责任单位\t下步工作计划\t完成时限
1\t稳定粮食生产\t新建高标准农田12万亩\t州农业农村局\t高标准农田项目11月底前完工\t2026年11月底
2\t加大招商引资力度\t新签约亿元以上项目120个\t州商务局\t二季度赴长三角开展专题招商活动不少于6场\t2026年12月底
`);
    expect(doc.tasks.map((t) => t.deadlines.map((d) => [d.text, d.date]))).toEqual([
      [
        ['11月底前', '2026-11-30'],
        ['2026年11月底', '2026-11-30'],
      ],
      [
        ['二季度', '2026-06-30'],
        ['2026年12月底', '2026-12-31'],
      ],
    ]);
  });
});
