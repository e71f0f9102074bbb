/**
 * Whole plans in styles met in the held-out set's batch 36, through the pipeline: a province's plan with 专栏 boxes
 * of named works (in its PDF, a Latin name set apart by a space), a district's articles of support, a checklist table
 * with a note after it, a city's offshore-wind plan (machine classes), a county bureau's school building plan (counts
 * opening their clause) and a party department's plan naming autonomous counties' committees.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import { testRules } from '../helpers/context.js';
import { runPlan as run, unitsByTask } from '../helpers/plans.js';

const heldout = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../heldout/corpus/${name}`, import.meta.url))));

describe('plans of held-out batch 36', () => {
  it("reads a box's named works as items in a PDF that sets a Latin name apart by a space, and spells out Guizhou's big-data bureau", async () => {
    const { doc } = await processDocument('guizhou.pdf', heldout('guizhou-computing-power-2026-2027.pdf'), testRules());
    const box = doc.sections.find((s) => s.heading === '算力网络畅通重点工程')!;
    expect(doc.sections.filter((s) => s.parentId === box.id).map((s) => s.heading.replace(/\s+/gu, ''))).toEqual([
      '“东数西算”骨干通道工程',
      '贵安集群直连网络工程',
      '5G-A精品网络工程',
    ]);
    const units = doc.tasks.flatMap((t) => t.units).filter((u) => u.name === '省大数据局');
    expect(units.length).toBeGreaterThan(0);
    expect(new Set(units.map((u) => u.canonical))).toEqual(new Set(['贵州省大数据发展管理局']));
  }, 30_000);

  it('reads no target in a condition closed by 的 before the support it earns', async () => {
    const doc = await run(`深圳市福田区支持总部经济高质量发展若干措施
第一条　鼓励总部企业做大做强。对年营业收入超过50亿元的总部企业，当年营业收入增速超过10%且区级经济发展贡献较上一年度增加的，按照其区级经济发展贡献增量的30%给予增长奖励。到2027年，新增总部企业30家。（区发展改革局牵头，区财政局配合）
`);
    expect(doc.tasks[0].targets.map((t) => [t.comparator, t.value, t.unit])).toEqual([['eq', 30, '家']]);
  });

  it("gives the deadlines of a note after a checklist table to the document, and names a border inspection station's head office", async () => {
    const doc = await run(`海南自由贸易港全岛封关运作2026年重点任务清单
序号\t重点任务\t具体内容\t牵头单位\t配合单位\t完成时限
一、口岸基础设施
1\t完善“二线口岸”设施\t建成“二线口岸”10个。\t海口海关\t海南边检总站、省交通运输厅\t2026年6月
2\t推进口岸信息化\t口岸信息系统上线率达到100%。\t省商务厅\t海口海关\t持续推进
说明：完成时限为“持续推进”的任务，牵头单位应于每季度末月20日前报送阶段性进展情况，年底前报送年度工作总结。
`);
    expect(doc.deadlines.map((d) => [d.text, d.kind, d.date, d.recurrence])).toEqual([
      ['每季度末月20日前', 'recurring', null, 'quarterly'],
      ['年底前', 'by', '2026-12-31', null],
    ]);
    expect(unitsByTask(doc)['完善“二线口岸”设施'].map(([name, canonical]) => [name, canonical])).toContainEqual(['海南边检总站', '海南出入境边防检查总站']);
  });

  it('reads no target in the power that sizes a class of machine, and a criterion before （含）', async () => {
    const doc = await run(`盐城市海上风电产业高质量发展三年行动计划（2026—2028年）
一、重点任务
（一）提升整机制造能级。支持整机企业扩大10MW以上大容量海上风电机组产能，实现16兆瓦机组下线，最大单机容量达到16兆瓦。（市工业和信息化局牵头）
（二）落实关税政策。落实加工增值超过30%（含）货物免征进口关税政策，货值突破200亿元。（市商务局负责）
`);
    expect(doc.tasks.map((t) => t.targets.map((g) => [g.comparator, g.value, g.unit]))).toEqual([
      [['eq', 16, '兆瓦']],
      [['gt', 20000000000, '元']],
    ]);
  });

  it('counts the things a clause opens with and a completing verb follows; a time before 前 is no rank, 严禁新增 sets a scope', async () => {
    const doc = await run(`长沙县2026年中小学校建设工作方案
一、重点任务
（一）加快学校建设。全县新建改扩建学校12所；7所续建学校于2026年8月底前建成，确保秋季开学前7所学校如期投入使用。（县教育局牵头）
（二）有序化解大班额。起始年级新招班额不超过45人，严禁新增56人以上大班额。（县教育局负责）
`);
    expect(doc.tasks.map((t) => t.targets.map((g) => [g.ruleId, g.comparator, g.value, g.unit]))).toEqual([
      [
        ['targets/clause-final', 'eq', 12, '所'],
        ['targets/count-first', 'eq', 7, '所'],
        ['targets/count-first', 'eq', 7, '所'],
      ],
      [['targets/comparator-number', 'lte', 45, '人']],
    ]);
  });

  it("leaves an autonomous county's party committee without the city's level", async () => {
    const doc = await run(`宜昌市优秀年轻干部培养选拔三年行动方案（2026—2028年）
一、重点任务
（一）统筹做好少数民族干部培养选拔。每年选派少数民族年轻干部20名到基层锻炼。（牵头单位：市委组织部；责任单位：市委统战部、长阳土家族自治县委、五峰土家族自治县委）
`);
    expect(unitsByTask(doc)['统筹做好少数民族干部培养选拔'].map(([name, , role]) => [name, role])).toEqual([
      ['市委组织部', 'lead'],
      ['市委统战部', 'co'],
      ['长阳土家族自治县委', 'co'],
      ['五峰土家族自治县委', 'co'],
    ]);
  });
});
