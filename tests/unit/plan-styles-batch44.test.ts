/**
 * Whole plans in styles met in the held-out set's batch 44: a 春运 plan whose duties are headed by their units, a city's
 * enrolment schedule, a list of services made quicker, a wage-arrears campaign up to the Spring Festival, a pest-control
 * plan's table of counties, a foreign-trade plan's table of places with their growth rates.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 44', () => {
  it('reads the units heading a duty paragraph, and only where the paragraph names no clause of its own', async () => {
    const doc = await run(`金华市人民政府办公室关于印发2026年金华市春运工作方案的通知
各县（市、区）人民政府，市政府各部门：
现将《2026年金华市春运工作方案》印发给你们，请认真贯彻执行。
金华市人民政府办公室
2026年1月12日
2026年金华市春运工作方案
一、职责分工
（一）市交通运输局：负责牵头组织协调全市春运工作，储备融雪剂不少于3000吨、防滑草袋5万只。
（二）金华火车站：负责铁路旅客运输组织。
（三）各县（市、区）人民政府、金华经济技术开发区管委会：落实春运工作属地管理责任，组织做好本辖区春运工作。
（四）加强宣传引导：及时发布出行信息。（市委宣传部负责）
（五）市公安局：对7座以上载客汽车开展重点检查。（市公安局牵头，市交通运输局配合）
`);
    const units = unitsByTask(doc);
    expect(units['市交通运输局'].map((u) => [u[0], u[2]])).toEqual([['市交通运输局', 'responsible']]);
    expect(units['金华火车站'].map((u) => [u[0], u[2]])).toEqual([['金华火车站', 'responsible']]);
    expect(doc.tasks[2].units.map((u) => [u.name, u.role])).toEqual([
      ['各县（市、区）人民政府', 'responsible'],
      ['金华经济技术开发区管委会', 'responsible'],
    ]);
    expect(units['加强宣传引导'].map((u) => u[0])).toEqual(['市委宣传部']);
    expect(units['市公安局'].map((u) => [u[0], u[2]])).toEqual([
      ['市公安局', 'lead'],
      ['市交通运输局', 'co'],
    ]);
    const first = doc.tasks.find((t) => t.title === '市交通运输局')!;
    expect(first.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['gte', 3000, '吨'],
      ['gte', 50000, '只'],
    ]);
    // (a vehicle's size picks out which vehicles are checked)
    expect(doc.tasks.find((t) => t.title === '市公安局')!.targets).toEqual([]);
  });

  it("reads a schedule's stage column as its rows' headings and its time column as their deadlines, and dates after 于", async () => {
    const doc = await run(`兰州市教育局关于印发2026年兰州市义务教育招生入学工作实施方案的通知
各县区教育局：
现将《2026年兰州市义务教育招生入学工作实施方案》印发给你们，请认真贯彻落实。
兰州市教育局
2026年5月8日
2026年兰州市义务教育招生入学工作实施方案
一、主要任务
（一）规范民办学校招生。摇号录取工作于7月15日统一进行。（市教育局负责）
（二）严格督导检查。市教育局于6月、8月分两轮对各县区开展专项督查。（市教育局负责）
二、时间安排
阶段\t时间\t工作内容\t责任单位
信息采集\t2026年6月1日—6月15日\t家长登录招生服务平台填报信息，完成网上报名\t各县区教育局
结果公示\t7月10日前\t各学校公示拟录取学生名单\t各县区教育局
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['规范民办学校招生', '严格督导检查', '信息采集', '结果公示']);
    expect(doc.tasks.map((t) => t.deadlines.map((d) => [d.kind, d.date]))).toEqual([
      [['by', '2026-07-15']],
      [
        ['by', '2026-06-30'],
        ['by', '2026-08-31'],
      ],
      [['period', '2026-06-15']],
      [['by', '2026-07-10']],
    ]);
  });

  it("reads a services table's optimisation targets, and names a department by its own name without the other one it serves under", async () => {
    const doc = await run(`扬州市人民政府办公室关于印发2026年扬州市推进“高效办成一件事”重点事项实施方案的通知
各县（市、区）人民政府，市各有关部门：
现将《2026年扬州市推进“高效办成一件事”重点事项实施方案》印发给你们，请认真贯彻落实。
扬州市人民政府办公室
2026年2月26日
附件
2026年扬州市“高效办成一件事”重点事项清单
序号\t事项名称\t牵头单位\t配合单位\t优化目标\t完成时限
1\t企业信息变更“一件事”\t市市场监管局\t市资源规划局（市不动产登记中心）、人防办、消防救援支队\t办理时限由12个工作日压减至2个工作日，申请材料由15份减少至5份\t2026年6月底前
`);
    const task = doc.tasks[0];
    expect(task.targets.map((t) => [t.value, t.unit])).toEqual([
      [2, '工作日'],
      [5, '份'],
    ]);
    expect(task.units.map((u) => [u.name, u.canonical])).toEqual([
      ['市市场监管局', '扬州市市场监督管理局'],
      ['市资源规划局（市不动产登记中心）', '扬州市自然资源和规划局'],
      ['市人防办', '扬州市人民防空办公室'],
      ['市消防救援支队', '扬州市消防救援支队'],
    ]);
  });

  it('dates a campaign up to the Spring Festival and a bare 春节前 by the festival after the issue date', async () => {
    const doc = await run(`湖南省根治拖欠农民工工资工作领导小组办公室关于印发《2026—2027年湖南省根治欠薪冬季专项行动方案》的通知
各市州根治欠薪办：
现将《2026—2027年湖南省根治欠薪冬季专项行动方案》印发给你们，请认真贯彻落实。
湖南省根治拖欠农民工工资工作领导小组办公室
2026年11月10日
2026—2027年湖南省根治欠薪冬季专项行动方案
2025年冬季至2026年春节前，全省开展根治欠薪冬季专项行动，共检查用人单位2.35万户。
一、行动时间
专项行动时间为2026年11月15日至2027年春节前。
二、重点任务
（一）全面排查欠薪隐患。春节前实现欠薪案件动态清零，清明节前后开展回头看。（省人力资源社会保障厅负责）
`);
    expect(doc.deadlines.map((d) => [d.text, d.kind, d.start, d.date])).toEqual([['2026年11月15日至2027年春节前', 'period', '2026-11-15', '2027-02-06']]);
    const task = doc.tasks[0];
    expect(task.deadlines.map((d) => [d.text, d.date])).toEqual([['春节前', '2027-02-06']]);
    // (last winter's figures are facts, not targets)
    expect(doc.targets.map((t) => t.text)).toEqual([]);
  });

  it("reads a table of counties whose first column is last year's (its baseline) and a table of places' growth rates", async () => {
    const doc = await run(`福州市林业局关于印发2026年度福州市松材线虫病疫情防控工作方案的通知
各县（市、区）林业主管部门：
现将《2026年度福州市松材线虫病疫情防控工作方案》印发给你们，请认真贯彻落实。
福州市林业局
2026年2月12日
2026年度福州市松材线虫病疫情防控工作方案
一、主要任务
（一）严格疫木除治。2026年秋季普查发现的疫木须于次年3月31日前全部除治到位。作业人员须年满18周岁且不超过60周岁。（市林业局负责）
附件
各县（市、区）2026年防控目标任务表
序号\t县（市、区）\t2025年疫情面积（亩）\t压降目标（%）
1\t闽侯县\t9800\t10
2\t连江县\t8600\t12
`);
    expect(doc.tasks[0].deadlines.map((d) => [d.text, d.date])).toEqual([['次年3月31日前', '2027-03-31']]);
    expect(doc.tasks[0].targets).toEqual([]);
    expect(doc.targets.map((t) => [t.value, t.unit, t.year, t.baseline?.year])).toEqual([
      [10, '%', 2026, 2025],
      [12, '%', 2026, 2025],
    ]);
  });

  it("reads each place's growth rate beside its amounts", async () => {
    const doc = await run(`南通市人民政府办公室关于印发2026年南通市外贸稳规模优结构工作方案的通知
各县（市、区）人民政府，市各有关部门：
现将《2026年南通市外贸稳规模优结构工作方案》印发给你们，请认真贯彻落实。
南通市人民政府办公室
2026年2月26日
2026年南通市外贸稳规模优结构工作方案
一、重点任务
（一）稳住外贸基本盘。全市外贸进出口总额达到3300亿元。（市商务局负责）
附件
2026年各地区外贸进出口目标任务分解表
序号\t地区\t进出口目标（亿元）\t增速（%）
1\t海安市\t290\t5.0
2\t如皋市\t360\t4.5
`);
    expect(doc.targets.map((t) => [t.value, t.unit])).toEqual([
      [29000000000, '元'],
      [5, '%'],
      [36000000000, '元'],
      [4.5, '%'],
    ]);
  });
});
