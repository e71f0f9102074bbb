#!/usr/bin/env node
// Writes tests/fixtures/pdf/task-table.pdf, used by tests/unit/task-tables-pdf.test.ts: a two-page
// A4 实施方案 laid out the way an agency's Word file exports to PDF, with a 重点任务分工表 as its
// attachment. pdf.js cannot write PDFs, so it is assembled by hand (objects, xref table, trailer),
// as scripts/make-pdf-fixtures.mjs does; the output is deterministic (no dates, no random ids), so
// re-running the script reproduces the committed file byte for byte.
//
// The font is the one Chinese government PDFs produced by iText and many OA systems use: a
// non-embedded /Type0 font, /Encoding /UniGB-UCS2-H, over a CIDFontType0 /STSong-Light with
// /CIDSystemInfo (Adobe GB1 5). Text is written as hex strings of UCS-2 code units; pdf.js maps
// them to CIDs and back to Unicode with its packed cMaps (the pipeline passes cMapUrl). Han
// characters and full-width punctuation are 1000 units wide (/DW), ASCII (CIDs 1–95) 500.
//
// Layout (GB/T 9704 style): A4, text block 156 mm (28 characters of 16 pt) from x = 79.4 pt, body
// 16 pt at a 28.95 pt pitch, first lines indented two characters, non-final lines justified with
// character spacing (Tc), closing punctuation never opening a line (it takes the previous
// character with it); title 22 pt centred; signature and date set right; page numbers `— 1 —`
// 14 pt at the foot, right on odd pages and left on even ones.
//
// Page 2 is the attachment: `附件`, the title `重点任务分工表`, and a ruled table (every cell a
// `re S` rectangle) 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 at 12 pt with Word's default 5.4 pt cell margins
// (see CELL_PAD) and Word's line pitch (15.6 pt). Cells are centred vertically in their
// row, the task cell is justified, the others centred; text that does not fit its cell wraps
// inside it (a task over two lines, two units split over two lines, a long date).
//
// Usage: node scripts/make-pdf-task-table.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { buildPdf } from './lib/pdf-writer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outFile = path.join(root, 'tests', 'fixtures', 'pdf', 'task-table.pdf');

// --- PDF assembly (objects and xref: scripts/lib/pdf-writer.mjs) ------------------------------

function flateStream(text) {
  const data = deflateSync(Buffer.from(text, 'latin1'), { level: 9 });
  return [`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, data, '\nendstream'];
}

// --- Text metrics and encoding ---------------------------------------------------------------

/** Advance of one character in text space units per 1 pt of font size. */
const advance = (c) => (c.charCodeAt(0) >= 0x20 && c.charCodeAt(0) <= 0x7e ? 0.5 : 1);
const widthOf = (s, fs) => [...s].reduce((w, c) => w + advance(c) * fs, 0);

/** UniGB-UCS2-H: two bytes per character, big-endian UCS-2. */
function hex(s) {
  let out = '';
  for (const c of s) {
    const code = c.codePointAt(0);
    if (code > 0xffff) throw new Error(`not UCS-2: ${c}`);
    out += code.toString(16).toUpperCase().padStart(4, '0');
  }
  return `<${out}>`;
}

const num = (n) => {
  const r = Math.round(n * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
};

/** One text object: `s` at (x, y), `tc` extra spacing after each character. */
function show(s, x, y, fs, tc = 0) {
  return `BT /F1 ${num(fs)} Tf ${num(tc)} Tc 1 0 0 1 ${num(x)} ${num(y)} Tm ${hex(s)} Tj ET`;
}

// Line breaking: a Latin/digit run is one token; closing punctuation may not open a line and
// opening punctuation may not end one (Word's 禁则 for Chinese).
const CLOSERS = '，。、；：？！）》”’%';
const OPENERS = '（《“‘';

function tokens(s) {
  return s.match(/[A-Za-z0-9.%]+|./gu) ?? [];
}

/** Splits `s` into lines no wider than `width` (the first `firstWidth`). */
function wrap(s, fs, width, firstWidth = width) {
  const toks = tokens(s);
  const lines = [];
  let cur = [];
  let w = 0;
  const limit = () => (lines.length === 0 ? firstWidth : width);
  for (const t of toks) {
    const tw = widthOf(t, fs);
    if (cur.length > 0 && w + tw > limit() + 0.01) {
      // a closer cannot open the next line: move the last token down with it
      if (CLOSERS.includes(t[0]) && cur.length > 1) {
        const moved = cur.pop();
        lines.push(cur);
        cur = [moved];
        w = widthOf(moved, fs);
      } else {
        lines.push(cur);
        cur = [];
        w = 0;
      }
      // an opener cannot end a line
      const prev = lines[lines.length - 1];
      if (prev.length > 1 && OPENERS.includes(prev[prev.length - 1])) {
        const moved = prev.pop();
        cur.unshift(moved);
        w += widthOf(moved, fs);
      }
    }
    cur.push(t);
    w += tw;
  }
  if (cur.length > 0) lines.push(cur);
  return lines.map((l) => l.join(''));
}

/** Character spacing that makes `s` end exactly `width` from where it starts. */
function justify(s, fs, width) {
  const n = [...s].length;
  return n > 1 ? (width - widthOf(s, fs)) / (n - 1) : 0;
}

// --- Page geometry -----------------------------------------------------------------------------

const PAGE_W = 595.3;
const PAGE_H = 841.9;
const LEFT = 79.4; // 28 mm
const TEXT_W = 448; // 156 mm: 28 characters of 16 pt
const RIGHT = LEFT + TEXT_W;
const BODY = 16; // 三号
const PITCH = 28.95; // 22 lines to the page
const TITLE = 22; // 二号
const TOP = 717.7; // first baseline

class Page {
  constructor(number) {
    this.number = number;
    this.ops = ['0 g 0 G'];
    this.y = TOP;
  }

  /** A paragraph of body text: first line indented, all lines but the last justified. */
  paragraph(text, { indent = 2 * BODY } = {}) {
    const lines = wrap(text, BODY, TEXT_W, TEXT_W - indent);
    lines.forEach((line, k) => {
      const x = k === 0 ? LEFT + indent : LEFT;
      const avail = RIGHT - x;
      const tc = k < lines.length - 1 ? justify(line, BODY, avail) : 0;
      this.ops.push(show(line, x, this.y, BODY, tc));
      this.y -= PITCH;
    });
  }

  centred(text, fs) {
    this.ops.push(show(text, LEFT + (TEXT_W - widthOf(text, fs)) / 2, this.y, fs));
    this.y -= PITCH;
  }

  /** A line whose right end is `rightIndent` from the right margin. */
  right(text, rightIndent) {
    this.ops.push(show(text, RIGHT - rightIndent - widthOf(text, BODY), this.y, BODY));
    this.y -= PITCH;
  }

  at(text, x, fs = BODY) {
    this.ops.push(show(text, x, this.y, fs));
    this.y -= PITCH;
  }

  skip(lines = 1) {
    this.y -= lines * PITCH;
  }

  folio() {
    const s = `— ${this.number} —`;
    const fs = 14; // 四号
    const w = widthOf(s, fs);
    const x = this.number % 2 === 1 ? RIGHT - fs - w : LEFT + fs;
    this.ops.push(show(s, x, 62, fs));
  }

  check() {
    if (this.y + PITCH < 100) throw new Error(`page ${this.number} overflows (last baseline ${this.y + PITCH})`);
  }
}

// --- The table ---------------------------------------------------------------------------------

const CELL_FS = 12; // 小四
const CELL_PITCH = 15.6; // Word's single spacing for 12 pt
// Left/right cell margin: Word's default, 5.4 pt (0.19 cm), which leaves full cells about one font
// size apart, too close to tell them apart by the gaps in the text; src/ingest/pdf.ts reads the cells
// from the rules (src/ingest/pdf-grid.ts).
const CELL_PAD = 5.4;
const ROW_MIN = 28;
const COLS = [36, 172, 84, 84, 72]; // sums to TEXT_W

function drawTable(page, top, header, rows) {
  const ops = ['0.5 w'];
  let y = top;
  const all = [header, ...rows].map((cells, r) => {
    const lines = cells.map((text, c) => (text === '' ? [] : wrap(text, CELL_FS, COLS[c] - 2 * CELL_PAD)));
    const n = Math.max(1, ...lines.map((l) => l.length));
    return { r, lines, height: Math.max(ROW_MIN, n * CELL_PITCH + 10) };
  });
  for (const { r, lines, height } of all) {
    let x = LEFT;
    lines.forEach((cellLines, c) => {
      const w = COLS[c];
      ops.push(`${num(x)} ${num(y - height)} ${num(w)} ${num(height)} re S`);
      // centred vertically: the block of lines sits in the middle of the row
      const blockTop = y - (height - cellLines.length * CELL_PITCH) / 2;
      cellLines.forEach((line, k) => {
        const baseline = blockTop - (k + 0.5) * CELL_PITCH - 0.35 * CELL_FS;
        const inner = w - 2 * CELL_PAD;
        const justified = r > 0 && c === 1;
        if (justified) {
          const tc = k < cellLines.length - 1 ? justify(line, CELL_FS, inner) : 0;
          ops.push(show(line, x + CELL_PAD, baseline, CELL_FS, tc));
        } else {
          ops.push(show(line, x + CELL_PAD + (inner - widthOf(line, CELL_FS)) / 2, baseline, CELL_FS));
        }
      });
      x += w;
    });
    y -= height;
  }
  page.ops.push(...ops);
  page.y = y - PITCH;
}

// --- The document --------------------------------------------------------------------------------

const p1 = new Page(1);
p1.centred('某市推动数字经济高质量发展实施方案', TITLE);
p1.skip(1);
p1.paragraph('为加快推动数字经济高质量发展，根据《某省数字经济促进条例》，结合我市实际，制定本方案。');
p1.paragraph('一、总体目标');
p1.paragraph('到2025年，全市数字经济核心产业增加值突破1000亿元，占地区生产总值比重达到12%以上。');
p1.paragraph('二、重点任务');
p1.paragraph('（一）加快数字基础设施建设。推进千兆光网和5G网络深度覆盖，适度超前布局算力基础设施。（责任单位：市发展改革委、市财政局）');
p1.paragraph('（二）推动产业数字化转型。推动规模以上工业企业数字化改造全覆盖。（责任单位：市工业和信息化局，各区人民政府）');
p1.paragraph('三、保障措施');
p1.paragraph('（一）加强组织领导。建立数字经济发展工作专班，定期研究解决重大问题。');
p1.skip(1);
p1.right('某市人民政府办公室', 4 * BODY);
{
  const issuer = widthOf('某市人民政府办公室', BODY);
  const date = '2024年3月1日';
  p1.at(date, RIGHT - 4 * BODY - issuer + (issuer - widthOf(date, BODY)) / 2);
}
p1.check();
p1.folio();

const p2 = new Page(2);
p2.at('附件', LEFT);
p2.skip(0.4);
p2.centred('重点任务分工表', TITLE);
drawTable(
  p2,
  p2.y + 0.4 * PITCH,
  ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
  [
    ['1', '建设城市数据大脑，推动政务数据共享开放', '市大数据局', '市发展改革委、市财政局', '2025年6月'],
    ['2', '推进工业互联网平台建设', '市工业和信息化局', '市科技局', '2024年底前'],
    ['3', '每年安排数字经济发展专项资金不少于5000万元', '市财政局', '各区人民政府', '每年'],
    ['4', '培育数字经济核心企业，新增规模以上企业50家', '市工业和信息化局', '市商务局、市市场监管局', '2025年12月底前'],
    ['5', '建设数字经济产业园区2个', '市发展改革委', '各区人民政府', '2025年6月底前'],
  ],
);
p2.check();
p2.folio();

// --- Objects -------------------------------------------------------------------------------------

const pages = [p1, p2];
const FONT = 3 + 2 * pages.length; // after catalog, pages tree and each page's page + content objects
const bodies = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + 2 * i} 0 R`).join(' ')}] /Count ${pages.length} >>`,
];
for (const [i, page] of pages.entries()) {
  bodies.push(
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Contents ${4 + 2 * i} 0 R ` +
      `/Resources << /Font << /F1 ${FONT} 0 R >> /ProcSet [/PDF /Text] >> >>`,
    flateStream(page.ops.join('\n')),
  );
}
bodies.push(
  `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light-UniGB-UCS2-H /Encoding /UniGB-UCS2-H /DescendantFonts [${FONT + 1} 0 R] >>`,
  '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light ' +
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 5 >> ' +
    `/FontDescriptor ${FONT + 2} 0 R /DW 1000 /W [1 95 500] >>`,
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] ' +
    '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  '<< /Producer (policy-extract scripts/make-pdf-task-table.mjs) >>',
);
const bytes = buildPdf(bodies, `/Info ${bodies.length} 0 R `);

mkdirSync(path.dirname(outFile), { recursive: true });
writeFileSync(outFile, bytes);
console.log(`wrote ${path.relative(root, outFile)} (${bytes.length} bytes)`);
