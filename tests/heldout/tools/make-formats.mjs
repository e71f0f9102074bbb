#!/usr/bin/env node
/**
 * Turns held-out plans written as TXT into the two other formats agencies publish them in:
 * `corpus/<name>.docx`, laid out as a 公文 is (GB/T 9704: A4, 仿宋_GB2312 三号 body with a
 * two-character indent, 方正小标宋 二号 title, 黑体 `一、` and 楷体 `（一）` headings, the
 * signature and date flush right, `— N —` page numbers in the footer), and `corpus/<name>.pdf`,
 * that DOCX printed by LibreOffice (`soffice --headless --convert-to pdf`), as most agencies'
 * PDFs are exported from their Word files. The three files carry the same text, so one gold file
 * scores all three.
 *
 * The TXT is the source: one paragraph per line; consecutive lines holding tabs are a table
 * (its rows; a line without tabs between them, such as `（一）提升政务服务效能`, is a row merged
 * across the table). The DOCX is written deterministically (fixed dates); the PDF carries
 * LibreOffice's creation date.
 *
 * Usage: node tests/heldout/tools/make-formats.mjs NAME...   (NAME of tests/heldout/corpus, without `.txt`)
 *        node tests/heldout/tools/make-formats.mjs DIR/FILE.txt...   (written beside the file)
 * Needs LibreOffice for the PDF (Debian: apt-get install libreoffice-writer-nogui).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', 'corpus');
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const FONT = { body: '仿宋_GB2312', title: '方正小标宋简体', h1: '黑体', h2: '楷体_GB2312', table: '仿宋_GB2312' };
const run = (text, { font = FONT.body, size = 32, bold = false } = {}) =>
  `<w:r><w:rPr><w:rFonts w:ascii="${font}" w:eastAsia="${font}" w:hAnsi="${font}"/>${bold ? '<w:b/>' : ''}<w:sz w:val="${size}"/></w:rPr><w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
const para = (text, { jc, indent = true, ...font } = {}) =>
  `<w:p><w:pPr>${jc ? `<w:jc w:val="${jc}"/>` : ''}${indent ? '<w:ind w:firstLine="640"/>' : ''}</w:pPr>${run(text, font)}</w:p>`;

const TITLE = /^.{4,60}(?:方案|计划|规划|纲要|要点|措施|意见|办法|通知|细则)(?:（\d{4}[—－-]\d{4}年）)?$/u;
const DOC_NUMBER = /^.{1,12}〔\d{4}〕\d+号$/u;
const DATE_LINE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日$/u;
const H1 = /^[一二三四五六七八九十]+、/u;
const H2 = /^[（(][一二三四五六七八九十]+[）)]/u;
const SENTENCE = /[。；]/u;

/** One paragraph of the body, laid out by what the line is. */
function paragraph(line, next) {
  if (DOC_NUMBER.test(line)) return para(line, { jc: 'center', indent: false });
  if (DATE_LINE.test(line)) return para(line, { jc: 'right', indent: false });
  // The issuer's name just above the date is signed flush right too.
  if (next !== undefined && DATE_LINE.test(next) && line.length <= 30 && !SENTENCE.test(line)) {
    return para(line, { jc: 'right', indent: false });
  }
  if (/^（征求意见稿）$|^（\d{4}[—－-]\d{4}年）$/u.test(line)) return para(line, { jc: 'center', indent: false, font: FONT.h2 });
  if (TITLE.test(line) && !SENTENCE.test(line) && !/^[（(]?[一二三四五六七八九十\d]/u.test(line)) {
    return para(line, { jc: 'center', indent: false, font: FONT.title, size: 44 });
  }
  if (/^附件\s*\d*[：:]?$/u.test(line)) return para(line, { indent: false, font: FONT.h1 });
  if (H1.test(line) && line.length <= 40 && !SENTENCE.test(line)) return para(line, { font: FONT.h1 });
  if (H2.test(line) && line.length <= 40 && !SENTENCE.test(line)) return para(line, { font: FONT.h2 });
  return para(line);
}

const BORDER = ['top', 'left', 'bottom', 'right'].map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
const cell = (text, width, { span, bold } = {}) =>
  `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span ? `<w:gridSpan w:val="${span}"/>` : ''}<w:tcBorders>${BORDER}</w:tcBorders><w:vAlign w:val="center"/></w:tcPr>` +
  `<w:p><w:pPr><w:jc w:val="${text.length <= 8 ? 'center' : 'left'}"/></w:pPr>${run(text, { font: FONT.table, size: 24, bold })}</w:p></w:tc>`;

/** A table from tab-separated rows; a row of one cell spans the table (`width`: the text width of its page, in twips). */
function table(rows, width = 8800) {
  const columns = Math.max(...rows.map((r) => r.length));
  // Wider columns for longer text: each column's share follows its longest cell.
  const longest = Array.from({ length: columns }, (_, i) => Math.max(2, ...rows.filter((r) => r.length === columns).map((r) => (r[i] ?? '').length)));
  const total = longest.reduce((a, b) => a + Math.min(b, 40), 0);
  // 900 twips (three characters and the padding) for every column, the rest by its share
  const spare = width - 900 * columns;
  const widths = longest.map((l) => 900 + Math.round((spare * Math.min(l, 40)) / total));
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const body = rows
    .map((cells, i) =>
      cells.length === 1
        ? `<w:tr>${cell(cells[0], width, { span: columns, bold: true })}</w:tr>`
        : `<w:tr>${widths.map((w, c) => cell(cells[c] ?? '', w, { bold: i === 0 })).join('')}</w:tr>`,
    )
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/><w:jc w:val="center"/></w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}

function documentXml(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.replace(/\s+$/u, '')).filter((l) => l.trim() !== '');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].includes('\t')) {
      const rows = [];
      // A table runs over its tab rows and the one-cell group rows between them.
      while (i < lines.length && (lines[i].includes('\t') || (lines[i + 1]?.includes('\t') && rows.length > 0))) {
        rows.push(lines[i].split('\t').map((c) => c.trim()));
        i++;
      }
      i--;
      // a table too wide for a portrait page (a month-by-month schedule, a town-by-town matrix) is set on a landscape
      // page of its own, as agencies print them: the section before it ends portrait, its own ends landscape
      const columns = Math.max(...rows.map((r) => r.length));
      if (900 * columns > 8800) out.push(sectionBreak(PORTRAIT), table(rows, LANDSCAPE_WIDTH), sectionBreak(LANDSCAPE));
      else out.push(table(rows), para('', { indent: false }));
    } else {
      out.push(paragraph(lines[i].trim(), lines[i + 1]?.trim()));
    }
  }
  return `${XML}<w:document ${NS}><w:body>${out.join('')}${sectPr(PORTRAIT)}</w:body></w:document>`;
}

const MARGINS = '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/>';
const PORTRAIT = `<w:pgSz w:w="11906" w:h="16838"/>${MARGINS}`;
const LANDSCAPE = `<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>${MARGINS}`;
/** The text width of a landscape page: its width less the left and right margins. */
const LANDSCAPE_WIDTH = 16838 - 1588 - 1474;
const sectPr = (page) => `<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:type w:val="nextPage"/>${page}</w:sectPr>`;
/** An empty paragraph closing the section before it with the given page. */
const sectionBreak = (page) => `<w:p><w:pPr>${sectPr(page)}</w:pPr></w:p>`;

const field = (instr) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('1', { font: '宋体', size: 28 })}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const footerXml = `${XML}<w:ftr ${NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${run('— ', { font: '宋体', size: 28 })}${field('PAGE')}${run(' —', { font: '宋体', size: 28 })}</w:p></w:ftr>`;
const stylesXml = `${XML}<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const documentRels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/footer" Target="footer1.xml"/></Relationships>`;
const packageRels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/></Relationships>`;
const CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const contentTypes = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${CT}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${CT}.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="${CT}.footer+xml"/></Types>`;

async function docx(text) {
  const date = new Date(Date.UTC(2025, 0, 1));
  const zip = new JSZip();
  const add = (path, content) => zip.file(path, content, { date, createFolders: false });
  add('[Content_Types].xml', contentTypes);
  add('_rels/.rels', packageRels);
  add('word/_rels/document.xml.rels', documentRels);
  add('word/document.xml', documentXml(text));
  add('word/styles.xml', stylesXml);
  add('word/footer1.xml', footerXml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

// a NAME of the held-out corpus, or the path of any .txt (its DOCX and PDF are written beside it)
const sources = process.argv.slice(2).map((n) => (n.endsWith('.txt') ? resolve(n) : join(corpus, `${n}.txt`)));
if (sources.length === 0) {
  console.error('usage: node tests/heldout/tools/make-formats.mjs NAME|FILE.txt...');
  process.exit(2);
}
for (const src of sources) {
  const docxPath = src.replace(/\.txt$/u, '.docx');
  writeFileSync(docxPath, await docx(readFileSync(src, 'utf8')));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dirname(src), docxPath], { stdio: 'ignore' });
  console.log(`wrote ${basename(docxPath)} and ${basename(docxPath, '.docx')}.pdf`);
}
