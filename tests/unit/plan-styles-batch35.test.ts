/**
 * Whole plans in styles met in the held-out set's batch 35, through the pipeline: two cities' joint plan (each
 * city's departments listed after its name once), two ministries' general offices with a table of provinces, a
 * province's coal-mine safety plan (a column of what exists, a rate per output), a state-level new area's departments
 * (`新区…`), a district bureau's plan named by its district alone, and a county's task table with its leaders.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 35', () => {
  it("gives a joint plan's departments listed bare the place named before them, and each city's own bodies their place", async () => {
    const doc = await run(`宁波市人民政府办公厅　舟山市人民政府办公室关于联合印发《宁波舟山港绿色低碳港口建设三年行动方案（2026—2028年）》的通知
甬政办发〔2026〕18号
宁波市各区（县、市）人民政府，舟山市各县（区）人民政府：
《宁波舟山港绿色低碳港口建设三年行动方案（2026—2028年）》已经两市人民政府同意，现联合印发给你们，请认真组织实施。
宁波市人民政府办公厅
舟山市人民政府办公室
2026年3月20日
宁波舟山港绿色低碳港口建设三年行动方案（2026—2028年）
一、重点任务
（一）建设港区分布式新能源。港区光伏装机容量达到60万千瓦。（责任单位：宁波市发展改革委、自然资源和规划局，舟山市发展改革委、自然资源和规划局，宁波海事局、舟山海事局）
（二）加强组织领导。建立联席会议制度。（宁波市交通运输局、舟山市港航和口岸管理局牵头，两市有关部门配合）
`);
    expect(doc.metadata.title).toBe('宁波舟山港绿色低碳港口建设三年行动方案（2026—2028年）');
    expect(doc.metadata.docType).toBe('行动方案');
    expect(doc.metadata.issuers).toEqual(['宁波市人民政府办公厅', '舟山市人民政府办公室']);
    expect(doc.metadata.issueDate).toBe('2026-03-20');
    const units = unitsByTask(doc);
    expect(units['建设港区分布式新能源'].map(([name, canonical]) => [name, canonical])).toEqual([
      ['宁波市发展改革委', '宁波市发展和改革委员会'],
      ['宁波市自然资源和规划局', '宁波市自然资源和规划局'],
      ['舟山市发展改革委', '舟山市发展和改革委员会'],
      ['舟山市自然资源和规划局', '舟山市自然资源和规划局'],
      ['宁波海事局', '中华人民共和国宁波海事局'],
      ['舟山海事局', '中华人民共和国舟山海事局'],
    ]);
    // (`两市有关部门` names no body)
    expect(units['加强组织领导'].map(([name, , role]) => [name, role])).toEqual([
      ['宁波市交通运输局', 'lead'],
      ['舟山市港航和口岸管理局', 'lead'],
    ]);
  });

  it("spells out the general offices of ministries that sign short, reads the plan as the country's and a table of provinces", async () => {
    const doc = await run(`住房城乡建设部办公厅　国家发展改革委办公厅关于印发《城市燃气管道等老化更新改造2026年工作方案》的通知
建办城〔2026〕9号
各省、自治区住房城乡建设厅、发展改革委：
现将《城市燃气管道等老化更新改造2026年工作方案》印发给你们，请认真贯彻落实。
住房城乡建设部办公厅
国家发展改革委办公厅
2026年2月26日
城市燃气管道等老化更新改造2026年工作方案
一、重点任务
（一）统筹推进供水管道老化更新改造。重点改造材质落后、使用年限超过30年、漏损严重的供水管道，改造老旧二次供水设施8000座以上。
附件
2026年城市燃气管道等老化更新改造各省份年度任务
省份\t燃气管道（公里）\t供水管道（公里）
河北省\t1350\t980
辽宁省\t1120\t—
`);
    expect(doc.metadata.issuers).toEqual(['住房和城乡建设部办公厅', '国家发展和改革委员会办公厅']);
    expect(doc.metadata.region).toBe('全国');
    expect(doc.tasks[0].targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([['gte', 8000, '座']]);
    expect(doc.targets.map((t) => [t.value, t.unit, t.year])).toEqual([
      [1350, '公里', 2026],
      [980, '公里', 2026],
      [1120, '公里', 2026],
    ]);
  });

  it('reads no target in a column of what exists, nor in a list whose first item ends in a verb; a rate per output has none', async () => {
    const doc = await run(`山西省2026年煤矿安全生产专项整治工作方案
一、工作目标
全年煤矿百万吨死亡率控制在0.03以下。
二、重点任务
（一）严格执行重大事故隐患判定标准。聚焦超能力生产、瓦斯超限作业、隐蔽工作面作业等十八项重点情形开展排查。（责任单位：省能源局）
（二）加大监督检查力度。全年对全省煤矿开展执法检查不少于1000座次。（责任单位：省应急厅）
附件
各市煤矿智能化建设任务
市\t现有生产建设煤矿（座）\t智能化采煤工作面（个）
太原市\t38\t16
大同市\t72\t52
`);
    expect(doc.targets.map((t) => [t.text, t.comparator, t.value, t.unit])).toEqual([
      ['全年煤矿百万吨死亡率控制在0.03以下', 'lte', 0.03, null],
      ['太原市\t38\t16', 'eq', 16, '个'],
      ['大同市\t72\t52', 'eq', 52, '个'],
    ]);
    expect(doc.tasks.map((t) => [t.title, t.targets.map((g) => [g.comparator, g.value, g.unit])])).toEqual([
      ['严格执行重大事故隐患判定标准', []],
      ['加大监督检查力度', [['gte', 1000, '座次']]],
    ]);
  });

  it("names a state-level new area's departments by its 新区 level, and counties listed before one government each", async () => {
    const doc = await run(`河北雄安新区管理委员会关于印发《雄安新区2026年数字城市建设工作要点》的通知
雄安管发〔2026〕5号
各片区管委会，新区各部门：
现将《雄安新区2026年数字城市建设工作要点》印发给你们，请认真贯彻落实。
河北雄安新区管理委员会
2026年3月6日
雄安新区2026年数字城市建设工作要点
一、重点任务
（一）推进城市感知设施统一接入。新增城市感知终端2万个。（责任单位：新区建设和交通管理局、综合执法局、生态环境局）
（二）提升千兆光网承载能力。新增10G-PON端口5000个。（责任单位：新区建设和交通管理局，雄县、容城县、安新县人民政府）
`);
    expect(doc.metadata.region).toBe('河北雄安新区');
    const units = unitsByTask(doc);
    expect(units['推进城市感知设施统一接入'].map(([name, canonical]) => [name, canonical])).toEqual([
      ['新区建设和交通管理局', '河北雄安新区建设和交通管理局'],
      ['新区综合执法局', '河北雄安新区综合行政执法局'],
      ['新区生态环境局', '河北雄安新区生态环境局'],
    ]);
    expect(units['提升千兆光网承载能力'].map(([name]) => name)).toEqual(['新区建设和交通管理局', '雄县人民政府', '容城县人民政府', '安新县人民政府']);
  });

  it("reads a district bureau's plan as its city's district, and a short name given after a role the office plays", async () => {
    const doc = await run(`成都市武侯区民政局关于印发《武侯区2026年社区老年助餐服务提升行动方案》的通知
武民发〔2026〕7号
各街道办事处，区级有关部门：
现将《武侯区2026年社区老年助餐服务提升行动方案》印发给你们，请认真组织实施。
成都市武侯区民政局
2026年2月11日
武侯区2026年社区老年助餐服务提升行动方案
一、重点任务
（一）引导社会力量广泛参与。充分发挥区老龄工作委员会办公室（设在区民政局，以下简称区老龄办）统筹协调作用，鼓励爱心企业支持老年助餐服务。（责任单位：区老龄办、区民政局）
`);
    expect(doc.metadata.region).toBe('成都市武侯区');
    expect(unitsByTask(doc)['引导社会力量广泛参与'].map(([name, canonical]) => [name, canonical])).toEqual([
      ['区老龄办', '成都市武侯区老龄工作委员会办公室'],
      ['区民政局', '成都市武侯区民政局'],
    ]);
  });

  it("reads a county's task table with its leaders as a 分解表, and both steps of a due cell", async () => {
    const doc = await run(`中共修水县委办公室　修水县人民政府办公室印发《修水县2026年县委县政府重点工作任务分解表》的通知
修办字〔2026〕5号
各乡镇党委、政府，县直各单位：
《修水县2026年县委县政府重点工作任务分解表》已经县委、县政府同意，现印发给你们，请认真抓好落实。
中共修水县委办公室
修水县人民政府办公室
2026年2月27日
修水县2026年县委县政府重点工作任务分解表
序号\t重点任务\t责任县领导\t牵头单位\t配合单位\t完成时限
1\t加强水利基础设施建设。新建改造农村供水工程40处。\t副县长 黄某某\t县水利局\t县发改委、县财政局\t2026年6月完成主体工程，2026年12月全面完工
`);
    expect(doc.metadata.docType).toBe('分解表');
    expect(doc.tasks.map((t) => [t.title, t.deadlines.map((d) => [d.text, d.date])])).toEqual([
      [
        '加强水利基础设施建设',
        [
          ['2026年6月', '2026-06-30'],
          ['2026年12月', '2026-12-31'],
        ],
      ],
    ]);
  });
});
