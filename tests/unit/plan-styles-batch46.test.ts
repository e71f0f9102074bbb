/**
 * Whole plans in styles met in the held-out set's batch 46: a people's congress standing committee's supervision plan
 * naming its committees bare, an event plan whose working groups open with the clause their items share, an autumn-winter
 * air campaign with unit-first duty paragraphs and last season's figures, a national ministry's notice signed by two
 * offices and naming departments of ministries, a provincial plan whose attachment table lists every city's offices.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 46', () => {
  it("names a congress's committees as its own, and reads the quarter and the report period of its items", async () => {
    const doc = await run(`广州市人民代表大会常务委员会办公厅关于印发《广州市人大常委会2026年监督工作计划》的通知
各区人大常委会，市人大各专门委员会，常委会各工作机构：
现将《广州市人大常委会2026年监督工作计划》印发给你们，请认真贯彻落实。计划中列第一位的为牵头单位，其他为配合单位。
广州市人民代表大会常务委员会办公厅
2026年1月23日
广州市人大常委会2026年监督工作计划
一、听取和审议专项工作报告
1.听取和审议市人民政府关于2026年上半年预算执行情况的报告。拟安排在8月份常委会会议。由预算工作委员会负责，财政经济委员会配合。
二、执法检查
1.《广州市流溪河流域保护条例》执法检查。三季度采取市、区联动方式开展检查。由城乡建设环境与资源保护委员会会同从化区、白云区人大常委会负责。
三、其他
1.加强监督工作统筹协调。各专门委员会每季度向主任会议报告监督工作推进情况。由办公厅负责。
`);
    const units = unitsByTask(doc);
    expect(units['听取和审议市人民政府关于2026年上半年预算执行情况的报告']).toEqual([
      ['预算工作委员会', '广州市人民代表大会常务委员会预算工作委员会', 'lead'],
      ['财政经济委员会', '广州市人民代表大会财政经济委员会', 'co'],
    ]);
    expect(units['《广州市流溪河流域保护条例》执法检查']).toEqual([
      ['城乡建设环境与资源保护委员会', '广州市人民代表大会城乡建设环境与资源保护委员会', 'lead'],
      ['从化区人大常委会', '广州市从化区人民代表大会常务委员会', 'co'],
      ['白云区人大常委会', '广州市白云区人民代表大会常务委员会', 'co'],
    ]);
    expect(units['加强监督工作统筹协调']).toEqual([['办公厅', '广州市人民代表大会常务委员会办公厅', 'lead']]);
    const deadlines = (title: string) => doc.tasks.find((t) => t.title === title)!.deadlines.map((d) => [d.text, d.date]);
    // (the half year the report is about is no date; the month of the meeting is)
    expect(deadlines('听取和审议市人民政府关于2026年上半年预算执行情况的报告')).toEqual([['8月份', '2026-08-31']]);
    // (a quarter opening a sentence that says what is done then)
    expect(deadlines('《广州市流溪河流域保护条例》执法检查')).toEqual([['三季度', '2026-09-30']]);
  });

  it('gives the clause a working group opens with to each of its items, and the group is no task', async () => {
    const doc = await run(`2026年榕江“村超”工作方案
一、赛事安排
（一）赛事时间。小组赛阶段为2026年5月—6月，总决赛于2026年8月8日举行。
二、职责分工
（一）赛事组织组
由县文体广电旅游局牵头，县教育局、团县委配合。
1.完成场馆设施改造提升。4月30日前完成球场看台改造。
2.组建赛事志愿服务队伍。招募赛事志愿者1000名以上，二季度组织志愿者培训3期。
（二）医疗保障组
由县卫生健康局牵头，县人民医院、中医医院，县市场监管局配合。
1.做好赛场医疗救护。每场比赛配备救护车2辆。
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['完成场馆设施改造提升', '组建赛事志愿服务队伍', '做好赛场医疗救护']);
    const units = unitsByTask(doc);
    for (const title of ['完成场馆设施改造提升', '组建赛事志愿服务队伍']) {
      expect(units[title].map((u) => [u[0], u[2]])).toEqual([
        ['县文体广电旅游局', 'lead'],
        ['县教育局', 'co'],
        ['团县委', 'co'],
      ]);
    }
    // (an institution whose level the name before it gives, `县人民医院、中医医院`)
    expect(units['做好赛场医疗救护'].map((u) => [u[0], u[2]])).toEqual([
      ['县卫生健康局', 'lead'],
      ['县人民医院', 'co'],
      ['县中医医院', 'co'],
      ['县市场监管局', 'co'],
    ]);
    const volunteers = doc.tasks.find((t) => t.title === '组建赛事志愿服务队伍')!;
    expect(volunteers.deadlines.map((d) => [d.text, d.date])).toEqual([['二季度', '2026-06-30']]);
  });

  it("reads unit-first duty paragraphs, a campaign's own time and dates, and drops the last season's figures", async () => {
    const doc = await run(`石家庄市2026—2027年秋冬季大气污染综合治理攻坚行动方案
一、上一秋冬季情况
2025—2026年秋冬季（2025年10月1日至2026年3月31日），全市PM2.5平均浓度为61.4微克/立方米，同比下降5.1%；优良天数为96天，重污染天数18天。
二、工作目标
攻坚期为2026年10月1日至2027年3月31日。攻坚期内，全市PM2.5平均浓度控制在58微克/立方米以内，优良天数比率同比提高2个百分点。
三、职责分工
市生态环境局：负责统筹协调攻坚行动，每日调度空气质量。
市交通运输局：负责推进运输结构调整，攻坚期内全市铁路货运量同比增长8%以上。
`);
    expect(doc.targets.map((t) => [t.comparator, t.value, t.unit, t.year])).toEqual([
      ['lte', 58, '微克/立方米', 2027],
      ['eq', 2, '百分点', 2027],
    ]);
    expect(doc.deadlines.map((d) => [d.text, d.kind, d.date])).toEqual([['2026年10月1日至2027年3月31日', 'period', '2027-03-31']]);
    const units = unitsByTask(doc);
    expect(units['市生态环境局']).toEqual([['市生态环境局', '石家庄市生态环境局', 'responsible']]);
    const transport = doc.tasks.find((t) => t.title === '市交通运输局')!;
    expect(transport.targets.map((t) => [t.comparator, t.value, t.unit, t.year])).toEqual([['gte', 8, '%', 2027]]);
  });

  it("reads a notice signed by two ministries' offices, and names their departments in full", async () => {
    const doc = await run(`国家卫生健康委办公厅　国家疾控局综合司关于印发医疗机构感染预防与控制能力提升行动方案（2026—2027年）的通知
国卫办医政发〔2026〕11号
各省、自治区、直辖市卫生健康委、疾控局：
现将《医疗机构感染预防与控制能力提升行动方案（2026—2027年）》印发给你们，请认真贯彻执行。
国家卫生健康委办公厅
国家疾控局综合司
2026年3月26日
医疗机构感染预防与控制能力提升行动方案（2026—2027年）
一、重点任务
（一）健全感染防控制度。修订医院感染管理相关标准3项。（国家卫生健康委医政司、国家疾控局传染病防控司按职责分工负责）
（二）开展全员培训。培训感染防控专职人员5万人次。（国家卫生健康委医政司、医院管理研究所按职责分工负责）
`);
    expect(doc.metadata.issuers).toEqual(['国家卫生健康委员会办公厅', '国家疾病预防控制局综合司']);
    const units = unitsByTask(doc);
    expect(units['健全感染防控制度'].map((u) => u[1])).toEqual(['国家卫生健康委员会医政司', '国家疾病预防控制局传染病防控司']);
    expect(units['开展全员培训'].map((u) => [u[0], u[1]])).toEqual([
      ['国家卫生健康委医政司', '国家卫生健康委员会医政司'],
      // (the ministry's name the department before it carries)
      ['国家卫生健康委医院管理研究所', '国家卫生健康委员会医院管理研究所'],
    ]);
  });

  it("restores every city's offices with the bracket of levels, and reads computing power and content by weight", async () => {
    const doc = await run(`四川省2026年农村厕所革命整村推进实施方案
一、重点任务
（一）科学编制年度改厕计划。新建智能算力规模不少于6000PFlops，耕地有机质含量平均提高3克/千克以上。（责任单位：各市（州）党委农办、农业农村局）
`);
    expect(unitsByTask(doc)['科学编制年度改厕计划'].map((u) => [u[0], u[1]])).toEqual([
      ['各市（州）党委农办', '四川省各市（州）党委农村工作领导小组办公室'],
      ['各市（州）农业农村局', '四川省各市（州）农业农村局'],
    ]);
    expect(doc.tasks[0].targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['gte', 6000, 'PFLOPS'],
      ['gte', 3, '克/千克'],
    ]);
  });
});
