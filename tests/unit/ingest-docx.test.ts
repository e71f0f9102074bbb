import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { formatNumber, ingestDocx } from '../../src/ingest/docx.js';
import { DEFAULT_INGEST_LIMITS, type IngestOutcome, type IngestResult } from '../../src/ingest/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.join(ROOT, 'corpus');
const FIXTURE = path.join(ROOT, 'tests/fixtures/docx/plan-numbering.docx');

const DOCS = [
  'guangdong-digital-creative-2023-2025',
  'hangzhou-culture-14th-five-year',
  'shenzhen-digital-creative-2022-2025',
  'suzhou-cultural-creative-2023-2025',
  'taicang-culture-2025-draft',
] as const;
type Doc = (typeof DOCS)[number];

const readBytes = (file: string): Uint8Array => new Uint8Array(readFileSync(file));
const docxBytes = (doc: Doc): Uint8Array => readBytes(path.join(CORPUS, `${doc}.docx`));

function ok(outcome: IngestOutcome): IngestResult {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.ruleId}: ${outcome.reason}`);
  return outcome.value;
}

const cache = new Map<Doc, string>();
async function docxText(doc: Doc): Promise<string> {
  let text = cache.get(doc);
  if (text === undefined) {
    text = ok(await ingestDocx(docxBytes(doc), DEFAULT_INGEST_LIMITS)).text;
    cache.set(doc, text);
  }
  return text;
}

/**
 * The TXT rendition of the same plan, made comparable: its converter's
 * `[bookmark: …]` artefacts removed, indentation stripped.
 */
function txtLines(doc: Doc): string[] {
  return readFileSync(path.join(CORPUS, `${doc}.txt`), 'utf8')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/\[bookmark: [^\]]*\]/g, '').replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
}

/**
 * Where the DOCX itself displays something else than the TXT rendition, stated per
 * document (each checked against word/numbering.xml in a test below):
 * - Shenzhen: the lists' w:lvlText is `%1.` (ASCII full stop); the TXT/PDF show `1．`.
 * - Guangdong, Suzhou: w:suff is `nothing` (no gap after `1.`); the TXT has `1. `.
 */
const TXT_TO_DOCX: Partial<Record<Doc, (line: string) => string>> = {
  'shenzhen-digital-creative-2022-2025': (l) => l.replace(/^(\d+)．/, '$1.'),
  'guangdong-digital-creative-2023-2025': (l) => l.replace(/^(\d+\.) /, '$1'),
  'suzhou-cultural-creative-2023-2025': (l) => l.replace(/^(\d+\.) /, '$1'),
};

const MARKER =
  /^(第[一二三四五六七八九十百]+[章条节]|[一二三四五六七八九十]+[、．.]|[（(][一二三四五六七八九十]+[）)]|[（(]\d+[）)]|\d+[.．、](?!\d)|[①-⑳])/;

function markers(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    const m = MARKER.exec(l.replace(/^[\s\u3000]+/, ''));
    if (m) out.push(m[1]);
  }
  return out;
}

const squeeze = (s: string): string => s.replace(/[\s\u3000]+/g, '');

async function lvlTexts(doc: Doc): Promise<string[]> {
  const zip = await JSZip.loadAsync(docxBytes(doc));
  const xml = (await zip.file('word/numbering.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:lvl w:ilvl="0">[\s\S]*?<w:lvlText w:val="([^"]*)"/g)].map((m) => m[1]);
}

describe('ingestDocx on the corpus', () => {
  it.each(DOCS)('%s: result shape (lines, no pages, no encoding)', async (doc) => {
    const r = ok(await ingestDocx(docxBytes(doc), DEFAULT_INGEST_LIMITS));
    expect(r.format).toBe('docx');
    expect(r.pageMap).toEqual([]);
    expect(r.pages).toBeNull();
    expect(r.encoding).toBeNull();
    expect(r.messages).toEqual([]);
    expect(r.text).not.toMatch(/\r|\[bookmark|OLE_LINK|HYPERLINK|PAGE \\/);
  });

  it.each(DOCS)('%s: same text as the TXT rendition, white space aside', async (doc) => {
    const fold = TXT_TO_DOCX[doc] ?? ((l: string) => l);
    const txt = txtLines(doc).map(fold).join('\n');
    expect(squeeze(await docxText(doc))).toBe(squeeze(txt));
  });

  it.each(DOCS)('%s: typed and restored markers, in order, equal the TXT rendition', async (doc) => {
    const fold = TXT_TO_DOCX[doc] ?? ((l: string) => l);
    const expected = markers(txtLines(doc).map(fold));
    expect(expected.length).toBeGreaterThan(15);
    expect(markers((await docxText(doc)).split('\n'))).toEqual(expected);
  });

  it.each(DOCS.filter((d) => d !== 'hangzhou-culture-14th-five-year'))(
    '%s: paragraph for paragraph equal to the TXT rendition',
    async (doc) => {
      const fold = TXT_TO_DOCX[doc] ?? ((l: string) => l);
      const expected = txtLines(doc).map(fold).filter((l) => l !== '');
      const actual = (await docxText(doc)).split('\n').map((l) => l.trim()).filter((l) => l !== '');
      expect(actual).toEqual(expected);
    },
  );

  it('Suzhou: numbering continued across sections comes back as 1.–10. under 三 and 11.–16. under 四', async () => {
    const lines = (await docxText('suzhou-cultural-creative-2023-2025')).split('\n');
    const numbered = lines.filter((l) => /^\d+\./.test(l)).map((l) => /^\d+\./.exec(l)![0]);
    expect(numbered).toEqual(Array.from({ length: 16 }, (_, i) => `${i + 1}.`));
    const four = lines.indexOf('四、工作举措');
    expect(lines[four - 1]).toMatch(/^10\.激发文体旅消费潜力。/);
    expect(lines[four + 1]).toMatch(/^11\.推动营商环境提升。主动服务、精准施策/);
  });

  it('Taicang: continued lists 1–18 restored, known paragraph equal to the TXT', async () => {
    const lines = (await docxText('taicang-culture-2025-draft')).split('\n');
    const numbered = lines.filter((l) => /^\d+\./.test(l)).map((l) => /^\d+\./.exec(l)![0]);
    expect(numbered).toEqual(Array.from({ length: 18 }, (_, i) => `${i + 1}.`));
    const txt = txtLines('taicang-culture-2025-draft').find((l) => l.startsWith('2.优化产业生态。'));
    expect(txt).toBeDefined();
    expect(lines).toContain(txt);
  });

  it('Shenzhen: numbers per 行动 restart at 1; the DOCX displays `1.` (lvlText `%1.`), the TXT `1．`', async () => {
    const lines = (await docxText('shenzhen-digital-creative-2022-2025')).split('\n');
    const numbered = lines.filter((l) => /^\d+[.．]/.test(l)).map((l) => /^\d+[.．]/.exec(l)![0]);
    expect(numbered).toEqual(Array.from({ length: 6 }, () => ['1.', '2.', '3.']).flat());
    expect(new Set(await lvlTexts('shenzhen-digital-creative-2022-2025'))).toEqual(new Set(['%1.', '']));
    expect(lines).toContain(
      '1.推进数字技术创新应用。发挥深圳信息技术和智能技术优势，扩大5G+4K/8K超高清、大数据、云计算、人工智能、虚拟现实、增强现实、区块链等数字技术在文化领域应用，支持开发更多数字创意应用场景，拓展数字创意产业发展新空间。整合龙头企业、高校院所、研究机构等资源，着力推动基础创新与原始创新。建立产学研用协同合作机制，推动数字技术创新成果转化，带动产业链数字化转型升级，提升产品核心竞争力。（责任单位：市委宣传部、市文化广电旅游体育局、工业和信息化局、科技创新委）',
    );
  });

  it('Guangdong: each 工程 restarts its list at 1', async () => {
    const lines = (await docxText('guangdong-digital-creative-2023-2025')).split('\n');
    const numbered = lines.filter((l) => /^\d+\./.test(l)).map((l) => /^\d+/.exec(l)![0]).join(' ');
    expect(numbered).toBe('1 2 3 1 2 3 4 1 2 3 4 1 2 3 1 2 3 1 2');
    expect(lines).toContain(
      '2.建设优质 IP 资源库。结合国家文化大数据体系建设，建设省级优质 IP 项目库，培育一批原创品牌项目、团队和企业。鼓励基于中华优秀传统文化的创新创作，实施岭南文化原创精品扶持工程，丰富优质 IP 资源。（省委宣传部，省文化和旅游厅、广电局按职责分工负责）',
    );
  });

  it('Hangzhou: tables come out one row per line, cells separated by tabs', async () => {
    const lines = (await docxText('hangzhou-culture-14th-five-year')).split('\n');
    const rows = lines.filter((l) => l.includes('\t'));
    expect(rows).toHaveLength(9 + 6 + 9);
    const header = lines.indexOf('\t指标名称\t2020年 实际值\t2025年 目标值');
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 1, header + 4)).toEqual([
      '1\t全市文化产业增加值（亿元）\t2285\t3000',
      '2\t全市文化产业总产出（亿元）\t8001\t10000',
      '3\t全市规上数字文化企业营业收入占规上文化企业营业收入比重（%）\t60\t>65',
    ]);
    expect(lines).toContain('产业走廊\t重点平台');
    expect(lines).toContain('产业组团\t重点平台');
    for (const row of rows) expect(row.split('\t').length === 4 || row.split('\t').length === 2).toBe(true);
  });

  it.each(DOCS)('%s: holds everything mammoth.extractRawText reads, plus only list numbers', async (doc) => {
    const ours = squeeze(await docxText(doc));
    const theirs = squeeze((await mammoth.extractRawText({ buffer: Buffer.from(docxBytes(doc)) })).value);
    let i = 0;
    let extra = '';
    for (const ch of theirs) {
      while (i < ours.length && ours[i] !== ch) extra += ours[i++];
      expect(i, `mammoth's text not found in order near …${ch}`).toBeLessThan(ours.length);
      i++;
    }
    extra += ours.slice(i);
    expect(extra).toMatch(/^[0-9.]*$/);
  });
});

describe('ingestDocx on the numbering fixture (scripts/make-docx-fixture.mjs)', () => {
  it('restores style, nested, continued and restarted numbering; skips what is not body text', async () => {
    const r = ok(await ingestDocx(readBytes(FIXTURE), DEFAULT_INGEST_LIMITS));
    expect(r.messages).toEqual([]);
    expect(r.text.split('\n')).toEqual([
      '某市数字文化产业高质量发展实施方案（2024—2026年）',
      '为加快推动数字文化产业高质量发展，结合我市实际，制定本方案。',
      '一、总体要求',
      '（一）指导思想',
      '坚持以习近平新时代中国特色社会主义思想为指导，政策文件详见市政府门户网站。',
      '（二）发展目标',
      '到2026年，全市数字文化产业增加值突破500亿元，年均增长10%以上。',
      '类别\t指标名称\t2023年 基期值\t2026年目标值',
      '产业规模\t数字文化产业增加值（亿元）\t320\t500',
      '\t规上数字文化企业数量（家）\t410\t>600',
      '创新能力\t省级以上重点实验室（个）\t8\t15',
      '注：增加值按现价计算。\t\t\t',
      '二、重点任务',
      '（一）壮大市场主体',
      '1. 培育龙头企业。支持骨干企业做大做强。（责任单位：市委宣传部、市文广旅局）',
      '（1）对首次入选全国文化企业30强的企业给予奖励；',
      '①奖励标准按年度确定；',
      '②同一企业不重复奖励。',
      '（2）对新认定的国家级文化产业示范基地给予支持。',
      '2. 扶持中小微企业。（责任单位：市工信局、市财政局）',
      '（1）设立中小微文化企业贷款风险补偿资金池。',
      '（二）建设产业载体',
      '3. 建设数字文化产业园区。到2026年建成省级以上园区5家。',
      '4. 打造创意设计集聚区。',
      '重点发展领域包括：',
      '•数字内容；',
      '•创意设计。',
      '各地要加快项目建设。',
      '专栏1　重点园区名单',
      '三、保障措施',
      '1. 加强组织领导。',
      '2. 强化督促检查。每季度通报工作进展。',
      '联系人：张三\t联系电话：0512-12345678',
      '附件',
      '１．重点项目清单',
      '２．重点园区名单',
      '某市人民政府办公室',
      '2024年3月1日',
      '附件1',
      '重点任务分工表',
      '序号\t重点任务\t牵头单位\t配合单位\t完成时限',
      '一、壮大市场主体\t\t\t\t', // a cell spanning the row: its text once, the spanned columns empty
      '1\t培育数字文化骨干企业，规上数字文化企业达到600家。\t市委宣传部\t市工信局、市财政局\t2026年底前',
      '\t\t\t市科技局\t', // under the merged task cell
      '2\t设立中小微文化企业贷款风险补偿资金池。\t市地方金融监管局\t各县（市、区）人民政府\t2024年6月',
      '二、强化要素保障\t\t\t\t',
      '3\t每年安排数字文化产业发展专项资金不少于1亿元。\t市财政局\t—\t每年',
    ]);
  });

  it('emits no header, footer, footnote, field code, bookmark or deleted text', async () => {
    const { text } = ok(await ingestDocx(readBytes(FIXTURE), DEFAULT_INGEST_LIMITS));
    for (const absent of ['某市人民政府办公室文件', '国家统计局分类', '— 1 —', 'HYPERLINK', 'OLE_LINK1', '每半年', 'DefaultPlaceholder']) {
      expect(text).not.toContain(absent);
    }
    expect(text.split('专栏1').length).toBe(2); // text box read once, not again from mc:Fallback
  });
});

describe('formatNumber', () => {
  it.each([
    [1, 'decimal', '1'],
    [12, 'decimalFullWidth', '１２'],
    [7, 'decimalZero', '07'],
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [23, 'chineseCountingThousand', '二十三'],
    [101, 'chineseCountingThousand', '一百零一'],
    [110, 'chineseCountingThousand', '一百一十'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [3, 'ideographTraditional', '丙'],
    [1, 'decimalEnclosedCircle', '①'],
    [20, 'decimalEnclosedCircle', '⑳'],
    [21, 'decimalEnclosedCircle', '㉑'],
    [3, 'upperLetter', 'C'],
    [28, 'lowerLetter', 'bb'],
    [14, 'upperRoman', 'XIV'],
    [9, 'lowerRoman', 'ix'],
    [5, 'none', ''],
    [4, 'someFutureFormat', '4'],
  ] as const)('%i as %s → %s', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------
// Numbering and XML details, on small generated documents

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

async function textOf(parts: { body: string; numbering?: string; styles?: string }): Promise<IngestResult> {
  const files: Record<string, string> = {
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W_NS}"><w:body>${parts.body}</w:body></w:document>`,
  };
  if (parts.numbering) files['word/numbering.xml'] = `<w:numbering xmlns:w="${W_NS}" xmlns:mc="${MC_NS}">${parts.numbering}</w:numbering>`;
  if (parts.styles) files['word/styles.xml'] = `<w:styles xmlns:w="${W_NS}">${parts.styles}</w:styles>`;
  return ok(await ingestDocx(await zipOf(files), DEFAULT_INGEST_LIMITS));
}
const item = (numId: number, ilvl: number, text: string): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
const level = (ilvl: number, fmt: string, text: string, extra = ''): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/><w:suff w:val="nothing"/></w:lvl>`;

describe('ingestDocx numbering details', () => {
  it('isLgl shows inherited levels as decimals', async () => {
    const r = await textOf({
      numbering: `<w:abstractNum w:abstractNumId="0">${level(0, 'upperRoman', '%1.')}${level(1, 'decimal', '%1.%2', '<w:isLgl/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      body: item(1, 0, '总则') + item(1, 1, '目的') + item(1, 0, '分则') + item(1, 1, '范围'),
    });
    expect(r.text.split('\n')).toEqual(['I.总则', '1.1目的', 'II.分则', '2.1范围']);
  });

  it('lvlRestart 0 keeps a deeper level counting across shallower items', async () => {
    const r = await textOf({
      numbering: `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}${level(1, 'decimal', '（%2）', '<w:lvlRestart w:val="0"/>')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`,
      body: item(1, 0, '甲') + item(1, 1, '子') + item(1, 0, '乙') + item(1, 1, '丑'),
    });
    expect(r.text.split('\n')).toEqual(['1.甲', '（1）子', '2.乙', '（2）丑']);
  });

  it('numbering through a based-on style, a numbering style link and a custom format', async () => {
    const r = await textOf({
      styles:
        '<w:style w:type="paragraph" w:styleId="ListBase"><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Article"><w:basedOn w:val="ListBase"/></w:style>' +
        '<w:style w:type="numbering" w:styleId="ArticleList"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>',
      numbering:
        '<w:abstractNum w:abstractNumId="0"><w:numStyleLink w:val="ArticleList"/></w:abstractNum>' +
        `<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="ArticleList"/>${level(0, 'chineseCounting', '第%1条', '')}</w:abstractNum>` +
        `<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1"/><w:suff w:val="space"/></w:lvl></w:abstractNum>` +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>',
      body:
        item(1, 0, '为了规范管理，制定本办法。') +
        item(1, 0, '本办法适用于全市。') +
        '<w:p><w:pPr><w:pStyle w:val="Article"/></w:pPr><w:r><w:t>编号项目</w:t></w:r></w:p>',
    });
    expect(r.text.split('\n')).toEqual(['第一条为了规范管理，制定本办法。', '第二条本办法适用于全市。', '001 编号项目']);
  });

  it('an undefined list is reported, not guessed', async () => {
    const r = await textOf({ body: item(9, 0, '没有定义的编号') });
    expect(r.text).toBe('没有定义的编号');
    expect(r.messages).toMatchObject([{ severity: 'warning', stage: 'ingest', ruleId: 'ingest/docx-numbering' }]);
  });

  it('other namespace prefixes, entities, CDATA, comments and `>` inside attribute values', async () => {
    const xml = `<?xml version="1.0"?><!-- made by a tool --><x:document xmlns:x="${W_NS}"><x:body><x:p><x:pPr><x:pStyle x:val="a>b"/></x:pPr><x:r><x:t>增长&gt;10%&amp;</x:t><x:t><![CDATA[<不是标签>]]></x:t><x:t>&#x4E2D;&#22269;</x:t></x:r></x:p></x:body></x:document>`;
    const r = ok(await ingestDocx(await zipOf({ 'word/document.xml': xml }), DEFAULT_INGEST_LIMITS));
    expect(r.text).toBe('增长>10%&<不是标签>中国');
  });

  it('a field that never reaches `separate` hides no more than its paragraph', async () => {
    const r = await textOf({
      body:
        '<w:p><w:r><w:t>前文</w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:t>MERGEFIELD 姓名</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>后文照常输出。</w:t></w:r></w:p>',
    });
    expect(r.text.split('\n')).toEqual(['前文', '后文照常输出。']);
  });
});

// ---------------------------------------------------------------------------------
// Bad input: errors are values

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';
const bodyXml = (inner: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${inner}</w:body></w:document>`;

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Offset of `name`'s local file header, and of its (compressed) data. */
function localEntry(zip: Uint8Array, name: string): { header: number; data: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = Buffer.from(name, 'utf8');
  for (let i = 0; i + 30 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const nameLen = view.getUint16(i + 26, true);
    const extraLen = view.getUint16(i + 28, true);
    if (Buffer.from(zip.subarray(i + 30, i + 30 + nameLen)).equals(wanted)) {
      return { header: i, data: i + 30 + nameLen + extraLen };
    }
  }
  throw new Error(`no local header for ${name}`);
}

/** Rewrites the declared uncompressed size of `name` in its local header and central directory. */
function lieAboutSize(zip: Uint8Array, name: string, size: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(localEntry(zip, name).header + 22, size, true);
  const wanted = Buffer.from(name, 'utf8');
  for (let i = 0; i + 46 < zip.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(i + 28, true);
    if (Buffer.from(zip.subarray(i + 46, i + 46 + nameLen)).equals(wanted)) view.setUint32(i + 24, size, true);
  }
}

describe('ingestDocx on bad input', () => {
  const SMALL = { ...DEFAULT_INGEST_LIMITS, maxUncompressedBytes: 64 * 1024 };
  const bombXml = bodyXml('<w:p><w:r><w:t>重复的文字重复的文字</w:t></w:r></w:p>'.repeat(20_000));
  const bombBytes = Buffer.byteLength(bombXml, 'utf8');

  it('a file that is not a zip archive', async () => {
    const txt = readBytes(path.join(CORPUS, 'suzhou-cultural-creative-2023-2025.txt'));
    for (const bytes of [txt, new Uint8Array(0)]) {
      expect(await ingestDocx(bytes, DEFAULT_INGEST_LIMITS)).toEqual({
        ok: false,
        reason: 'corrupt DOCX: not a zip archive',
        ruleId: 'ingest/docx-corrupt',
      });
    }
  });

  it('a legacy .doc / encrypted document (OLE2 compound file)', async () => {
    const ole = new Uint8Array(1024);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const r = await ingestDocx(ole, DEFAULT_INGEST_LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.ruleId).toBe('ingest/docx-corrupt');
      expect(r.reason).toMatch(/^corrupt DOCX: not a zip archive \(an OLE2 compound file/);
    }
  });

  it('a truncated DOCX', async () => {
    const bytes = docxBytes('suzhou-cultural-creative-2023-2025');
    const r = await ingestDocx(bytes.subarray(0, Math.floor(bytes.length / 2)), DEFAULT_INGEST_LIMITS);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.ruleId).toBe('ingest/docx-corrupt');
      expect(r.reason).toMatch(/^corrupt DOCX: /);
    }
  });

  it('a zip without word/document.xml', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/styles.xml': '<w:styles/>' });
    expect(await ingestDocx(bytes, DEFAULT_INGEST_LIMITS)).toEqual({
      ok: false,
      reason: 'corrupt DOCX: no word/document.xml',
      ruleId: 'ingest/docx-corrupt',
    });
  });

  it('a DOCX whose body holds no text', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': bodyXml('<w:p/><w:p></w:p>') });
    const r = await ingestDocx(bytes, DEFAULT_INGEST_LIMITS);
    expect(r).toMatchObject({ ok: false, ruleId: 'ingest/empty' });
  });

  it('a zip bomb: refused from the central directory size', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': bombXml });
    expect(bytes.length).toBeLessThan(SMALL.maxUncompressedBytes);
    expect(await ingestDocx(bytes, SMALL)).toEqual({
      ok: false,
      reason: `DOCX part word/document.xml too large (${bombBytes} bytes uncompressed > limit ${SMALL.maxUncompressedBytes})`,
      ruleId: 'ingest/docx-too-large',
    });
  });

  it('a zip bomb is refused without inflating it (its deflate data is garbage)', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': bombXml });
    const { data } = localEntry(bytes, 'word/document.xml');
    bytes.fill(0xff, data, data + 64); // BTYPE 11: any inflater fails on the first block
    const refused = await ingestDocx(bytes, SMALL);
    expect(refused).toMatchObject({ ok: false, ruleId: 'ingest/docx-too-large' });
    // With a limit it fits, the same bytes do get inflated, and fail as corrupt.
    const inflated = await ingestDocx(bytes, DEFAULT_INGEST_LIMITS);
    expect(inflated).toMatchObject({ ok: false, ruleId: 'ingest/docx-corrupt' });
    if (!inflated.ok) expect(inflated.reason).toMatch(/^corrupt DOCX: cannot inflate word\/document\.xml/);
  });

  it('a zip bomb that lies about its size is stopped while inflating', async () => {
    const bytes = await zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': bombXml });
    lieAboutSize(bytes, 'word/document.xml', 1000);
    const r = await ingestDocx(bytes, SMALL);
    expect(r).toMatchObject({ ok: false, ruleId: 'ingest/docx-too-large' });
    if (!r.ok) expect(r.reason).toMatch(/^DOCX part word\/document\.xml too large \(more than 65536 bytes uncompressed/);
  });
});
