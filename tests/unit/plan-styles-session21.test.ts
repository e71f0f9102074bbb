/**
 * Whole plans in styles the held-out set's batches 39 and 40 still got wrong at the start of session 21: a
 * harvest season's breakdown by 镇街, a list of quantities closed by the work it is of, equipment counted in
 * sets; a PDF's spaces beside a month, a time cell listing two months; a sentence `目前` opens without a comma;
 * a count of the partners a body works with.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batches 39 and 40, second look', () => {
  it("reads a breakdown by 镇街 in the column's own unit, quantities a list of work closes, and sets of machines", async () => {
    const doc = await run(`永川区2026年“三秋”生产工作方案
一、重点任务
（一）稳定秋冬菜生产。抓好秋冬种马铃薯2.2万亩、秋冬菜18万亩生产，保障冬春蔬菜市场供应。（责任单位：区农业农村委）
（二）强化农机调度。组织各类农业机械4500台（套）投入“三秋”生产。（责任单位：区农业农村委）
附件
永川区2026年秋冬种油菜播种面积任务分解表
镇街\t油菜播种面积（万亩）\t冬小麦播种面积（亩）
南大街街道\t0.3\t800
双石镇\t0.6\t2000
`);
    expect(doc.tasks.map((t) => t.targets.map((x) => [x.value, x.unit]))).toEqual([
      [[22000, '亩'], [180000, '亩']],
      [[4500, '台（套）']],
    ]);
    expect(doc.targets.map((x) => [x.value, x.unit])).toEqual([[3000, '亩'], [800, '亩'], [6000, '亩'], [2000, '亩']]);
  });

  it("dates a month a PDF set apart with spaces, and each month of a time cell that lists two", async () => {
    const doc = await run(`苏州市人大常委会2026年度立法计划
一、审议项目
1．《苏州市江南水乡古镇保护条例（草案）》。拟于 4 月提请常委会会议第二次审议。（起草单位：市自然资源和规划局；牵头工作机构：市人大常委会城乡建设环境保护工作委员会）
附件
序号\t法规名称\t起草单位\t牵头工作机构\t提请审议时间
1\t苏州市大运河文化保护传承利用条例（草案）\t市文化广电和旅游局\t市人大常委会教育科学文化卫生工作委员会\t6月（第一次审议）、10月（第二次审议）
`);
    expect(doc.tasks.map((t) => t.deadlines.map((d) => [d.text, d.date]))).toEqual([
      [['4 月', '2026-04-30']],
      [['6月（第一次审议）', '2026-06-30'], ['10月（第二次审议）', '2026-10-31']],
    ]);
  });

  it("reads no target in a sentence `目前` opens without a comma, and one in a count of partners after 至少", async () => {
    const doc = await run(`2026年湖北省普通高校招生考试安全保障工作方案
一、工作任务
（一）加强考点建设。目前全省已核定考区17个、考点236个，考务工作人员约6.8万人。全年新建标准化考点10个。（责任单位：省教育考试院）
（二）深化司法社工服务。每个区院至少与1家专业社会组织建立合作关系。（责任单位：省人民检察院）
`);
    expect(doc.tasks.map((t) => t.targets.map((x) => [x.comparator, x.value, x.unit]))).toEqual([
      [['eq', 10, '个']],
      [['gte', 1, '家']],
    ]);
  });

  it("spells out an education department's own offices by their short names", async () => {
    const doc = await run(`湖南省教育厅关于印发《湖南省教育厅2026年工作要点》的通知
各市州教育（体育）局，厅机关各处室、直属各单位：
现将《湖南省教育厅2026年工作要点》印发给你们，请认真贯彻落实。
湖南省教育厅
2026年2月20日
湖南省教育厅2026年工作要点
一、重点任务
（一）推进高等教育内涵发展。实施一流学科建设计划。（高教处牵头，职成处、省电教馆配合）
`);
    expect(doc.metadata.issuers).toEqual(['湖南省教育厅']);
    expect(unitsByTask(doc)['推进高等教育内涵发展'].map((u) => u[1])).toEqual([
      '湖南省教育厅高等教育处',
      '湖南省教育厅职业教育与成人教育处',
      '湖南省电化教育馆',
    ]);
  });

  it("reads the year's plan stated in counts inside 总体要求, and a breakdown by any short label over quantity columns", async () => {
    const doc = await run(`绍兴市人大常委会2026年监督工作计划
一、总体要求
坚持稳中求进。全年计划听取和审议专项工作报告12项，开展执法检查3项，邀请市人大代表参加监督活动不少于300人次。
二、听取和审议专项工作报告
（一）听取和审议市人民政府关于先进制造业集群培育工作情况的报告。确定6家医院为定点救治医院，布置灯杆道旗3000面。（市发展改革委负责）
附件
赛段\t医疗救护点（个）\t急救车（辆）
起点区域\t3\t4
0—10公里\t8\t5
`);
    expect(doc.targets.map((x) => [x.comparator, x.value, x.unit])).toEqual([
      ['eq', 12, '项'],
      ['eq', 3, '项'],
      ['gte', 300, '人次'],
      ['eq', 3, '个'],
      ['eq', 4, '辆'],
      ['eq', 8, '个'],
      ['eq', 5, '辆'],
    ]);
    expect(doc.tasks[0].targets.map((x) => [x.value, x.unit])).toEqual([[6, '家'], [3000, '面']]);
  });
});
