/**
 * Whole plans in styles met in the held-out set's batch 33, through the pipeline: a prefecture's (地区) plan with its
 * 行署 and 地委, a customs house's, a city's 清单 naming another level's departments and every township, a postal
 * regulator's with courier brands and every city's bureaus, and an event's plan whose tasks are due on the event's day.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 33', () => {
  it("names a prefecture's departments, its administrative office and its party committee after the prefecture", async () => {
    const doc = await run(`喀什地区纺织服装产业高质量发展三年行动计划（2026—2028年）
一、重点任务
（一）扩大纺纱产能。到2028年，纺纱产能达到300万锭。（地区工业和信息化局牵头，地区财政局、科技局，喀什经济开发区管委会配合）
（二）营造良好氛围。加强政策宣传解读。（责任单位：地委宣传部、行署督查室）
`);
    expect(doc.metadata.region).toBe('喀什地区');
    expect(unitsByTask(doc)).toEqual({
      扩大纺纱产能: [
        ['地区工业和信息化局', '喀什地区工业和信息化局', 'lead'],
        ['地区财政局', '喀什地区财政局', 'co'],
        ['地区科技局', '喀什地区科学技术局', 'co'],
        ['喀什经济开发区管委会', '喀什经济开发区管理委员会', 'co'],
      ],
      营造良好氛围: [
        ['地委宣传部', '喀什地委宣传部', 'responsible'],
        ['行署督查室', '喀什地区行政公署督查室', 'responsible'],
      ],
    });
  });

  it("gives a customs house's offices the customs' legal name, and leaves every subordinate customs as written", async () => {
    const doc = await run(`2026年青岛市口岸跨境贸易便利化专项行动实施方案
一、重点任务
（一）扩大提前申报应用范围。“提前申报”比例达到60%以上。（牵头单位：青岛海关综合业务处；配合单位：青岛流亭机场海关、各隶属海关）
`);
    expect(unitsByTask(doc)['扩大提前申报应用范围']).toEqual([
      ['青岛海关综合业务处', '中华人民共和国青岛海关综合业务处', 'lead'],
      ['青岛流亭机场海关', '中华人民共和国青岛流亭机场海关', 'co'],
      ['各隶属海关', '各隶属海关', 'co'],
    ]);
  });

  it("reads every township after every street, no unit in 市、区有关部门, a zone committee's own bureau as written, another level's department spelt out", async () => {
    const doc = await run(`北京市2026年重点工作任务清单
一、重点任务
（一）实施造林绿化。新增绿化面积100公顷。（责任单位：区科委、副中心管委会规划建设局，各街道办事处、乡镇政府；配合单位：市、区有关部门）
`);
    expect(doc.metadata.region).toBe('北京市');
    expect(unitsByTask(doc)['实施造林绿化']).toEqual([
      ['区科委', '区科学技术委员会', 'responsible'],
      ['副中心管委会规划建设局', '副中心管理委员会规划建设局', 'responsible'],
      ['各街道办事处', '北京市各街道办事处', 'responsible'],
      ['各乡镇政府', '北京市各乡镇政府', 'responsible'],
    ]);
  });

  it("gives every city's bureaus to the bureaus listed after every city's, drops the kind after a brand list's 等, and a pilot zone's bureau no level", async () => {
    const doc = await run(`浙江省农村寄递物流体系建设攻坚行动方案（2026—2027年）
一、重点任务
（一）推进服务站建设。2026年底前建成村级寄递物流综合服务站1.2万个。（责任单位：各市邮政管理局、商务局、农业农村局）
（二）深化共同配送。推动快递进村。（顺丰、中通、极兔等快递企业负责）
（三）完善站网。乡镇自动气象站覆盖率达到100%。（责任单位：省气象局、平潭综合实验区气象局）
附件
各设区市服务站建设任务分解表
设区市\t2025年底现有（个）\t2026年底目标（个）\t2027年底目标（个）
杭州市\t1180\t1420\t1760
宁波市\t1060\t1300\t1620
`);
    expect(unitsByTask(doc)['推进服务站建设'].map((u) => u[0])).toEqual(['各市邮政管理局', '各市商务局', '各市农业农村局']);
    expect(unitsByTask(doc)['深化共同配送'].map((u) => u[0])).toEqual(['顺丰', '中通', '极兔']);
    expect(unitsByTask(doc)['完善站网'].map((u) => u[0])).toEqual(['省气象局', '平潭综合实验区气象局']);
    // (the indicator table's column years date its targets, not the last task's deadlines)
    const last = doc.tasks.find((t) => t.title === '完善站网')!;
    expect(last.deadlines).toEqual([]);
    expect(doc.targets.filter((t) => t.value === 1420).map((t) => [t.unit, t.year])).toEqual([['个', 2026]]);
  });

  it("dates its event's day once and reads 赛事当日 and a day run into its verb in the tasks", async () => {
    const doc = await run(`2026无锡马拉松赛事保障工作方案
一、赛事安排
（一）赛事时间。2026年3月29日（星期日）7:30鸣枪起跑。
二、工作分组
（一）综合协调组。3月10日前制定指挥部工作规则；3月25日召开赛前保障工作推进会。赛事当日6:00前全部保障力量到岗到位。
牵头单位：市政府办公室；成员单位：市财政局
`);
    const task = doc.tasks.find((t) => t.title === '综合协调组')!;
    expect(task.deadlines.map((d) => [d.text, d.date])).toEqual([
      ['3月10日前', '2026-03-10'],
      ['3月25日', '2026-03-25'],
      ['赛事当日6:00前', '2026-03-29'],
    ]);
  });
});
