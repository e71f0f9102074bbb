/**
 * Whole plans in styles met in the held-out set's batch 32, through the pipeline: a people's congress standing
 * committee's supervision plan (meetings by `X月份`, its own committees), a court's plan for itself (its own 庭 and
 * 局), an event's support plan (working groups' `成员单位`, a time of day, a year without 年 in the title) and
 * the telecom operators' provincial companies.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 32', () => {
  it("reads a standing committee's meeting months, its own committees and its table of reports", async () => {
    const doc = await run(`绍兴市人民代表大会常务委员会关于印发《绍兴市人大常委会2026年监督工作计划》的通知
各区、县（市）人大常委会，市人大各专门委员会、常委会各工作机构：
现将《绍兴市人大常委会2026年监督工作计划》印发给你们，请认真贯彻执行。
绍兴市人民代表大会常务委员会
2026年2月10日
绍兴市人大常委会2026年监督工作计划
一、听取和审议专项工作报告
1．听取和审议市人民政府关于先进制造业集群培育工作情况的报告。拟安排在3月份常委会会议听取和审议。（责任单位：市人大财政经济委员会、常委会预算工作委员会）
2．开展执法检查。6月份常委会会议听取执法检查报告。（责任单位：市人大教育科学文化卫生委员会、社会建设委员会，各区、县（市）人大常委会；配合单位：市政府有关部门）
附件：2026年市人大常委会听取和审议专项工作报告安排表
序号\t会议时间\t报告事项\t责任单位
1\t3月份\t市人民政府关于先进制造业集群培育工作情况的报告\t市人大财政经济委员会
2\t4月份\t市中级人民法院关于行政审判工作情况的报告\t市人大监察和司法委员会
`);
    const first = doc.tasks[0];
    expect(first.deadlines.map((d) => [d.text, d.kind, d.date])).toEqual([['3月份', 'by', '2026-03-31']]);
    expect(unitsByTask(doc)['听取和审议市人民政府关于先进制造业集群培育工作情况的报告']).toEqual([
      ['市人大财政经济委员会', '绍兴市人民代表大会财政经济委员会', 'responsible'],
      ['常委会预算工作委员会', '绍兴市人民代表大会常务委员会预算工作委员会', 'responsible'],
    ]);
    expect(unitsByTask(doc)['开展执法检查'].map((u) => u[0])).toEqual(['市人大教育科学文化卫生委员会', '市人大社会建设委员会', '各区、县（市）人大常委会']);
    expect(doc.tasks.slice(2).map((t) => [t.title, t.deadlines.map((d) => d.date)])).toEqual([
      ['市人民政府关于先进制造业集群培育工作情况的报告', ['2026-03-31']],
      ['市中级人民法院关于行政审判工作情况的报告', ['2026-04-30']],
    ]);
  });

  it("names a court's own divisions under the court, by the short names it gives them too, and a body by where an office is set up", async () => {
    const court = await run(`四川省成都市中级人民法院关于印发《成都市中级人民法院2026年优化法治化营商环境实施方案》的通知
院各部门，各基层人民法院：
现将《成都市中级人民法院2026年优化法治化营商环境实施方案》印发给你们，请认真贯彻落实。
四川省成都市中级人民法院
2026年3月9日
成都市中级人民法院2026年优化法治化营商环境实施方案
一、重点任务
（一）提升立案效率。诉前调解成功率达到35%。（责任部门：立案庭、研究室，各基层人民法院）
（二）加强审判管理。建立长期未结案件清理机制。（责任部门：审判管理办公室（审管办）、民事审判第二庭（民二庭））
（三）开展案件评查。每季度通报评查结果。（责任部门：审管办、民二庭，市市场监管局（市知识产权局））
`);
    expect(unitsByTask(court)).toEqual({
      提升立案效率: [
        ['立案庭', '四川省成都市中级人民法院立案庭', 'responsible'],
        ['研究室', '四川省成都市中级人民法院研究室', 'responsible'],
        ['各基层人民法院', '成都市各基层人民法院', 'responsible'],
      ],
      加强审判管理: [
        ['审判管理办公室（审管办）', '四川省成都市中级人民法院审判管理办公室', 'responsible'],
        ['民事审判第二庭（民二庭）', '四川省成都市中级人民法院民事审判第二庭', 'responsible'],
      ],
      // (a short name in brackets made of the full name's characters; 市知识产权局 is another name, not a short one)
      开展案件评查: [
        ['审管办', '四川省成都市中级人民法院审判管理办公室', 'responsible'],
        ['民二庭', '四川省成都市中级人民法院民事审判第二庭', 'responsible'],
        ['市市场监管局（市知识产权局）', '成都市市场监督管理局', 'responsible'],
      ],
    });
    const telecom = await run(`江西省5G-A和万兆光网协同发展行动计划（2026—2027年）
建立工作专班，办公室设在省通信管理局信息通信发展处（以下简称发展处）。
一、重点任务
（一）加快网络建设。新建5G-A基站1万个。（发展处牵头，中国电信江西分公司、中国移动江西公司、中国联通江西省分公司、中国铁塔江西省分公司配合）
`);
    expect(unitsByTask(telecom)).toEqual({
      加快网络建设: [
        ['发展处', '江西省通信管理局信息通信发展处', 'lead'],
        ['中国电信江西分公司', '中国电信股份有限公司江西分公司', 'co'],
        ['中国移动江西公司', '中国移动通信集团江西有限公司', 'co'],
        ['中国联通江西省分公司', '中国联合网络通信有限公司江西省分公司', 'co'],
        ['中国铁塔江西省分公司', '中国铁塔股份有限公司江西省分公司', 'co'],
      ],
    });
  });

  it("reads a list of every level's leading groups as one unit, and spells out the armed police", async () => {
    const doc = await run(`哈尔滨市2026年创建全国双拥模范城工作方案
一、重点任务
（一）深化军民共建。共建活动覆盖率达到100%。（责任单位：市退役军人事务局，各区、县（市）双拥工作领导小组，武警黑龙江省总队哈尔滨支队）
`);
    expect(unitsByTask(doc)['深化军民共建']).toEqual([
      ['市退役军人事务局', '哈尔滨市退役军人事务局', 'responsible'],
      ['各区、县（市）双拥工作领导小组', '哈尔滨市各区、县（市）双拥工作领导小组', 'responsible'],
      ['武警黑龙江省总队哈尔滨支队', '中国人民武装警察部队黑龙江省总队哈尔滨支队', 'responsible'],
    ]);
  });

  it("reads an event's year from a title without 年, its overview as no measure, a working group's members and a time of day before 前", async () => {
    const doc = await run(`2026无锡马拉松赛事保障工作方案
一、赛事概况
（一）参赛规模。本届赛事参赛规模3万人，赛道全程42.195公里。
二、工作分组
（一）安全保卫组。3月28日18:00前完成赛道沿线安全检查，设置安检点20个。
牵头单位：市公安局；成员单位：市应急管理局、市消防救援支队
`);
    expect(doc.metadata.period).toEqual({ start: 2026, end: 2026 });
    // (the event's overview describes it: no task, no target)
    expect(doc.tasks.map((t) => t.title)).toEqual(['安全保卫组']);
    expect(doc.targets).toEqual([]);
    const task = doc.tasks[0];
    expect(task.deadlines.map((d) => [d.text, d.date])).toEqual([['3月28日18:00前', '2026-03-28']]);
    expect(task.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[20, '个', 2026]]);
    expect(task.units.map((u) => [u.name, u.role])).toEqual([
      ['市公安局', 'lead'],
      ['市应急管理局', 'co'],
      ['市消防救援支队', 'co'],
    ]);
  });
});
