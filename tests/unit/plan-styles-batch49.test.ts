/**
 * Whole plans in styles met in the held-out set's batch 49: a closing line that parts the items out by their numbers, the
 * role words 主责/协同/统筹, a trade union's and a tobacco bureau's plans for themselves, a ledger of quarterly milestones,
 * a short name in brackets after a people's organisation, background before the goals of a preamble, and a citation
 * broken across lines before an article number.
 */
import { describe, expect, it } from 'vitest';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

describe('plans of held-out batch 49', () => {
  it('gives each item the units of the part of a closing line that names it by its number', async () => {
    const doc = await run(`某某市2026年宣传工作方案
一、重点任务
（一）加强宣传。开展宣传活动。
（二）加强培训。开展培训。
（三）加强督查。开展督查。
（四）加强考核。开展考核。
以上第（一）至（三）项由市委宣传部负责，第（四）项由市委组织部负责。
`);
    const units = unitsByTask(doc);
    expect(units['加强宣传']).toEqual([['市委宣传部', '某某市委宣传部', 'responsible']]);
    expect(units['加强督查']).toEqual([['市委宣传部', '某某市委宣传部', 'responsible']]);
    expect(units['加强考核']).toEqual([['市委组织部', '某某市委组织部', 'responsible']]);
  });

  it('reads 统筹单位 and 主责单位 as leads, 协同单位 as co-operating and 责任主体 as responsible', async () => {
    const doc = await run(`龙华区2026年推动数字经济高质量发展工作方案
一、重点任务
1.建设城市算力枢纽。建设算力中心。（统筹单位：区发展改革局；主责单位：区政务服务和数据管理局；协同单位：区工业和信息化局）
2.推动服务业数字化升级。培育数字化商圈。（责任主体：各街道办事处；协同单位：区商务局）
`);
    const roles = Object.fromEntries(Object.entries(unitsByTask(doc)).map(([k, us]) => [k, us.map(([raw, , role]) => [raw, role])]));
    expect(roles['建设城市算力枢纽']).toEqual([
      ['区发展改革局', 'lead'],
      ['区政务服务和数据管理局', 'lead'],
      ['区工业和信息化局', 'co'],
    ]);
    expect(roles['推动服务业数字化升级']).toEqual([
      ['各街道办事处', 'responsible'],
      ['区商务局', 'co'],
    ]);
  });

  it('names a trade union’s own departments under it, and the unions below it and those that carry the work out as they are', async () => {
    const doc = await run(`江苏省总工会关于印发《江苏省总工会2026年工作要点》的通知
各设区市总工会，各产业工会：
现将《江苏省总工会2026年工作要点》印发给你们，请认真贯彻落实。
江苏省总工会
2026年2月12日
江苏省总工会2026年工作要点
一、深化思想政治引领
1.深化主题教育。开展宣讲活动。（宣传教育部牵头，各设区市总工会落实）
2.加强工会宣传舆论阵地建设。办好报刊。（责任部门：宣传教育部；配合部门：江苏工人报社、财务部）
`);
    const units = unitsByTask(doc);
    expect(units['深化主题教育']).toEqual([
      ['宣传教育部', '江苏省总工会宣传教育部', 'lead'],
      ['各设区市总工会', '江苏省各设区市总工会', 'co'],
    ]);
    expect(units['加强工会宣传舆论阵地建设']).toEqual([
      ['宣传教育部', '江苏省总工会宣传教育部', 'responsible'],
      ['江苏工人报社', '江苏工人报社', 'co'],
      ['财务部', '江苏省总工会财务部', 'co'],
    ]);
  });

  it('reads a body that signs as a company too, and names the bureaus of its kind by their level', async () => {
    const doc = await run(`福建省烟草专卖局（公司）关于印发《2026年全省卷烟市场监管和营销工作方案》的通知
各设区市局（公司），省局（公司）机关各处室：
现将《2026年全省卷烟市场监管和营销工作方案》印发给你们，请认真贯彻落实。
福建省烟草专卖局（公司）
2026年2月26日
2026年全省卷烟市场监管和营销工作方案
一、强化市场监管
（一）深入开展打假破网。全年侦破案件30起以上，对违法者依法处以5000元以上3万元以下罚款。（责任部门：省局（公司）稽查总队、专卖监督管理处；责任单位：各设区市局（公司）、福州市局（公司））
（二）科学把握货源投放。全年计划销售卷烟120万箱。（责任部门：营销处）
`);
    expect(doc.metadata.issuers).toEqual(['福建省烟草专卖局', '福建省烟草公司']);
    expect(doc.metadata.region).toBe('福建省');
    expect(unitsByTask(doc)['深入开展打假破网'].map(([raw, canonical]) => [raw, canonical])).toEqual([
      ['省局（公司）稽查总队', '福建省烟草专卖局稽查总队'],
      ['专卖监督管理处', '福建省烟草专卖局专卖监督管理处'],
      ['各设区市局（公司）', '福建省各设区市烟草专卖局'],
      ['福州市局（公司）', '福州市烟草专卖局'],
    ]);
    // (a fine the law sets is no target; cases of cigarettes are counted in 箱)
    const targets = doc.tasks.flatMap((t) => t.targets.map((x) => [x.comparator, x.value, x.unit]));
    expect(targets).toEqual([
      ['gte', 30, '起'],
      ['eq', 1200000, '箱'],
    ]);
  });

  it('dates a quarter column’s step by the quarter, or by its own date, and reads a body’s name in a breakdown table as no unit', async () => {
    const doc = await run(`新乡市2026年政府重点工作任务台账
序号\t重点工作\t年度目标\t一季度\t二季度\t三季度\t四季度\t牵头市领导\t责任单位
一、保障和改善民生（1项）
1\t推进教育优质均衡发展\t新增学位1.8万个\t完成项目选址\t新建改扩建项目全部开工\t8月底前新建学校具备招生条件\t完成年度建设任务\t孙红梅\t市教育局
附件
各设区市局（公司）主要指标分解表
单位\t卷烟销量（万箱）\t单箱销售额（万元）
福州市局（公司）\t21.5\t3.40
厦门市局（公司）\t13.8\t3.70
`);
    expect(doc.tasks[0].deadlines.map((d) => d.date)).toEqual(['2026-03-31', '2026-06-30', '2026-08-31', '2026-12-31']);
    const table = doc.targets.map((t) => [t.value, t.unit]);
    expect(table).toEqual([
      [215000, '箱'],
      [34000, '元'],
      [138000, '箱'],
      [37000, '元'],
    ]);
  });

  it('spells out a people’s organisation whose short name follows in brackets, and a party committee’s 统战部', async () => {
    const doc = await run(`江门市2026年侨务工作要点
一、坚持政治引领
1.深入学习宣传党的创新理论。开展宣讲活动。（责任单位：市委统战部（市侨务办）、市归国华侨联合会（市侨联））
`);
    expect(unitsByTask(doc)['深入学习宣传党的创新理论'].map(([raw, canonical]) => [raw, canonical])).toEqual([
      ['市委统战部（市侨务办）', '江门市委统一战线工作部'],
      ['市归国华侨联合会（市侨联）', '江门市归国华侨联合会'],
    ]);
  });

  it('reads the goals of a preamble from the paragraph that states them, not the background before it', async () => {
    const doc = await run(`江门市2026年侨务工作要点
江门是著名侨乡，祖籍江门的华侨华人和港澳台同胞有530多万人，在江侨资企业2100多家。
2026年全市侨务工作的主要目标是：新引进侨资项目50个以上。
一、坚持政治引领
1.深入学习。开展宣讲活动不少于40场次。（责任单位：市侨联）
`);
    expect(doc.targets.map((t) => t.text)).toEqual(['新引进侨资项目50个以上']);
  });

  it('runs a line that ends on a conjunction into the next, though that opens with an article number', async () => {
    const doc = await run(`邵阳市２０２６年民生领域案件查办“铁拳”行动实施方案
一、重点整治领域
１．民生价格领域。依据《中华人民共和国价格法》第十三条、第十四条和
第四十条，对价格欺诈行为依法从严查处。（责任科室：价格监督检查和反不正当竞争科）
２．消费者权益保护领域。查处侵害消费者权益行为。（责任科室：执法稽查科）
`);
    expect(doc.tasks.map((t) => t.title)).toEqual(['民生价格领域', '消费者权益保护领域']);
  });
});
