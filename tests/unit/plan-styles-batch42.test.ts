/**
 * Whole plans in styles met in the held-out set's batch 42: a province's 中医药 plan, a 九五 普法 plan titled
 * `关于…`, an aid headquarters' plan for the prefecture it aids, a housing fund centre's own work points, a 残联's and a
 * 疾控局's plans naming other bodies' offices.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 42', () => {
  it("joins every level's commission with a forest district's, and reads no target in an age in months or years", async () => {
    const doc = await run(`湖北省中医药传承创新发展三年行动方案（2026—2028年）
一、重点任务
1.发挥中医药在重大疾病防治中的作用。2026年9月底前，组建省级中医药应急救治专家库，入库专家不少于200名。建设省级中医疫病防治基地3个，0—36个月儿童中医药健康管理率达到85%以上。支持70周岁以下、身体健康的退休中医医师到基层执业。（省中医药管理局牵头，省疾控局、各市、州、直管市、神农架林区卫生健康委按职责分工负责）
`);
    expect(unitsByTask(doc)['发挥中医药在重大疾病防治中的作用'].map((u) => u[1])).toEqual([
      '湖北省中医药管理局',
      '湖北省疾病预防控制局',
      '湖北省各市、州、直管市、神农架林区卫生健康委员会',
    ]);
    expect(doc.tasks[0].targets.map((x) => [x.value, x.unit])).toEqual([
      [200, '名'],
      [3, '个'],
      [85, '%'],
    ]);
  });

  it("takes a 关于… title's region from its issuers, and an aid headquarters' from the place it aids", async () => {
    const pufa = await run(`中共广东省委宣传部　广东省司法厅关于印发《关于在全省公民中开展法治宣传教育的第九个五年规划（2026—2030年）》的通知
各地级以上市党委宣传部、司法局：
现将《关于在全省公民中开展法治宣传教育的第九个五年规划（2026—2030年）》印发给你们，请认真贯彻执行。
中共广东省委宣传部　　　广东省司法厅
2026年6月18日
关于在全省公民中开展法治宣传教育的第九个五年规划（2026—2030年）
一、主要任务
（一）深入学习宣传宪法。每年12月4日组织开展国家宪法日活动。（省司法厅负责）
`);
    expect(pufa.metadata.region).toBe('广东省');
    expect(unitsByTask(pufa)['深入学习宣传宪法'].map((u) => u[1])).toEqual(['广东省司法厅']);
    const aid = await run(`江苏省对口支援新疆克孜勒苏柯尔克孜自治州前方指挥部　克孜勒苏柯尔克孜自治州人民政府关于印发《2026年江苏对口支援克州工作计划》的通知
前指各工作组，州直各部门：
现将《2026年江苏对口支援克州工作计划》印发给你们，请认真抓好落实。
江苏省对口支援新疆克孜勒苏柯尔克孜自治州前方指挥部
克孜勒苏柯尔克孜自治州人民政府
2026年3月6日
2026年江苏对口支援克州工作计划
本计划由江苏省对口支援新疆克孜勒苏柯尔克孜自治州前方指挥部（以下简称江苏援克前指）组织实施。
一、主要任务
（一）产业援疆。引进落地项目10个以上。（江苏援克前指、州发展改革委负责）
`);
    expect(aid.metadata.region).toBe('克孜勒苏柯尔克孜自治州');
    expect(unitsByTask(aid)['产业援疆'].map((u) => u[1])).toEqual([
      '江苏省对口支援新疆克孜勒苏柯尔克孜自治州前方指挥部',
      '克孜勒苏柯尔克孜自治州发展和改革委员会',
    ]);
  });

  it("names a housing fund centre's own offices and branch centres under it", async () => {
    const doc = await run(`嘉兴市住房公积金管理中心关于印发《嘉兴市住房公积金管理中心2026年工作要点》的通知
各分中心、中心各处室：
现将《嘉兴市住房公积金管理中心2026年工作要点》印发给你们，请认真贯彻落实。
嘉兴市住房公积金管理中心
2026年2月10日
嘉兴市住房公积金管理中心2026年工作要点
一、扩面提质
1.扩大缴存覆盖面。全年新增缴存职工6万人。【责任处室】归集管理处、各分中心、海宁分中心
`);
    expect(unitsByTask(doc)['扩大缴存覆盖面'].map((u) => u[1])).toEqual([
      '嘉兴市住房公积金管理中心归集管理处',
      '嘉兴市住房公积金管理中心各分中心',
      '嘉兴市住房公积金管理中心海宁分中心',
    ]);
  });

  it("spells out a department's short name before its office, keeps another department's office its own, and counts doses and stops", async () => {
    const doc = await run(`成都市疾病预防控制局关于印发《2026年全市疾病预防控制工作要点》的通知
各区（市）县疾控局，局机关各处室：
现将《2026年全市疾病预防控制工作要点》印发给你们，请认真贯彻落实。
成都市疾病预防控制局
2026年2月26日
2026年全市疾病预防控制工作要点
一、重点工作
（一）做好免疫规划。完成接种不少于45万剂次，流动科技馆每年巡展不少于80站次，每个接种点至少配备1套冷链设备和1面宣传展板。（传染病防治处、市卫生健康委医政处、省残联康复部、市机管局负责）
`);
    expect(unitsByTask(doc)['做好免疫规划'].map((u) => u[1])).toEqual([
      '成都市疾病预防控制局传染病防治处',
      '成都市卫生健康委员会医政处',
      '省残疾人联合会康复部',
      '成都市机关事务管理局',
    ]);
    expect(doc.tasks[0].targets.map((x) => [x.comparator, x.value, x.unit])).toEqual([
      ['gte', 450000, '剂次'],
      ['gte', 80, '站次'],
      ['gte', 1, '套'],
      ['gte', 1, '面'],
    ]);
  });
});
