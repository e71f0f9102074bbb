/**
 * Whole plans in styles met in the held-out set's batch 34, through the pipeline: an expo's support plan (its time
 * in an overview, its opening day), a department's work points with a table of its own offices' projects, a
 * prefecture's fire seasons in a time section, an autonomous prefecture's zone named by the prefecture's short name, and
 * a county-level city's bare streets and the short name it gives an office after where the office is set up.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 34', () => {
  it("frames an expo's plan by its time, reads no task in its overview and dates 开幕当日 by its opening", async () => {
    const doc = await run(`第23届中国—东盟博览会服务保障工作方案
一、基本情况
（一）举办时间。博览会时间：2026年9月17日至20日。开幕式于9月17日上午在南宁国际会展中心举行。展馆布展时间为9月12日至16日。
（二）活动规模。本届东博会设国际标准展位约6000个。
二、工作分组
（一）安全保卫组。8月31日前完成安全风险评估；开幕当日7:00前完成场馆清场，设置安检通道80条。
牵头单位：市公安局；成员单位：市应急管理局
`);
    expect(doc.metadata.period).toEqual({ start: 2026, end: 2026 });
    expect(doc.tasks.map((t) => t.title)).toEqual(['安全保卫组']);
    const task = doc.tasks[0];
    expect(task.deadlines.map((d) => [d.text, d.date])).toEqual([
      ['8月31日前', '2026-08-31'],
      ['开幕当日7:00前', '2026-09-17'],
    ]);
    expect(task.targets.map((t) => [t.value, t.unit, t.year])).toEqual([[80, '条', 2026]]);
    // (the overview's dates are the document's; its days are no counts)
    expect(doc.deadlines.map((d) => [d.text, d.kind, d.date])).toEqual([
      ['2026年9月17日至20日', 'period', '2026-09-20'],
      ['9月17日', 'by', '2026-09-17'],
      ['9月12日至16日', 'period', '2026-09-16'],
    ]);
    expect(doc.targets.filter((t) => t.unit === '日')).toEqual([]);
  });

  it("reads a table of its own offices' projects (实施处室) as tasks, and no count in an office's number", async () => {
    const doc = await run(`安徽省审计厅关于印发《安徽省审计厅2026年工作要点》的通知
厅机关各处室，各市审计局：
现将《安徽省审计厅2026年工作要点》印发给你们，请认真贯彻落实。
安徽省审计厅
2026年2月13日
安徽省审计厅2026年工作要点
一、重点工作
（一）开展预算执行审计。对省级预算执行情况开展审计。（责任处室：财政审计一处；责任单位：各市审计局）
附件：安徽省审计厅2026年重点审计项目计划表
安徽省审计厅2026年重点审计项目计划表
序号\t项目名称\t实施处室\t完成时间
1\t2025年度省级决算草案审计\t财政审计一处\t2026年6月
2\t企业职工基本养老保险基金审计\t社会保障审计处\t2026年9月
`);
    expect(doc.tasks.map((t) => [t.title, t.deadlines.map((d) => d.date), t.units.map((u) => [u.name, u.canonical, u.role])])).toEqual([
      [
        '开展预算执行审计',
        [],
        [
          ['财政审计一处', '安徽省审计厅财政审计一处', 'responsible'],
          ['各市审计局', '安徽省各市审计局', 'responsible'],
        ],
      ],
      ['2025年度省级决算草案审计', ['2026-06-30'], [['财政审计一处', '安徽省审计厅财政审计一处', 'responsible']]],
      ['企业职工基本养老保险基金审计', ['2026-09-30'], [['社会保障审计处', '安徽省审计厅社会保障审计处', 'responsible']]],
    ]);
    expect(doc.tasks.flatMap((t) => t.targets)).toEqual([]);
  });

  it("reads a prefecture's fire seasons in its time section as the document's periods", async () => {
    const doc = await run(`大兴安岭地区2026年森林草原防灭火工作方案
一、总体要求
（一）工作目标。森林火灾受害率控制在0.9‰以内。
（二）防火期和重点时段。2026年春季森林草原防火期为3月15日至6月15日，秋季森林草原防火期为9月15日至11月15日。
二、重点任务
（一）严管野外用火。防火期内严禁野外用火。（地区林业和草原局牵头，地区公安局、地委宣传部配合）
`);
    expect(doc.deadlines.map((d) => [d.kind, d.start, d.date])).toEqual([
      ['period', '2026-03-15', '2026-06-15'],
      ['period', '2026-09-15', '2026-11-15'],
    ]);
    expect(unitsByTask(doc)['严管野外用火']).toEqual([
      ['地区林业和草原局', '大兴安岭地区林业和草原局', 'lead'],
      ['地区公安局', '大兴安岭地区公安局', 'co'],
      ['地委宣传部', '大兴安岭地委宣传部', 'co'],
    ]);
  });

  it("names an autonomous prefecture's zone by the zone's own name", async () => {
    const doc = await run(`大理白族自治州人民政府关于印发《大理州2026年洱海保护治理工作要点》的通知
各县（市）人民政府，州直各部门：
现将《大理州2026年洱海保护治理工作要点》印发给你们，请认真贯彻执行。
大理白族自治州人民政府
2026年2月26日
大理州2026年洱海保护治理工作要点
一、重点工作
（一）推进截污治污。新建截污治污管网50公里。（牵头单位：州生态环境局；责任单位：大理经济技术开发区管委会）
`);
    expect(doc.metadata.region).toBe('大理白族自治州');
    expect(unitsByTask(doc)['推进截污治污']).toEqual([
      ['州生态环境局', '大理白族自治州生态环境局', 'lead'],
      ['大理经济技术开发区管委会', '大理经济技术开发区管理委员会', 'co'],
    ]);
  });

  it("reads a short name given after where the office is set up, and a county-level city's bare streets as its street offices", async () => {
    const doc = await run(`瑞安市2026年城市更新工作实施方案
一、重点任务
（一）建立项目库。由市城市更新工作领导小组办公室（设在市住建局，以下简称市城市更新办）统一建立全市城市更新项目库。（责任单位：市城市更新办，安阳街道、玉海街道）
`);
    expect(unitsByTask(doc)['建立项目库']).toEqual([
      ['市城市更新办', '瑞安市城市更新工作领导小组办公室', 'responsible'],
      ['安阳街道', '瑞安市安阳街道办事处', 'responsible'],
      ['玉海街道', '瑞安市玉海街道办事处', 'responsible'],
    ]);
  });
});
