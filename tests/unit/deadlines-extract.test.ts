import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { brief, deadlinesIn, docContext } from './deadlines-context.js';

const TAICANG_HEAD = [
  '关于《太仓市2025年文化产业提升发展专项行动方案》面向社会公开征求意见的通知',
  '各有关单位：',
  '为全面落实上级关于文化产业高质量发展的相关要求，推动全市文化产业提质增效。市文体广旅局拟定了《太仓市2025年文化产业提升发展专项行动方案》，现面向社会公开征求意见。',
  '请各有关单位或个人于5月17日前将意见反馈至市文体广旅局产业发展科。',
  '联系人：陈启洪     联系电话：53599812',
  '附件：《太仓市2025年文化产业提升发展专项行动方案（征求意见稿）》',
  '太仓市文体广电和旅游局',
  '2025年5月13日',
  '附件：',
  '太仓市2025年文化产业提升发展专项行动方案',
  '（征求意见稿）',
  '坚持以习近平文化思想为指导，全面落实上级关于文化产业高质量发展的相关要求，推动全市文化产业提质增效。经研究，决定开展太仓市2025年文化产业提升发展专项行动，特制定本行动方案。',
  '一．总体要求',
  '（二）工作目标',
  '2025年，新增重点文化产业项目超10个，总投资额超50亿元，其中省级重点文化产业项目1个以上。',
].join('\n');

describe('extractDeadlines', () => {
  it('reads the notice’s own deadline in the notice span, in the document’s year', () => {
    const ctx = docContext(TAICANG_HEAD);
    const info = extractMetadata(ctx);
    expect(info.notice).not.toBeNull();
    const opts = { referenceYear: info.referenceYear, planPeriod: info.metadata.period };
    expect(extractDeadlines(ctx, info.notice!, opts).map(brief)).toEqual(['5月17日前 by 2025-05-17']);
    const body = extractDeadlines(ctx, { start: info.bodyStart, end: ctx.text.length }, opts);
    expect(body.map(brief)).toEqual(['2025年 by 2025-12-31']);
    expect(body[0].ruleId).toBe('deadlines/goal-year');
  });

  it('reads SPEC §8’s recurrences as separate items; a yearly plan or work list is a document, not a time (Taicang 保障措施)', () => {
    const text =
      '（三）落实督导考核，实行“月调度、季评估、年考核”工作机制，各区镇要将文化产业列入年度重点工作，并结合实际制定年度专项提升发展计划。建立文化产业定期情况通报制度。';
    expect(deadlinesIn(text, { referenceYear: 2025, planPeriod: { start: 2025, end: 2025 } }).map(brief)).toEqual([
      '月调度 recurring monthly',
      '季评估 recurring quarterly',
      '年考核 recurring yearly',
    ]);
  });

  it('a goal paragraph and its tasks (Suzhou)', () => {
    const text = [
      '二、主要目标',
      '瞄准在全省乃至全国率先建成文化强市的目标，到2025年，数字内容、创意设计、影视娱乐、动漫游戏、电竞、苏工苏作等细分行业规上企业超过800家，营收不少于1500亿元。',
      '3. 推进创意设计跨界融合。做大做强服装设计、工业设计、非物质文化遗产设计等。到 2025 年，培育不少于 100 家规上创意设计企业。',
    ].join('\n');
    const found = deadlinesIn(text, { referenceYear: 2022, planPeriod: { start: 2023, end: 2025 } });
    expect(found.map(brief)).toEqual(['到2025年 by 2025-12-31', '到 2025 年 by 2025-12-31']);
    expect(found.map((d) => d.ruleId)).toEqual(['deadlines/reach-year', 'deadlines/reach-year']);
  });

  it('periods: a named period and a year range inside a task', () => {
    expect(deadlinesIn('“十四五”期间，每年举办一届文化产业博览会。2023-2025年，建成10个园区。').map(brief)).toEqual([
      '“十四五”期间 period 2021-01-01..2025-12-31',
      '每年 recurring yearly',
      '2023-2025年 period 2023-01-01..2025-12-31',
    ]);
  });

  it('the longest reading wins: 到2024年6月底前 and 每年年底前', () => {
    expect(deadlinesIn('到2024年6月底前建成平台，每年年底前报送进展。').map(brief)).toEqual([
      '到2024年6月底前 by 2024-06-30',
      '每年年底前 recurring yearly',
    ]);
  });

  it('only the range is searched; spans point into the whole text', () => {
    const text = '到2025年，建成。\n每季度通报一次。';
    const second = text.indexOf('每');
    const found = deadlinesIn(text, undefined, { start: second, end: text.length });
    expect(found.map((d) => [d.text, d.span.start])).toEqual([['每季度', second]]);
  });

  it('a page number comes from the page map', () => {
    const text = '第一页文字。\n到2025年，建成。';
    const ctx = { ...docContext(text), pageMap: [{ page: 1, start: 0 }, { page: 2, start: 7 }] };
    const [d] = extractDeadlines(ctx, { start: 0, end: text.length }, { referenceYear: 2023, planPeriod: null });
    expect(d.page).toBe(2);
  });
});
