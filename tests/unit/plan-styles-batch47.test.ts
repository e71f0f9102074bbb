/**
 * Whole plans in styles met in the held-out set's batch 47: leads marked with a star, a part's units given once after
 * its items (`以上任务由…`), a Youth League committee naming its own departments, an emergency drill with working groups and
 * unit-first duties, a school safety plan with the posts that answer for a checklist, a joint plan of three provinces'
 * districts, and a PDF that lost the `、` and the `：` at its lines' ends.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 47', () => {
  it('reads starred units as the leads of their clause, the others as cooperating', async () => {
    const doc = await run(`大连市加快建设东北亚国际航运中心行动方案（2026—2027年）
一、重点任务
1.拓展集装箱航线。新开国际航线10条。（责任单位：市交通运输局（市港口与口岸局）★、大连海关、辽港集团★）
2.发展海铁联运。海铁联运量增长10%。（责任单位：市发展改革委、市商务局）
`);
    const units = unitsByTask(doc);
    expect(units['拓展集装箱航线'].map((u) => [u[0], u[2]])).toEqual([
      ['市交通运输局（市港口与口岸局）', 'lead'],
      ['大连海关', 'co'],
      ['辽港集团', 'lead'],
    ]);
    // (a clause without a star keeps its roles)
    expect(units['发展海铁联运'].map((u) => u[2])).toEqual(['responsible', 'responsible']);
  });

  it("gives a part's closing `以上任务由…` clause to each of its items, even when it names a college", async () => {
    const doc = await run(`宁德市锂电新能源产业集群高质量发展行动方案（2026—2028年）
一、实施科技创新策源行动
（一）建设高能级创新平台。新建国家级创新平台5个以上。
（二）开展关键核心技术攻关。突破关键技术20项。
以上任务由市科技局牵头，市工信局、教育局，宁德师范学院、宁德时代新能源科技股份有限公司配合。
`);
    const units = unitsByTask(doc);
    for (const title of ['建设高能级创新平台', '开展关键核心技术攻关']) {
      expect(units[title].map((u) => [u[0], u[2]])).toEqual([
        ['市科技局', 'lead'],
        ['市工信局', 'co'],
        ['市教育局', 'co'],
        ['宁德师范学院', 'co'],
        ['宁德时代新能源科技股份有限公司', 'co'],
      ]);
    }
  });

  it("names a Youth League committee's own departments under it, not the committees below it", async () => {
    const doc = await run(`共青团广东省委员会关于印发《2026年广东共青团服务青年发展工作要点》的通知
各地级以上市团委：
现将《2026年广东共青团服务青年发展工作要点》印发给你们，请结合实际认真贯彻落实。
共青团广东省委员会
2026年2月10日
2026年广东共青团服务青年发展工作要点
一、重点工作
1.促进青年就业创业。提供青年就业见习岗位3万个。（责任部门：青年发展部、学校部）
2.加强基层团组织建设。（责任部门：组织部、各地级以上市团委、省青联秘书处）
`);
    const units = unitsByTask(doc);
    expect(units['促进青年就业创业']).toEqual([
      ['青年发展部', '共青团广东省委员会青年发展部', 'responsible'],
      ['学校部', '共青团广东省委员会学校部', 'responsible'],
    ]);
    expect(units['加强基层团组织建设'].map((u) => [u[0], u[1]])).toEqual([
      ['组织部', '共青团广东省委员会组织部'],
      ['各地级以上市团委', '广东省各地级以上市团委'],
      ['省青联秘书处', '广东省青年联合会秘书处'],
    ]);
  });

  it("reads a drill's working groups, its unit-first duties and its day, and frames it by its time, aim and scenario", async () => {
    const doc = await run(`江北区2026年防汛抢险综合应急演练方案
一、演练目的
检验防汛应急预案，提升抢险救援能力。
二、演练时间、地点和规模
（一）演练时间。2026年6月18日（星期四）9:30—11:30。如遇长江寸滩站实际水位超过175米，演练时间另行通知。
三、组织机构及职责分工
（一）综合协调组。由区政府办公室牵头，区应急局、区水利局、寸滩街道参加。负责演练的总体协调，演练当日7:30前完成现场布置。
四、参演单位职责
区应急局：负责演练的组织实施，调派队员40人、冲锋舟2艘、抢险车辆3台参演。
区水利局：负责提供水情信息。
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['综合协调组', '区应急局', '区水利局']);
    const units = unitsByTask(doc);
    expect(units['综合协调组'].map((u) => [u[0], u[2]])).toEqual([
      ['区政府办公室', 'lead'],
      ['区应急局', 'co'],
      ['区水利局', 'co'],
      ['寸滩街道', 'co'],
    ]);
    expect(units['区应急局'].map((u) => [u[0], u[2]])).toEqual([['区应急局', 'responsible']]);
    const group = doc.tasks.find((t) => t.title === '综合协调组')!;
    expect(group.deadlines.map((d) => [d.text, d.date])).toEqual([['演练当日7:30前', '2026-06-18']]);
    const duties = doc.tasks.find((t) => t.title === '区应急局')!;
    expect(duties.targets.map((t) => [t.value, t.unit])).toEqual([
      [40, '人'],
      [2, '艘'],
      [3, '台'],
    ]);
    expect(doc.deadlines.map((d) => [d.text, d.date])).toEqual([['2026年6月18日', '2026-06-18']]);
    expect(doc.metadata.docType).toBe('演练方案');
  });

  it("reads a school checklist's rows as tasks and leaves the posts that answer for them out of the units", async () => {
    const doc = await run(`2026年铜山区中小学校园安全专项整治行动方案
一、重点任务
（一）配齐配强专职保安力量。专职保安员每校不少于2名。（责任科室：安全科、人事科；学校责任人：校长、分管副校长）
附件：校园安全检查清单
序号\t检查项目\t检查内容及标准\t责任人
1\t门卫值守\t专职保安员每校不少于2名，持证上岗率100%\t校长
2\t技防设施\t一键式紧急报警装置覆盖率100%\t分管副校长
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['配齐配强专职保安力量', '门卫值守', '技防设施']);
    expect(unitsByTask(doc)['配齐配强专职保安力量'].map((u) => u[0])).toEqual(['安全科', '人事科']);
    const guards = doc.tasks.find((t) => t.title === '门卫值守')!;
    expect(guards.units).toEqual([]);
    expect(guards.targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([
      ['gte', 2, '名'],
      ['eq', 100, '%'],
    ]);
  });

  it("names a district's departments with its city when an issuer names them so, in a joint plan of three provinces", async () => {
    const doc = await run(`长三角生态绿色一体化发展示范区执行委员会　上海市青浦区人民政府　苏州市吴江区人民政府关于印发《长三角生态绿色一体化发展示范区2026年重点工作安排》的通知
示范区执委会各部门，青浦区、吴江区人民政府各部门：
现将《长三角生态绿色一体化发展示范区2026年重点工作安排》印发给你们，请认真贯彻落实。
长三角生态绿色一体化发展示范区执行委员会
上海市青浦区人民政府
苏州市吴江区人民政府
2026年2月26日
长三角生态绿色一体化发展示范区2026年重点工作安排
一、重点工作
（一）深化跨界水体联保共治。跨界水体断面水质达标率100%。（牵头单位：示范区执委会；配合单位：青浦区水务局、吴江区水利局）
`);
    expect(doc.metadata.docType).toBe('工作安排');
    expect(unitsByTask(doc)['深化跨界水体联保共治'].map((u) => [u[0], u[1]])).toEqual([
      ['示范区执委会', '长三角生态绿色一体化发展示范区执行委员会'],
      ['青浦区水务局', '上海市青浦区水务局'],
      ['吴江区水利局', '苏州市吴江区水利局'],
    ]);
  });

  it('splits names a PDF ran together where it lost the `、`, and reads a key that lost its colon', async () => {
    const doc = await run(`长沙市2026年先进制造业重大项目推进方案
一、重点任务
（一）推动项目早开工。新开工项目100个。
牵头单位：市发展改革委；责任单位市财政局、区住房城乡建设局区公安分局、省民政厅文化和旅游厅、区纪委区监委
`);
    expect(unitsByTask(doc)['推动项目早开工'].map((u) => [u[0], u[2]])).toEqual([
      ['市发展改革委', 'lead'],
      ['市财政局', 'co'],
      ['区住房城乡建设局', 'co'],
      ['区公安分局', 'co'],
      ['省民政厅', 'co'],
      ['省文化和旅游厅', 'co'],
      // (one body: the discipline commission and the supervision commission)
      ['区纪委区监委', 'co'],
    ]);
  });

  it('looks for run-together names past a character outside the BMP after a name (no endless loop)', async () => {
    const doc = await run(`某市2026年工作方案
一、重点任务
（一）推进工作。（责任单位：市财政局𠀀、市教育局😀）
`);
    expect(unitsByTask(doc)['推进工作'].map((u) => u[0])).toEqual(['市财政局𠀀', '市教育局😀']);
  });
});
