import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageOf } from '../../src/core/span.js';
import { ingestPdf, isPageNumber } from '../../src/ingest/pdf.js';
import { DEFAULT_INGEST_LIMITS, type IngestResult } from '../../src/ingest/types.js';

const corpus = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../corpus/${name}`, import.meta.url))));
const fixture = (name: string) =>
  new Uint8Array(readFileSync(fileURLToPath(new URL(`../fixtures/bad/${name}`, import.meta.url))));

const DOCS = {
  guangdong: 'guangdong-digital-creative-2023-2025.pdf',
  hangzhou: 'hangzhou-culture-14th-five-year.pdf',
  shenzhen: 'shenzhen-digital-creative-2022-2025.pdf',
  suzhou: 'suzhou-cultural-creative-2023-2025.pdf',
  taicang: 'taicang-culture-2025-draft.pdf',
} as const;
type Doc = keyof typeof DOCS;

const results = {} as Record<Doc, IngestResult>;

beforeAll(async () => {
  for (const [key, file] of Object.entries(DOCS) as Array<[Doc, string]>) {
    const outcome = await ingestPdf(corpus(file), DEFAULT_INGEST_LIMITS);
    if (!outcome.ok) throw new Error(`${file}: ${outcome.reason}`);
    results[key] = outcome.value;
  }
}, 60_000);

const lines = (doc: Doc) => results[doc].text.split('\n');

describe('ingestPdf: result shape', () => {
  it('reports format, page count and no encoding', () => {
    for (const r of Object.values(results)) {
      expect(r.format).toBe('pdf');
      expect(r.encoding).toBeNull();
      expect(r.pages).toBe(r.pageMap.length);
    }
  });

  it('gives every page a start offset, in order, inside the text', () => {
    for (const r of Object.values(results)) {
      expect(r.pageMap.map((p) => p.page)).toEqual(Array.from({ length: r.pages ?? 0 }, (_, i) => i + 1));
      expect(r.pageMap[0].start).toBe(0);
      for (let i = 1; i < r.pageMap.length; i++) expect(r.pageMap[i].start).toBeGreaterThanOrEqual(r.pageMap[i - 1].start);
      expect(r.pageMap[r.pageMap.length - 1].start).toBeLessThanOrEqual(r.text.length);
    }
  });

  it('does not change the caller’s bytes', async () => {
    const bytes = corpus(DOCS.taicang);
    const before = bytes.byteLength;
    await ingestPdf(bytes, DEFAULT_INGEST_LIMITS);
    expect(bytes.byteLength).toBe(before);
  });
});

describe('ingestPdf: page map', () => {
  it('has 13 pages for the Suzhou plan', () => {
    expect(results.suzhou.pages).toBe(13);
    expect(results.suzhou.pageMap).toHaveLength(13);
  });

  it('puts known headings on their pages', () => {
    const { text, pageMap } = results.suzhou;
    expect(pageOf(pageMap, text.indexOf('一、指导思想'))).toBe(2);
    expect(pageOf(pageMap, text.indexOf('三、重点任务'))).toBe(4);
    expect(pageOf(pageMap, text.indexOf('四、工作举措'))).toBe(11);
  });

  it('starts a page inside a paragraph that runs over from the previous page', () => {
    const { text, pageMap } = results.suzhou;
    // Page 5 begins with `例`, the end of a word begun at the foot of page 4.
    const start = pageMap[4].start;
    expect(text[start]).toBe('例');
    expect(text[start - 1]).not.toBe('\n');
  });
});

describe('ingestPdf: page furniture', () => {
  it('drops page numbers like `— 3 —`', () => {
    for (const r of Object.values(results)) {
      expect(r.text).not.toMatch(/[—-]\s*\d+\s*[—-]\s*(\n|$)/);
      expect(r.text.split('\n')).not.toContain('— 1 —');
    }
  });

  it('drops running headers repeated on every page', () => {
    expect(lines('hangzhou')).not.toContain('《“十四五”文化产业发展规划》');
    expect(lines('shenzhen')).not.toContain('深圳市文化广电旅游体育局 深圳市委宣传部 深圳市工业和信息化局');
    // The same title inside a sentence is text, not furniture.
    expect(results.hangzhou.text).toContain('为贯彻落实文化和旅游部《“十四五”文化产业发展规划》');
  });
});

describe('isPageNumber', () => {
  it.each(['— 3 —', '- 3 -', '－ 12 －', '第3页', '3', '第 3 页 共 10 页', '3/10', 'Page 3 of 10', '· 7 ·', 'iv'])(
    'reads %s as a page number',
    (line) => expect(isPageNumber(line)).toBe(true),
  );
  it.each(['2022 年 12 月 30 日', '一、指导思想', '5G', '（3）', '3. 推进创意设计跨界融合', '共 3 项'])(
    'does not read %s as a page number',
    (line) => expect(isPageNumber(line)).toBe(false),
  );
});

describe('ingestPdf: lines and paragraphs', () => {
  it('joins a hard-wrapped paragraph into one line', () => {
    expect(lines('suzhou')).toContain(
      '文化创意产业是以内容创作生产为核心的新兴产业，是丰富城市内涵、塑造城市气质、增强城市吸引力的重要抓手，也是推动文化赋能新兴服务业发展的重要支撑。为全面贯彻党的二十大精神，认真落实关于推动苏州新兴服务业高质量发展的系列文件要求，特制定本行动计划。',
    );
  });

  it('joins a sentence broken before `业收入` (Guangdong)', () => {
    expect(results.guangdong.text).toContain('实现营业收入 5728.02 亿元');
  });

  it('joins a sentence broken inside `创意设计` (Suzhou)', () => {
    expect(results.suzhou.text).toContain('通过数字技术、创意设计、艺术手法');
  });

  it('keeps headings on lines of their own', () => {
    expect(lines('suzhou')).toEqual(expect.arrayContaining(['一、指导思想', '二、主要目标', '三、重点任务', '四、工作举措']));
    expect(lines('guangdong')).toEqual(
      expect.arrayContaining(['一、总体情况', '（一）数字技术攻关突破工程', '（二）内容创作生产提升工程']),
    );
    expect(lines('hangzhou')).toContain('（一）指导思想');
  });

  it('does not join a heading to the text after it, even across a page', () => {
    const ls = lines('guangdong');
    const i = ls.indexOf('（一）数字技术攻关突破工程');
    expect(ls[i + 1]).toMatch(/^1\. 加强关键核心技术攻关。/);
  });

  it('joins CJK items without spaces and keeps the PDF’s spaces around numbers', () => {
    const { text } = results.suzhou;
    expect(text).toContain('规上企业超过 800 家，营收不少于 1500 亿元');
    expect(text).toContain('奋力开创苏州文化创意产业高质量发展崭新局面。');
  });

  it('writes one line per paragraph, without blank lines', () => {
    for (const r of Object.values(results)) {
      expect(r.text).not.toMatch(/\n\n/);
      expect(r.text).not.toMatch(/^\s|\s$/);
    }
  });
});

describe('ingestPdf: tables', () => {
  it('writes each row of the Hangzhou indicator table as one tab-separated line', () => {
    const ls = lines('hangzhou');
    expect(ls).toContain('\t指标名称\t2020 年实际值\t2025 年目标值');
    expect(ls).toContain('1\t全市文化产业增加值（亿元）\t2285\t3000');
    expect(ls).toContain('3\t全市规上数字文化企业营业收入占规上文化企业营业收入比重（%）\t60\t>65');
    expect(ls).toContain('8\t国家文化出口基地、国家文化出口重点企业和重点项目（个）\t49\t80');
  });

  it('keeps the rows of a two-column table whose cells wrap over several lines', () => {
    const ls = lines('hangzhou');
    expect(ls).toContain('产业走廊\t重点平台');
    expect(ls.find((l) => l.startsWith('之江影视演艺产业走廊\t'))).toMatch(/^之江影视演艺产业走廊\t中国演艺谷、.*凌迪数字时尚产业基地等$/);
    // A row that runs over a page break stays one row.
    expect(ls.find((l) => l.startsWith('世纪城数字音乐产业组团\t'))).toMatch(/达利睿创时尚产业园等$/);
  });

  it('maps the part of a row that comes from the next page to that page', () => {
    const { text, pageMap } = results.hangzhou;
    expect(pageOf(pageMap, text.indexOf('世纪城数字音乐产业组团\t'))).toBe(19);
    expect(pageOf(pageMap, text.indexOf('乐、浙江国际影视中心'))).toBe(20);
    expect(pageOf(pageMap, text.indexOf('镇、千岛湖骑龙巷文创街区等'))).toBe(17);
  });

  it('does not turn ordinary prose into tables', () => {
    for (const doc of ['guangdong', 'shenzhen', 'suzhou', 'taicang'] as const) expect(results[doc].text).not.toContain('\t');
  });
});

describe('ingestPdf: a ruled indicator table over page breaks (held-out Hubei plan, printed by LibreOffice)', () => {
  it('keeps rows under a category merged down the first column apart at a page break, and a number wrapped in its cell whole', async () => {
    const file = new Uint8Array(readFileSync(fileURLToPath(new URL('../heldout/corpus/hubei-digital-economy-15th-five-year.pdf', import.meta.url))));
    const outcome = await ingestPdf(file, DEFAULT_INGEST_LIMITS, { gridHint: /属性|预期性/u });
    if (!outcome.ok) throw new Error(outcome.reason);
    const rows = outcome.value.text.split('\n').filter((l) => l.includes('\t'));
    expect(rows).toContain('数字产业化\t数字经济核心产业增加值\t亿元\t5700\t>10000\t12%左右\t预期性');
    // the last row of page 5 and the first of page 6, both under 数字产业化
    expect(rows).toContain('\t电子信息制造业营业收入\t亿元\t7600\t12000\t—\t预期性');
    expect(rows).toContain('\t软件和信息技术服务业业务收入增速\t%\t13.5\t—\t>8\t预期性');
    // the last row of page 6 and the first of page 7, both under 产业数字化
    expect(rows).toContain('\t新增省级以上智能工厂和数字化车间\t个\t〔320〕\t—\t〔500〕\t预期性');
    expect(rows).toContain('\t新增上云企业\t万家\t—\t—\t〔5〕\t预期性');
    expect(rows).toHaveLength(18); // the header and 17 rows
  }, 30_000);
});

describe('ingestPdf: held-out plans printed by LibreOffice', () => {
  const heldout = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../heldout/corpus/${name}`, import.meta.url))));

  it('a numeral and 、 opening the line after a prose line cut inside a word end the word (统 / 一、): no marker', async () => {
    const outcome = await ingestPdf(heldout('jianli-county-medical-capacity-2025-2027.pdf'), DEFAULT_INGEST_LIMITS);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.text).toContain('推动医共体内药品目录统一、采购配送统一、支付标准统一。');
    expect(outcome.value.text.split('\n').some((l) => l.startsWith('一、采购配送统一'))).toBe(false);
  }, 30_000);

  it('the next number of an enumeration inside a paragraph, opening the line after one filled to the margin, is no marker', async () => {
    const outcome = await ingestPdf(heldout('guangzhou-tianhe-task-ledger-2026.pdf'), DEFAULT_INGEST_LIMITS);
    if (!outcome.ok) throw new Error(outcome.reason);
    const lines = outcome.value.text.split('\n');
    expect(lines.some((l) => l.startsWith('2.推行政策兑现'))).toBe(false);
    expect(lines.some((l) => l.startsWith('具体措施：1.') && l.replace(/\s+/gu, '').includes('；2.推行政策兑现'))).toBe(true);
  }, 30_000);

  it('a bracketed number opening the line after a prose line cut inside a word ends the word too (小 / （1）型水库)', async () => {
    const outcome = await ingestPdf(heldout('wuyuan-county-flood-control-2025.pdf'), DEFAULT_INGEST_LIMITS);
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.text.split('\n').some((l) => l.startsWith('（1）型水库'))).toBe(false);
    expect(outcome.value.text.replace(/\s+/gu, '')).toContain('小（1）型水库12座');
  }, 30_000);

  it('a breakdown table captioned 分解表 is read from its rules: a header cell wrapped in its cell stays one cell', async () => {
    const outcome = await ingestPdf(heldout('lankao-county-investment-promotion-2025.pdf'), DEFAULT_INGEST_LIMITS, { gridHint: /分解表/u });
    if (!outcome.ok) throw new Error(outcome.reason);
    const rows = outcome.value.text.split('\n').filter((l) => l.includes('\t'));
    expect(rows[0].replace(/\s+/gu, '')).toBe('单位签约亿元以上项目（个）合同金额（亿元）到位省外境内资金（亿元）');
    expect(rows).toContain('县经开区\t14\t110\t53');
  }, 30_000);

  it("a table's header row left alone at the foot of a page heads the rows on the next page", async () => {
    const outcome = await ingestPdf(heldout('ningbo-zhoushan-port-green-shipping-2026-2028.pdf'), DEFAULT_INGEST_LIMITS);
    if (!outcome.ok) throw new Error(outcome.reason);
    const lines = outcome.value.text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('指标'));
    expect(lines[header].split('\t').map((c) => c.replace(/\s+/gu, ''))).toEqual(['指标', '2025年', '2026年', '2028年']);
    expect(lines[header + 1]).toBe('岸电设施泊位覆盖率（%）\t82\t88\t95');
    // (the header is on page 3, its rows on page 4)
    expect(pageOf(outcome.value.pageMap, outcome.value.text.indexOf(lines[header]))).toBe(3);
    expect(pageOf(outcome.value.pageMap, outcome.value.text.indexOf(lines[header + 1]))).toBe(4);
  }, 30_000);
});

describe('ingestPdf: bad input is an error value', () => {
  it('reports an encrypted PDF', async () => {
    expect(await ingestPdf(fixture('encrypted.pdf'), DEFAULT_INGEST_LIMITS)).toEqual({
      ok: false,
      reason: 'encrypted PDF (password required)',
      ruleId: 'ingest/pdf-encrypted',
    });
  });

  it('reports a truncated PDF with pdf.js’s message', async () => {
    const bytes = corpus(DOCS.suzhou);
    const outcome = await ingestPdf(bytes.slice(0, bytes.length >> 1), DEFAULT_INGEST_LIMITS);
    expect(outcome).toMatchObject({ ok: false, ruleId: 'ingest/pdf-corrupt' });
    if (!outcome.ok) expect(outcome.reason).toMatch(/^corrupt or truncated PDF: \S/);
  });

  it('reports bytes that are not a PDF at all', async () => {
    const outcome = await ingestPdf(new TextEncoder().encode('这不是PDF文件'), DEFAULT_INGEST_LIMITS);
    expect(outcome).toMatchObject({ ok: false, ruleId: 'ingest/pdf-corrupt' });
  });

  it('reports an empty file', async () => {
    expect(await ingestPdf(new Uint8Array(0), DEFAULT_INGEST_LIMITS)).toMatchObject({ ok: false, ruleId: 'ingest/empty' });
  });

  it('reports a PDF without a text layer', async () => {
    expect(await ingestPdf(fixture('no-text.pdf'), DEFAULT_INGEST_LIMITS)).toEqual({
      ok: false,
      reason: 'no text layer; OCR needed',
      ruleId: 'ingest/pdf-no-text',
    });
  });

  it('refuses more pages than the limit', async () => {
    expect(await ingestPdf(corpus(DOCS.suzhou), { ...DEFAULT_INGEST_LIMITS, maxPages: 5 })).toEqual({
      ok: false,
      reason: 'too many pages (13 > 5)',
      ruleId: 'ingest/pdf-pages',
    });
  });
});
