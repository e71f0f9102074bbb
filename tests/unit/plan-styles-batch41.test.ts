/**
 * Whole plans in styles met in the held-out set's batch 41: a joint notice raising social assistance standards, a
 * civilised-city assessment's task table, a city's poverty-relapse monitoring in prose clauses, a fire-prevention
 * season across the year end, a provincial drug regulator's campaign.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 41', () => {
  it("reads a department's offices listed after one of them, every city's and a special zone's bureaus, and standards raised from a bound", async () => {
    const doc = await run(`河南省民政厅　河南省财政厅关于提高2026年全省城乡低保标准的通知
一、提高保障标准
（一）提高城市低保标准。自2026年7月1日起，全省城市低保标准由每人每月不低于660元提高到每人每月不低于700元，低保金按月发放。（责任单位：各省辖市、济源示范区民政局、财政局）
（二）提高农村低保标准。全省农村低保标准由不低于5160元/人·年提高到不低于5580元/人·年。特困人员基本生活标准不低于当地城市低保标准的1.3倍。（省民政厅社会救助处、社会事务处按职责分工负责）
（三）足额安排救助资金。中央和省级财政已提前下达我省困难群众救助补助资金124.6亿元。村（社区）要明确1名社会救助协理员。（省财政厅社会保障处负责）
`);
    const units = unitsByTask(doc);
    expect(units['提高城市低保标准'].map((u) => u[0])).toEqual(['各省辖市、济源示范区民政局', '各省辖市、济源示范区财政局']);
    expect(units['提高农村低保标准'].map((u) => u[0])).toEqual(['省民政厅社会救助处', '省民政厅社会事务处']);
    expect(doc.tasks.map((t) => t.targets.map((x) => [x.comparator, x.value, x.unit]))).toEqual([
      [['gte', 700, '元']],
      [['gte', 5580, '元/人·年'], ['gte', 1.3, '倍']],
      [['eq', 1, '名']],
    ]);
    expect(doc.tasks[0].deadlines.map((d) => [d.text, d.recurrence])).toEqual([['按月', 'monthly']]);
  });

  it("reads an assessment table's items with their content column; no weight or grade of standard as a target; a one-year plan's 同比 as one", async () => {
    const doc = await run(`绵阳市2026年全国文明城市创建测评任务分解表
序号\t测评项目\t测评内容及要求\t牵头单位\t责任单位\t完成时限
1\t社会治安综合治理\t刑事案件立案数同比下降5%，群众安全感保持在98%以上。\t市公安局\t市委政法委\t长期坚持
2\t农贸市场规范管理\t改造提升农贸市场12个，市场内公厕达到二类以上标准。\t市商务局\t市市场监管局\t2026年10月底前
3\t测评迎检\t问卷调查在测评总成绩中的权重为20%，确保测评总成绩达到90分以上。\t市文明办\t各县（市、区）\t2026年8月底前
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['社会治安综合治理', '农贸市场规范管理', '测评迎检']);
    expect(doc.tasks.map((t) => t.targets.map((x) => [x.comparator, x.value, x.unit]))).toEqual([
      [['eq', 5, '%'], ['gte', 98, '%']],
      [['eq', 12, '个']],
      [['gte', 90, '分']],
    ]);
  });

  it('reads a prose clause closing a paragraph with a people\'s organisation and one-character counties sharing their government', async () => {
    const doc = await run(`定西市2026年防止返贫动态监测和帮扶工作方案
一、重点任务
（一）稳定扩大脱贫劳动力就业。一是强化劳务输转，全面完成2025年度项目资产确权移交，项目资产确权登记率达到100%。二是落实困难残疾人生活补贴和重度残疾人护理补贴，两项补贴精准发放率达到100%。市人社局牵头，市总工会、残联配合，安定区、漳县、岷县人民政府抓好落实。
`);
    expect(unitsByTask(doc)['稳定扩大脱贫劳动力就业'].map((u) => [u[1], u[2]])).toEqual([
      ['定西市人力资源和社会保障局', 'lead'],
      ['定西市总工会', 'co'],
      ['定西市残疾人联合会', 'co'],
      ['定西市安定区人民政府', 'co'],
      ['定西市漳县人民政府', 'co'],
      ['定西市岷县人民政府', 'co'],
    ]);
    expect(doc.tasks[0].targets.map((x) => [x.value, x.year])).toEqual([[100, 2026], [100, 2026]]);
  });

  it("dates a season's months across the year end, joins every district's committee, and reads a level raised from a year's end", async () => {
    const doc = await run(`沈阳市消防安全委员会办公室关于印发《沈阳市今冬明春火灾防控工作方案》的通知
各区、县（市）消防安全委员会：
现将《沈阳市今冬明春火灾防控工作方案》印发给你们，请认真贯彻执行。
沈阳市消防安全委员会办公室
2026年10月26日
沈阳市今冬明春火灾防控工作方案
一、时间安排
今冬明春火灾防控工作时间为2026年11月1日至2027年3月31日。
二、重点任务
（一）开展隐患排查。11月30日前完成全市87个大型商业综合体达标评估，系统信息录入率由2025年底的86%提高到98%以上；1月31日前完成复查。（各区、县（市）消防安全委员会负责，辽中区、康平县、法库县消防安全委员会配合）
（二）强化督导检查。市消安委办会同市应急局组成6个督导组，3月20日前完成督导。（市应急局负责）
`);
    expect(doc.metadata.period).toEqual({ start: 2026, end: 2027 });
    const tasks = doc.tasks.slice(-2);
    expect(tasks.map((t) => t.deadlines.map((d) => d.date))).toEqual([['2026-11-30', '2027-01-31'], ['2027-03-20']]);
    expect(unitsByTask(doc)['开展隐患排查'].map((u) => u[0])).toEqual([
      '各区、县（市）消防安全委员会',
      '辽中区消防安全委员会',
      '康平县消防安全委员会',
      '法库县消防安全委员会',
    ]);
    expect(tasks.map((t) => t.targets.map((x) => [x.comparator, x.value, x.unit]))).toEqual([
      [['eq', 87, '个'], ['gte', 98, '%']],
      [['eq', 6, '个']],
    ]);
  });

  it("leaves a campaign's 整治重点 out of its tasks, reads a breakdown by 检查分局, its own branches and an institute's defined short name", async () => {
    const doc = await run(`江苏省药品监督管理局关于印发《2026年药品安全专项整治工作方案》的通知
各检查分局：
现将《2026年药品安全专项整治工作方案》印发给你们，请认真贯彻落实。技术支撑单位包括江苏省药品监督检验研究院（以下简称“省药检院”）。
江苏省药品监督管理局
2026年2月27日
2026年药品安全专项整治工作方案
一、整治重点
（一）药品生产环节。重点整治未按规定变更生产工艺等行为。
二、工作措施
（一）强化监督抽检。全年完成药品抽检3000批次以上。（省药检院、各检查分局负责）
附件
检查分局\t药品抽检（批次）\t医疗器械抽检（批次）
南京检查分局\t330\t90
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['强化监督抽检']);
    expect(unitsByTask(doc)['强化监督抽检'].map((u) => u[1])).toEqual(['江苏省药品监督检验研究院', '江苏省药品监督管理局各检查分局']);
    expect(doc.targets.map((x) => [x.value, x.unit])).toEqual([[330, '批次'], [90, '批次']]);
  });
});
