/**
 * Whole plans in styles met in the held-out set's batch 43: a town's own work points, a supervision office's list
 * of supervised items, a provincial petition bureau's work points, a city's work-relief projects.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 43', () => {
  it("takes a town of a county-level city as the region and leaves its own offices as written", async () => {
    const doc = await run(`中共义乌市佛堂镇委员会　义乌市佛堂镇人民政府关于印发《2026年佛堂镇工作要点》的通知
各村（社区），镇机关各办（所、队）：
现将《2026年佛堂镇工作要点》印发给你们，请认真贯彻落实。
中共义乌市佛堂镇委员会
义乌市佛堂镇人民政府
2026年2月20日
2026年佛堂镇工作要点
一、推动经济发展
1.加快项目建设。全年招引亿元以上项目10个。（责任单位：经济发展办、各村（社区））
2.推进村庄整治。（责任单位：镇村镇建设办、农业农村办）
`);
    expect(doc.metadata.region).toBe('义乌市佛堂镇');
    const units = unitsByTask(doc);
    expect(units['加快项目建设'].map((u) => [u[0], u[1]])).toEqual([
      ['经济发展办', '义乌市佛堂镇经济发展办公室'],
      ['各村（社区）', '义乌市佛堂镇各村（社区）'],
    ]);
    expect(units['推进村庄整治'].map((u) => u[0])).toEqual(['镇村镇建设办', '镇农业农村办']);
  });

  it("reads a supervision office's table of supervised items, with its report column's cadences", async () => {
    const doc = await run(`厦门市人民政府督查室关于2026年市政府重点工作督办事项的通知
各区人民政府，市直各部门：
现将2026年市政府重点工作督办事项通知如下，请于每月5日前报送进展情况。
厦门市人民政府督查室
2026年2月27日
附件
2026年市政府重点工作督办事项清单
序号\t督办事项\t责任单位\t办结时限\t报送要求
1\t新开工项目120个，竣工项目100个。\t市发改委（牵头）、市财政局\t2026年12月31日\t每季度末
2\t新建5G基站2000个。\t市工信局\t2026年6月30日\t每月5日前
`);
    expect(doc.tasks.map((t) => t.targets.map((x) => [x.value, x.unit]))).toEqual([[[120, '个'], [100, '个']], [[2000, '个']]]);
    expect(doc.tasks.map((t) => t.deadlines.map((d) => d.date ?? d.recurrence))).toEqual([
      ['2026-12-31', 'quarterly'],
      ['2026-06-30', 'monthly'],
    ]);
  });

  it("ends a clause line at a blank line, names an office by its own name without its other one, and spells out a branch", async () => {
    const doc = await run(`山东省信访局关于印发《2026年全省信访工作要点》的通知
各市信访局，局机关各处室：
现将《2026年全省信访工作要点》印发给你们，请认真贯彻落实。
山东省信访局
2026年2月10日
2026年全省信访工作要点
一、重点工作
1.严格考核评价。3月底前修订印发全省信访工作考核细则。
牵头处室：办信处（网上信访处）；配合处室：督查督办处；责任单位：各市信访局

各市信访局要切实提高政治站位，加强协调配合，确保各项任务落地见效。
`);
    expect(unitsByTask(doc)['严格考核评价'].map((u) => [u[1], u[2]])).toEqual([
      ['山东省信访局办信处', 'lead'],
      ['山东省信访局督查督办处', 'co'],
      ['山东省各市信访局', 'co'],
    ]);
  });

  it('reads wages paid by the month in full as a monthly deadline, and a bureau branch named with the alias of its bureau', async () => {
    const doc = await run(`北京市东城区2026年重点任务清单
一、重点任务
（一）规范劳务报酬发放。劳务报酬按月足额发放到务工群众个人账户。（区人力资源社会保障局、市规划自然资源委东城分局负责）
`);
    expect(doc.tasks[0].deadlines.map((d) => [d.text, d.recurrence])).toEqual([['按月', 'monthly']]);
    expect(unitsByTask(doc)['规范劳务报酬发放'].map((u) => u[1])).toEqual(['北京市东城区人力资源和社会保障局', '北京市规划和自然资源委员会东城分局']);
  });

  it("reads a CPPCC committee's table of consultations: its own committees, the city's departments as co-hosts, the city as region", async () => {
    const doc = await run(`政协宁波市委员会关于印发《政协宁波市委员会2026年度协商工作计划》的通知
各专门委员会，政协各县（市、区）委员会：
现将《政协宁波市委员会2026年度协商工作计划》印发给你们，请认真组织实施。
政协宁波市委员会
2026年2月6日
政协宁波市委员会2026年度协商工作计划
一、协商议题和形式
序号\t协商议题\t协商形式\t牵头单位\t协办单位\t时间安排
1\t推进全域土地综合整治\t专题协商会\t经济委员会\t市自然资源规划局、各专门委员会\t第二季度
`);
    expect(doc.metadata.region).toBe('宁波市');
    expect(unitsByTask(doc)['推进全域土地综合整治'].map((u) => [u[1], u[2]])).toEqual([
      ['政协宁波市委员会经济委员会', 'lead'],
      ['宁波市自然资源和规划局', 'co'],
      ['政协宁波市委员会各专门委员会', 'co'],
    ]);
    expect(doc.tasks[0].deadlines.map((d) => d.date)).toEqual(['2026-06-30']);
  });

  it("names a civil air defence office's own divisions under it, and counts sites per visit", async () => {
    const doc = await run(`重庆市人民防空办公室关于印发《2026年全市人民防空工作要点》的通知
各区县（自治县）人防办，市人防办机关各处室：
现将《2026年全市人民防空工作要点》印发给你们，请认真贯彻落实。
重庆市人民防空办公室
2026年2月16日
2026年全市人民防空工作要点
一、加强人防工程建设
（一）强化质量监管。全年对在建人防工程开展质量安全监督检查不少于600处次。（工程处牵头，政策法规处配合，各区县人防办落实）
`);
    expect(unitsByTask(doc)['强化质量监管'].map((u) => u[1])).toEqual([
      '重庆市人民防空办公室工程处',
      '重庆市人民防空办公室政策法规处',
      '重庆市各区县人民防空办公室',
    ]);
    expect(doc.tasks[0].targets.map((x) => [x.comparator, x.value, x.unit])).toEqual([['gte', 600, '处次']]);
  });
});
