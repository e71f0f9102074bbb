import { createRequire } from 'node:module';
import path from 'node:path';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { PageStart } from '../core/span.js';
import { message, type Message } from '../core/messages.js';
import { gridRows, gridsOf, segmentsOf, type Grid, type Segments } from './pdf-grid.js';
import type { IngestHints, IngestLimits, IngestOutcome } from './types.js';

/**
 * PDF: read the pdf.js text layer and rebuild the document as the author wrote it.
 *
 * 1. Lines: every page's text items are grouped by baseline and ordered by x. CJK items
 *    are concatenated; a space is added only between two Latin/digit runs with a visible
 *    gap. Spaces the PDF itself carries (`突破 6200 亿元`) are kept. A gap of more than
 *    {@link COLUMN_GAP} font sizes splits a line into fragments (table cells).
 * 2. Page furniture: in the top and bottom bands, page numbers (`— 3 —`, `第3页`) and lines
 *    repeated on many pages (running headers/footers) are dropped.
 * 3. Tables: on a page with columns of text, the rules pdf.js's operator list draws are read
 *    first; text inside a ruled grid goes to the cell its borders enclose (pdf-grid.ts), so
 *    cells set close together and rows of wrapped cells are read right. Other runs of lines
 *    whose fragments line up as columns become rows by their layout. Each row is one
 *    `\t`-separated line.
 * 4. Paragraphs: a line continues the previous one when that line was filled up to the
 *    right margin and this one is not indented and does not start with an outline
 *    marker (also across pages); large centred titles are joined the same way. A break
 *    that falls inside a sentence (`实现营` / `业收入`, kept as a paragraph break by the
 *    source itself) is joined as well, see {@link continuesSentence}.
 *
 * Every step after pdf.js is linear in the number of items, apart from sorting the
 * items of one page.
 */
export async function ingestPdf(bytes: Uint8Array, limits: IngestLimits, hints: IngestHints = {}): Promise<IngestOutcome> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file', ruleId: 'ingest/empty' };
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    // A copy: pdf.js may take ownership of the buffer, and rejects Node Buffers.
    data: new Uint8Array(bytes),
    cMapUrl: PDFJS_ASSETS.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: PDFJS_ASSETS.standardFontDataUrl,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      return openFailure(err);
    }
    const numPages = doc.numPages;
    if (numPages > limits.maxPages) {
      return { ok: false, reason: `too many pages (${numPages} > ${limits.maxPages})`, ruleId: 'ingest/pdf-pages' };
    }
    const messages: Message[] = [];
    const pages: PageLines[] = [];
    let gridBefore = false; // the page before ended inside a ruled table
    for (let p = 1; p <= numPages; p++) {
      try {
        const page = await doc.getPage(p);
        try {
          const content = await page.getTextContent();
          const [vx0, vy0, , vy1] = page.view;
          const runs = runsOf(content.items, vx0);
          let lines = linesOf(runs, p);
          // a page with columns of text and a table's header words, or a table going on from the page
          // before (whose narrow cells' pieces may run together into one piece a line), may hold a ruled
          // table: its borders say where the cells are. (An operator list costs a third of the text's time
          // and sends the page's fonts over, so it is not read for every page.)
          const wasGrid = gridBefore;
          gridBefore = false;
          if (wasGrid || (mayHoldTable(lines) && hints.gridHint?.test(compactText(runs)))) {
            const ops = await page.getOperatorList();
            const grids = gridsOf(shifted(segmentsOf(ops.fnArray, ops.argsArray, pdfjs.OPS), vx0));
            if (grids.length > 0) {
              lines = withGrids(runs, grids, p);
              gridBefore = endsInTable(lines, vy0, vy1 - vy0 || 1);
            }
          }
          pages.push({ page: p, bottom: vy0, height: vy1 - vy0 || 1, lines });
        } finally {
          page.cleanup();
        }
      } catch (err) {
        messages.push(
          message('warning', 'ingest', 'ingest/pdf-page', `page ${p} could not be read: ${errorText(err)}`, { page: p }),
        );
        pages.push({ page: p, bottom: 0, height: 1, lines: [] });
      }
    }
    if (messages.length === numPages) {
      return { ok: false, reason: `corrupt or truncated PDF: no page could be read`, ruleId: 'ingest/pdf-corrupt' };
    }
    if (pages.every((pg) => pg.lines.length === 0)) {
      return { ok: false, reason: 'no text layer; OCR needed', ruleId: 'ingest/pdf-no-text' };
    }
    const unreadable = new Set(messages.map((m) => m.page));
    for (const pg of pages) {
      if (pg.lines.length === 0 && !unreadable.has(pg.page)) {
        messages.push(
          message('warning', 'ingest', 'ingest/pdf-page-no-text', `page ${pg.page} has no text layer (scanned?)`, {
            page: pg.page,
          }),
        );
      }
    }
    const body = dropFurniture(pages);
    const { text, pageMap } = assemble(body, numPages);
    if (text.trim() === '') return { ok: false, reason: 'no text layer; OCR needed', ruleId: 'ingest/pdf-no-text' };
    return { ok: true, value: { format: 'pdf', text, pageMap, pages: numPages, encoding: null, messages } };
  } finally {
    await task.destroy();
  }
}

// ---------------------------------------------------------------------------------------
// pdf.js loading

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<PdfJs> | undefined;

/**
 * The legacy build of pdf.js bundles core-js, which on Node 20 (V8 < 12.1) replaces built-ins
 * with JavaScript versions, for every user of the thread: `Array.prototype.push` (an edge case of
 * non-writable lengths), `JSON.parse`/`JSON.stringify` (JSON source-text access) and
 * `Function.prototype.toString`. The slow `push` alone costs pdf.js and the rest of the pipeline
 * about a quarter of a PDF's time. Both bundles are loaded here (the worker bundle first, so that
 * pdf.js's in-thread "fake worker" uses it instead of importing it later), then the built-ins
 * are put back; pdf.js relies on none of those edge cases. What pdf.js only adds (Promise.withResolvers,
 * iterator helpers …) stays.
 *
 * The minified bundles: V8 keeps a module's source in the heap for as long as the thread lives,
 * and pdf.js's is 3.4 MB (7 MB in memory) unminified. Every worker's live heap is 3.6 MB smaller,
 * and the text items are the same.
 */
function loadPdfjs(): Promise<PdfJs> {
  pdfjsModule ??= (async () => {
    const natives = ([[Array.prototype, 'push'], [JSON, 'parse'], [JSON, 'stringify'], [Function.prototype, 'toString']] as const).map(
      ([owner, key]) => ({ owner, key, descriptor: Object.getOwnPropertyDescriptor(owner, key)! }),
    );
    try {
      const workerBundle = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs'; // sets globalThis.pdfjsWorker (untyped modules)
      const mainBundle = 'pdfjs-dist/legacy/build/pdf.min.mjs';
      await import(workerBundle);
      return (await import(mainBundle)) as PdfJs;
    } finally {
      for (const { owner, key, descriptor } of natives) Object.defineProperty(owner, key, descriptor);
    }
  })();
  return pdfjsModule;
}

const PDFJS_ASSETS = (() => {
  const dir = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    cMapUrl: path.join(dir, 'cmaps') + '/',
    standardFontDataUrl: path.join(dir, 'standard_fonts') + '/',
  };
})();

function openFailure(err: unknown): IngestOutcome {
  const name = err instanceof Error ? err.name : '';
  if (name === 'PasswordException') {
    return { ok: false, reason: 'encrypted PDF (password required)', ruleId: 'ingest/pdf-encrypted' };
  }
  return { ok: false, reason: `corrupt or truncated PDF: ${errorText(err)}`, ruleId: 'ingest/pdf-corrupt' };
}

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s+/g, ' ').trim() || 'unknown error';
}

// ---------------------------------------------------------------------------------------
// 1. Lines from text items

/** A horizontal gap wider than this many font sizes separates two cells. */
const COLUMN_GAP = 1.5;
/** A gap wider than this many font sizes between two Latin/digit runs is a space. */
const WORD_GAP = 0.2;

/** A run of text on one baseline without a column gap. */
interface Frag {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  page: number;
  /** Baseline, PDF user space (grows upwards). */
  y: number;
  x0: number;
  x1: number;
  /** Font size of the line's main text. */
  fs: number;
  frags: Frag[];
  /** The fragments joined by a space. */
  text: string;
  /** Width of the first unbreakable token: what a line break could not have kept above. */
  lead: number;
  /** A row of a ruled table, read from its borders (`frags` is then empty). */
  row?: Row;
}

interface PageLines {
  page: number;
  bottom: number;
  height: number;
  lines: Line[];
}

interface Glyphs {
  str: string;
  x: number;
  y: number;
  w: number;
  fs: number;
}

const topDownThenLeftRight = (a: Glyphs, b: Glyphs): number => b.y - a.y || a.x - b.x;
const leftToRight = (a: Glyphs, b: Glyphs): number => a.x - b.x;

/** The text runs of a page, x measured from the page's left edge. */
function runsOf(items: readonly unknown[], originX: number): Glyphs[] {
  const runs: Glyphs[] = [];
  for (const raw of items) {
    const it = raw as Partial<TextItem>;
    if (typeof it.str !== 'string' || it.str === '' || !it.transform) continue;
    const t = it.transform as number[];
    const fs = Math.hypot(t[2], t[3]) || it.height || 1;
    // \t and \n are structure in our output; control characters are encoding debris.
    const str = it.str.replace(/[\t\n\r\f\v]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, '');
    if (str === '') continue;
    runs.push({ str, x: t[4] - originX, y: t[5], w: it.width ?? 0, fs });
  }
  return runs;
}

/** Runs grouped by baseline into lines, top to bottom. */
function linesOf(runs: Glyphs[], page: number): Line[] {
  if (runs.length === 0) return [];
  runs.sort(topDownThenLeftRight);

  const lines: Line[] = [];
  let start = 0;
  for (let i = 1; i <= runs.length; i++) {
    const first = runs[start];
    if (i < runs.length && first.y - runs[i].y <= 0.5 * Math.max(first.fs, runs[i].fs)) continue;
    const line = buildLine(runs.slice(start, i), page);
    if (line) lines.push(line);
    start = i;
  }
  return lines;
}

function buildLine(runs: Glyphs[], page: number): Line | null {
  runs.sort(leftToRight);
  let main = runs[0];
  for (const r of runs) if (r.str.length > main.str.length) main = r;
  const fs = main.fs;

  const frags: Frag[] = [];
  let cur: Frag | null = null;
  let lastEnd = -Infinity;
  let lastStr = '';
  let lastX = -Infinity;
  let space = ''; // whitespace runs seen since the last text run
  for (const r of runs) {
    if (r.str.trim() === '') {
      if (cur) space += r.str;
      continue;
    }
    // Fake bold: the same string drawn twice, slightly shifted.
    if (cur && r.str === lastStr && Math.abs(r.x - lastX) < 0.2 * r.fs) continue;
    const gap = r.x - lastEnd;
    if (!cur || gap >= COLUMN_GAP * fs) {
      cur = { x0: r.x, x1: r.x + r.w, text: r.str.trimStart() };
      frags.push(cur);
    } else {
      if (space !== '') cur.text += space;
      else if (gap > WORD_GAP * fs && isLatinOrDigit(lastChar(cur.text)) && isLatinOrDigit(r.str[0])) cur.text += ' ';
      cur.text += r.str;
      cur.x1 = Math.max(cur.x1, r.x + r.w);
    }
    space = '';
    lastEnd = Math.max(lastEnd, r.x + r.w);
    lastStr = r.str;
    lastX = r.x;
  }
  for (const f of frags) f.text = f.text.trimEnd();
  const kept = frags.filter((f) => f.text !== '');
  if (kept.length === 0) return null;
  const text = kept.map((f) => f.text).join(' ');
  return {
    page,
    y: runs[0].y,
    x0: kept[0].x0,
    x1: kept[kept.length - 1].x1,
    fs,
    frags: kept,
    text,
    lead: leadWidth(text, fs),
  };
}

/**
 * A line cut into fragments: the page may hold a table (one line is enough: a table's header row
 * may be all a page holds of it).
 */
function mayHoldTable(lines: readonly Line[]): boolean {
  return lines.some((l) => l.frags.length >= 2);
}

/** A table row is the page's last line but for its foot (page number, footer). */
function endsInTable(lines: readonly Line[], bottom: number, height: number): boolean {
  let k = lines.length - 1;
  while (k >= 0 && !lines[k].row && (lines[k].y - bottom) / height < BAND) k--;
  return k >= 0 && lines[k].row !== undefined;
}

/** The page's text without white space (a header word set over two runs is found whole). */
function compactText(runs: readonly Glyphs[]): string {
  let s = '';
  for (const r of runs) s += r.str;
  return s.replace(/\s+/gu, '');
}

/** Rules moved to x measured from the page's left edge, as the runs are. */
function shifted(seg: Segments, originX: number): Segments {
  if (originX === 0) return seg;
  return {
    h: seg.h.map((s) => ({ ...s, x0: s.x0 - originX, x1: s.x1 - originX })),
    v: seg.v.map((s) => ({ ...s, x: s.x - originX })),
  };
}

/** The page's lines with the runs inside ruled tables read as rows of cells (see pdf-grid.ts). */
function withGrids(runs: Glyphs[], grids: readonly Grid[], page: number): Line[] {
  const joinLine = (rs: Glyphs[]) => buildLine(rs, page)?.text ?? '';
  const rowLines: Line[] = [];
  const taken = new Set<Glyphs>();
  for (const grid of grids) {
    const read = gridRows(grid, runs, joinLine, joinPieces);
    for (const r of read.taken) taken.add(r);
    for (const { top, cells, columns, fs } of read.rows) {
      const text = cells.join('\t');
      rowLines.push({
        page,
        y: top,
        x0: columns[0][0],
        x1: columns[columns.length - 1][1],
        fs,
        frags: [],
        text,
        lead: 0,
        row: { page, cells, columns, fs, continued: [] },
      });
    }
  }
  if (rowLines.length === 0) return linesOf(runs, page);
  const lines = [...linesOf(runs.filter((r) => !taken.has(r)), page), ...rowLines];
  return lines.sort(byBaseline);
}

const byBaseline = (a: Line, b: Line): number => b.y - a.y;

const OPENERS = '“‘《（(〈「『【〔［[｛{';
const CLOSERS = '，。、；：？！,.;:?!）)》〉」』】〕］]｝}”’%％…';

/**
 * Width of the token a line starts with: a Latin/digit word or one CJK character, with
 * the opening and closing punctuation that may not be separated from it by a line break.
 */
function leadWidth(text: string, fs: number): number {
  let i = 0;
  let w = 0;
  while (i < text.length && OPENERS.includes(text[i])) w += charWidth(text[i++], fs);
  if (i < text.length && isLatinOrDigit(text[i])) {
    while (i < text.length && /[A-Za-z0-9.,%+\-_/:'’]/.test(text[i])) w += charWidth(text[i++], fs);
  } else if (i < text.length) {
    const cp = text.codePointAt(i) ?? 0;
    w += charWidth(text[i], fs);
    i += cp > 0xffff ? 2 : 1;
  }
  while (i < text.length && CLOSERS.includes(text[i])) w += charWidth(text[i++], fs);
  return w;
}

function charWidth(c: string, fs: number): number {
  const code = c.charCodeAt(0);
  if (code >= 0x2e80 || (code >= 0x2014 && code <= 0x2026)) return fs;
  return 0.55 * fs;
}

function isLatinOrDigit(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z0-9]/.test(c);
}

function lastChar(s: string): string | undefined {
  return s.length > 0 ? s[s.length - 1] : undefined;
}

// ---------------------------------------------------------------------------------------
// 2. Page furniture

/** Share of the page height, at the top and at the bottom, where furniture may sit. */
const BAND = 0.12;
/** Furniture is among this many lines at the top and at the bottom of a page. */
const EDGE_LINES = 3;

const PAGE_NUMBER = [
  /^[-—–－~～·•.]*第?\d{1,4}页?(?:(?:[/／]|共)\d{1,4}页?)?[-—–－~～·•.]*$/,
  /^[-—–－·•]*[ivxlc]{1,7}[-—–－·•]*$/i,
  /^page\d{1,4}(?:of\d{1,4})?$/i,
];

/** `— 3 —`, `- 3 -`, `第3页`, `3`, `第 3 页 共 10 页`, `3/10`, `Page 3 of 10`, `iv`. */
export function isPageNumber(line: string): boolean {
  const compact = line.replace(/\s+/g, '');
  return PAGE_NUMBER.some((re) => re.test(compact));
}

/** The band (top or bottom of the page) of one of a page's outermost lines; null for the others. */
function bandOf(pg: PageLines, k: number): 'top' | 'bottom' | null {
  if (k >= EDGE_LINES && k < pg.lines.length - EDGE_LINES) return null;
  const rel = (pg.lines[k].y - pg.bottom) / pg.height;
  return rel > 1 - BAND ? 'top' : rel < BAND ? 'bottom' : null;
}

/** A running header or footer: its band and text, digits aside. */
function keyOf(band: string, line: Line): string {
  return band + ':' + line.text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/**
 * Drops page numbers and running headers/footers; returns the remaining lines in order.
 * Candidates are the outermost lines of a page that lie in the top or bottom band: a
 * page number matches {@link PAGE_NUMBER}, a running header or footer is the same text
 * (digits aside) in the same band on many pages.
 */
function dropFurniture(pages: PageLines[]): Line[] {
  const seenOn = new Map<string, Set<number>>();
  for (const pg of pages) {
    for (let k = 0; k < pg.lines.length; k++) {
      const band = bandOf(pg, k);
      if (!band) continue;
      const key = keyOf(band, pg.lines[k]);
      let set = seenOn.get(key);
      if (!set) seenOn.set(key, (set = new Set()));
      set.add(pg.page);
    }
  }
  const minRepeat = pages.length >= 6 ? Math.max(3, Math.ceil(pages.length * 0.3)) : 2;

  const out: Line[] = [];
  for (const pg of pages) {
    for (let k = 0; k < pg.lines.length; k++) {
      const line = pg.lines[k];
      const band = bandOf(pg, k);
      if (band) {
        if (isPageNumber(line.text)) continue;
        if ((seenOn.get(keyOf(band, line))?.size ?? 0) >= minRepeat) continue;
      }
      out.push(line);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// 3. Tables

interface Row {
  page: number;
  cells: string[];
  columns: Columns;
  fs: number;
  /** Text a later page added to this row: per cell, where it starts (-1: none). */
  continued: Array<{ page: number; at: number[] }>;
}

type Block = { kind: 'line'; line: Line } | { kind: 'row'; row: Row };

/**
 * Finds runs of lines whose fragments line up as columns and turns each into rows.
 *
 * A table starts at a line with two or more fragments and needs a second such line. The
 * lines between and around them belong to it when they stay within one column (a cell
 * that wraps over several lines). Columns are the union of the fragments' x-ranges.
 * Rows come from the vertical layout, see {@link tableRows}.
 */
function findTables(lines: Line[]): Block[] {
  const out: Block[] = [];
  let floor = 0; // lines before this index already belong to a table
  let i = 0;
  while (i < lines.length) {
    const row = lines[i].row;
    if (row) {
      out.push({ kind: 'row', row });
      i = floor = i + 1;
      continue;
    }
    const region = tableAt(lines, i, floor);
    if (!region) {
      out.push({ kind: 'line', line: lines[i] });
      i++;
      continue;
    }
    // The lines just before the table were emitted as lines; they are its first rows.
    for (let k = region.from; k < i; k++) out.pop();
    const rows = tableRows(lines.slice(region.from, region.to), region.columns);
    for (const row of rows) out.push({ kind: 'row', row });
    i = floor = region.to;
  }
  return out;
}

type Columns = Array<[number, number]>;

interface Region {
  from: number;
  to: number; // exclusive
  columns: Columns;
}

function tableAt(lines: Line[], i: number, floor: number): Region | null {
  const first = lines[i];
  if (first.frags.length < 2) return null;
  const fs = first.fs;
  const near = (a: Line, b: Line) =>
    !a.row &&
    !b.row &&
    a.page === b.page && Math.abs(a.fs - fs) <= 0.75 && Math.abs(a.y - b.y) <= 3 * fs;
  let columns = columnsOf([first]);
  const oneColumn = (line: Line) => line.frags.length === 1 && columnHits(line, columns) <= 1;
  const withinTable = (line: Line) =>
    line.x0 >= columns[0][0] - line.fs && line.x1 <= columns[columns.length - 1][1] + line.fs;

  let gapped = 1;
  let lastGapped = i;
  let to = i + 1;
  while (to < lines.length && near(lines[to], lines[to - 1])) {
    if (lines[to].frags.length >= 2) {
      gapped++;
      lastGapped = to;
      columns = columnsOf(lines.slice(i, to + 1));
    } else if (!oneColumn(lines[to])) break;
    to++;
  }
  if (gapped < 2) return null;
  // A single-column line after the last row of columns is a wrapped cell only if it
  // stays within the table's width (a paragraph after the table starts further left).
  while (to > lastGapped + 1 && !withinTable(lines[to - 1])) to--;
  let from = i;
  while (
    from > floor &&
    near(lines[from - 1], lines[from]) &&
    (lines[from - 1].frags.length >= 2 || (oneColumn(lines[from - 1]) && withinTable(lines[from - 1])))
  ) {
    from--;
  }
  columns = columnsOf(lines.slice(from, to));
  if (columns.length < 2) return null;
  return { from, to, columns };
}

const byLeftEdge = (a: readonly number[], b: readonly number[]): number => a[0] - b[0];

/** Union of the fragments' x-ranges: one interval per column, left to right. */
function columnsOf(lines: Line[]): Columns {
  const spans: Columns = [];
  for (const line of lines) for (const f of line.frags) spans.push([f.x0, f.x1]);
  spans.sort(byLeftEdge);
  const cols: Columns = [];
  for (const [x0, x1] of spans) {
    const last = cols[cols.length - 1];
    if (last && x0 <= last[1]) last[1] = Math.max(last[1], x1);
    else cols.push([x0, x1]);
  }
  return cols;
}

function columnHits(line: Line, columns: Columns): number {
  let n = 0;
  for (const [c0, c1] of columns) if (line.x0 < c1 && line.x1 > c0) n++;
  return n;
}

function columnIndex(f: Frag, columns: Columns): number {
  const mid = (f.x0 + f.x1) / 2;
  let best = 0;
  for (let c = 0; c < columns.length; c++) {
    if (mid >= columns[c][0] && mid <= columns[c][1]) return c;
    if (Math.abs(mid - columns[c][0]) < Math.abs(mid - columns[best][0])) best = c;
  }
  return best;
}

const topDownThenByColumn = (a: Cell, b: Cell): number => b.top - a.top || a.col - b.col;

interface Cell {
  col: number;
  top: number;
  bottom: number;
  text: string;
}

/**
 * Rows of a table. In each column, consecutive lines closer than the line pitch are one
 * cell; the pitch is the smallest baseline distance within a column, provided larger ones
 * (row breaks: pitch plus cell padding) exist too. Cells that overlap vertically form a
 * row, which handles cells centred in a taller row (the row number beside a cell of
 * three lines) as well as top-aligned ones. Without a clear pitch each line is a row.
 */
function tableRows(lines: Line[], columns: Columns): Row[] {
  const fs = lines[0].fs;
  const perColumn: Array<Array<{ y: number; text: string }>> = columns.map(() => []);
  for (const line of lines) {
    for (const f of line.frags) {
      const list = perColumn[columnIndex(f, columns)];
      const last = list[list.length - 1];
      if (last && last.y === line.y) last.text = joinSameLine(last.text, f.text);
      else list.push({ y: line.y, text: f.text });
    }
  }
  let pitch = Infinity;
  let widest = 0;
  for (const list of perColumn) {
    for (let k = 1; k < list.length; k++) {
      const d = list[k - 1].y - list[k].y;
      pitch = Math.min(pitch, d);
      widest = Math.max(widest, d);
    }
  }
  const joinWithin = widest > 1.15 * pitch && pitch <= 2.2 * fs ? 1.1 * pitch : 0;

  const cells: Cell[] = [];
  perColumn.forEach((list, col) => {
    let cell: Cell | null = null;
    for (const piece of list) {
      if (cell && cell.bottom - piece.y <= joinWithin) {
        cell.text = joinPieces(cell.text, piece.text);
        cell.bottom = piece.y;
      } else {
        cell = { col, top: piece.y, bottom: piece.y, text: piece.text };
        cells.push(cell);
      }
    }
  });
  cells.sort(topDownThenByColumn);

  const rows: Row[] = [];
  let texts: string[] = [];
  let bottom = Infinity;
  const page = lines[0].page;
  for (const cell of cells) {
    if (texts.length === 0 || cell.top < bottom - 0.3 * fs) {
      if (texts.length > 0) rows.push({ page, cells: texts, columns, fs, continued: [] });
      texts = columns.map(() => '');
      bottom = cell.bottom;
    }
    texts[cell.col] = joinPieces(texts[cell.col], cell.text);
    bottom = Math.min(bottom, cell.bottom);
  }
  if (texts.length > 0) rows.push({ page, cells: texts, columns, fs, continued: [] });
  return rows;
}

function appendToRow(row: Row, more: string[], page: number): void {
  const at = row.cells.map((cell, j) => {
    if (more[j] === '') return -1;
    row.cells[j] = joinPieces(cell, more[j]);
    return row.cells[j].length - more[j].length;
  });
  row.continued.push({ page, at });
}

/** Where the text of each later page begins in a row's line (offsets from its start). */
function rowPageStarts(row: Row): Array<{ page: number; offset: number }> {
  const cellStart: number[] = [];
  let pos = 0;
  for (const cell of row.cells) {
    cellStart.push(pos);
    pos += cell.length + 1;
  }
  return row.continued.map(({ page, at }) => {
    let offset = Infinity;
    at.forEach((a, j) => {
      if (a >= 0) offset = Math.min(offset, cellStart[j] + a);
    });
    return { page, offset };
  });
}

function splitRow(head: readonly string[], last: readonly string[]): boolean {
  return last[0] !== '' || head.some((c, j) => c === '' && (last[j] ?? '') !== '');
}

/** Two column layouts match when they have as many columns and each pair overlaps. */
function sameColumns(a: Columns, b: Columns): boolean {
  return a.length === b.length && a.every(([a0, a1], j) => a0 < b[j][1] && b[j][0] < a1);
}

/**
 * A table that runs over a page break: the first row on the new page whose first cell is
 * empty, or a lone line that sits inside a later column, continues the last row. When the last
 * row's first cell is empty too (a category merged down the first column: `类别 | 指标 | …`), the
 * new row continues it only if it leaves empty a cell the last row filled (a row split over the
 * break fills only the cells that ran over).
 */
function joinTablesAcrossPages(pages: Block[][]): Block[] {
  const out: Block[] = [];
  for (const blocks of pages) {
    const prev = out[out.length - 1];
    let k = 0;
    // (a table's header row left alone at the foot of the page before, its cells over the new page's columns)
    if (prev?.kind === 'line' && blocks[0]?.kind === 'row' && headsTable(prev.line, blocks[0].row)) {
      const { line } = prev;
      out[out.length - 1] = {
        kind: 'row',
        row: { page: line.page, cells: line.frags.map((f) => f.text), columns: fragColumns(line), fs: line.fs, continued: [] },
      };
    }
    if (prev?.kind === 'row' && blocks.length > 0) {
      const last = prev.row;
      const head = blocks[0];
      if (head.kind === 'row' && head.row.cells[0] === '' && sameColumns(head.row.columns, last.columns) && splitRow(head.row.cells, last.cells)) {
        appendToRow(last, head.row.cells, head.row.page);
        k = 1;
      } else if (head.kind === 'line' && head.line.frags.length === 1 && Math.abs(head.line.fs - last.fs) <= 0.75) {
        const line = head.line;
        const col = last.columns.findIndex(([c0, c1]) => line.x0 >= c0 - 0.5 * line.fs && line.x1 <= c1 + 0.5 * line.fs);
        if (col > 0) {
          appendToRow(last, last.cells.map((_, j) => (j === col ? line.text : '')), line.page);
          k = 1;
        }
      }
    }
    for (; k < blocks.length; k++) out.push(blocks[k]);
  }
  return out;
}

/** A line cut into as many fragments as the row has cells, each over its column: the row's table's header. */
function headsTable(line: Line, row: Row): boolean {
  return line.frags.length >= 2 && Math.abs(line.fs - row.fs) <= 0.75 && sameColumns(fragColumns(line), row.columns);
}

/** The x-ranges of a line's fragments. */
function fragColumns(line: Line): Columns {
  return line.frags.map((f) => [f.x0, f.x1]);
}

// ---------------------------------------------------------------------------------------
// 4. Paragraphs

/** Outline markers: a line that starts with one opens a new paragraph (also a letter-coded item: `A1 加强…`, a box: `专栏 2 …`). */
const MARKER =
  /^(?:专栏\s*(?:\d{1,2}|[一二三四五六七八九十]+)|[一二三四五六七八九十百零〇两]+[、．.]|第[一二三四五六七八九十百零〇两\d]+[章节条部分篇编]|第[一二三四五六七八九十]+[，,]|[（(][一二三四五六七八九十百零〇两]+[）)]|[（(]\d{1,3}[）)]|\d{1,3}(?:[、．]|\.(?!\d))|[①-⑳⑴-⒇⒈-⒛]|——|[•●○■□◆◇▪►▲△]|[-·]\s|附件|[A-Za-z][.．、](?!\d)|[A-Z][-－]?\d{1,2}(?:\s|[.．、](?!\d)))/;

const SENTENCE_END = /[。；！？]/;
/** A Chinese numeral and a list comma, or a bracketed number, that may end a word cut at a line break (`统` / `一、`, `小` / `（1）型水库`). */
const WORD_END_MARKER = /^(?:[一二三四五六七八九十][、]|[（(][0-9一二三四五六七八九十]{1,2}[）)]\p{Script=Han})/u;
/** An enumerator inside a paragraph, after a colon or a semicolon (`具体措施：1.…；2.…`). */
const INLINE_NUMBER = /[：:；;]\s*(\d{1,2})[.．、](?!\d)/gu;
/** An Arabic enumerator opening a line. */
const LINE_NUMBER = /^(\d{1,2})[.．、](?!\d)/u;
/** A short label and its colon opening a line: `完成时限：`, `牵头单位：`. */
const FIELD_LABEL = /^\p{Script=Han}{2,6}[：:]/u;
const HAN = /\p{Script=Han}/u;

interface Paragraph {
  last: Line;
  lines: number;
  startsWithMarker: boolean;
  hasSentenceEnd: boolean;
  hasComma: boolean;
  lastChar: string;
  /** The last number of an enumeration run inside the paragraph (`整改措施：1.…；2.…`), or 0. */
  inlineNumber: number;
}

interface Layout {
  bodyFs: number;
  left: number;
  right: number;
}

function assemble(lines: Line[], numPages: number): { text: string; pageMap: PageStart[] } {
  const layout = layoutOf(lines);
  const out = new TextOut(numPages);

  let para: Paragraph | null = null;
  for (const block of joinTablesAcrossPages(pagesOf(lines).map(findTables))) {
    if (block.kind === 'row') {
      if (out.length > 0) out.put('\n');
      out.markPage(block.row.page);
      for (const { page, offset } of rowPageStarts(block.row)) {
        out.markPage(page, offset);
      }
      out.put(block.row.cells.join('\t'));
      para = null;
      continue;
    }
    const line = block.line;
    if (para && continues(para, line, layout)) {
      const sep = isLatinOrDigit(para.lastChar) && isLatinOrDigit(line.text[0]) ? ' ' : '';
      out.put(sep);
      out.markPage(line.page);
      out.put(line.text);
      para.last = line;
      para.lines++;
    } else {
      if (out.length > 0) out.put('\n');
      out.markPage(line.page);
      out.put(line.text);
      para = {
        last: line,
        lines: 1,
        startsWithMarker: MARKER.test(line.text),
        hasSentenceEnd: false,
        hasComma: false,
        lastChar: '',
        inlineNumber: 0,
      };
    }
    para.hasSentenceEnd ||= SENTENCE_END.test(line.text);
    para.hasComma ||= /[，,]/.test(line.text);
    para.lastChar = line.text[line.text.length - 1];
    for (const m of line.text.matchAll(INLINE_NUMBER)) para.inlineNumber = Number(m[1]);
  }

  return out.finish();
}

/** The text being assembled and where each page starts in it. */
class TextOut {
  private readonly parts: string[] = [];
  private readonly pageStart: number[];
  length = 0;

  constructor(private readonly numPages: number) {
    this.pageStart = new Array<number>(numPages + 1).fill(-1);
  }

  put(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** Page `page` starts `offset` characters from here, unless it started before. */
  markPage(page: number, offset = 0): void {
    if (this.pageStart[page] < 0) this.pageStart[page] = this.length + offset;
  }

  finish(): { text: string; pageMap: PageStart[] } {
    const text = this.parts.join('');
    const pageMap: PageStart[] = [];
    let next = text.length;
    for (let p = this.numPages; p >= 1; p--) {
      if (this.pageStart[p] >= 0) next = this.pageStart[p];
      pageMap.push({ page: p, start: next });
    }
    pageMap.reverse();
    return { text, pageMap };
  }
}

function pagesOf(lines: Line[]): Line[][] {
  const out: Line[][] = [];
  for (const line of lines) {
    const last = out[out.length - 1];
    if (last && last[0].page === line.page) last.push(line);
    else out.push([line]);
  }
  return out;
}

const descending = (a: number, b: number): number => b - a;

/** Body font size (the most text), left margin (the most lines), right margin (the fullest lines). */
function layoutOf(lines: Line[]): Layout {
  const bySize = new Map<number, number>();
  for (const l of lines) {
    if (l.row) continue;
    const k = Math.round(l.fs * 2) / 2;
    bySize.set(k, (bySize.get(k) ?? 0) + l.text.length);
  }
  const bodyFs = argmax(bySize);
  const body: Line[] = [];
  for (const l of lines) if (!l.row && Math.abs(l.fs - bodyFs) <= 0.75) body.push(l);
  const byLeft = new Map<number, number>();
  for (const l of body) {
    const k = Math.round(l.x0);
    byLeft.set(k, (byLeft.get(k) ?? 0) + 1);
  }
  const left = argmax(byLeft);
  // The right edge reached by at least two lines, so that one overlong line does not count.
  const rights: number[] = [];
  for (const l of body) rights.push(l.x1);
  rights.sort(descending);
  let right = rights[0] ?? 0;
  for (let k = 0; k + 1 < rights.length; k++) {
    if (rights[k] - rights[k + 1] <= 2) {
      right = rights[k];
      break;
    }
  }
  return { bodyFs, left, right };
}

function argmax(m: Map<number, number>): number {
  let best = 0;
  let bestN = -1;
  for (const [k, n] of m) if (n > bestN) [best, bestN] = [k, n];
  return best;
}

/** Does `line` continue the open paragraph? */
function continues(para: Paragraph, line: Line, layout: Layout): boolean {
  const prev = para.last;
  if (Math.abs(prev.fs - line.fs) > 0.75) return false;
  const samePage = prev.page === line.page;
  if (samePage && prev.y - line.y > 2.5 * Math.max(prev.fs, line.fs)) return false;
  const filled = layout.right - prev.x1 < line.lead + 0.35 * prev.fs;
  const indented = line.x0 > layout.left + 0.5 * line.fs;
  // (a numeral and 、 or a bracketed number opening the line after a prose line filled to the margin and cut
  // inside a word are the word's end, not a marker: `…药品目录统` / `一、采购配送统一`, `…小` / `（1）型水库`)
  // (nor is the next number of an enumeration run inside the paragraph after a line filled to the margin:
  // `具体措施：1.…；` / `2.推行…`)
  const next = filled && !indented && para.inlineNumber > 0 ? LINE_NUMBER.exec(line.text) : null;
  if (next && Number(next[1]) === para.inlineNumber + 1) return true;
  if (MARKER.test(line.text) && !(filled && !indented && HAN.test(para.lastChar) && (para.hasComma || para.hasSentenceEnd) && WORD_END_MARKER.test(line.text))) return false;
  if (filled && !indented) return true;
  const display = line.fs > layout.bodyFs + 1;
  if (display) return filled && samePage && centred(line, layout);
  return continuesSentence(para, line, layout);
}

function centred(line: Line, layout: Layout): boolean {
  return Math.abs(line.x0 - layout.left - (layout.right - line.x1)) < 1.5 * line.fs;
}

/**
 * A paragraph break inside a sentence: the paragraph ends on a character that cannot end
 * one (a Han character, `，` or `、`) and the next line, which starts at the left margin or
 * the paragraph indent (not a signature or date set to the right), goes on with a Han
 * character, letter or digit. Such breaks come from the source (`实现营` / `业收入`);
 * they are joined only after text that is clearly prose (it has `。；！？`, or it runs
 * over several lines with commas and no outline marker), never after a heading.
 */
function continuesSentence(para: Paragraph, line: Line, layout: Layout): boolean {
  const next = line.text[0];
  if (!(HAN.test(next) || isLatinOrDigit(next))) return false;
  if (line.x0 > layout.left + 2.5 * line.fs) return false;
  // a field of its own (`完成时限：2025年10月底前` under `牵头单位：…；参与单位：…`)
  if (FIELD_LABEL.test(line.text)) return false;
  const last = para.lastChar;
  if (last === '，' || last === '、') return true;
  if (!HAN.test(last)) return false;
  if (para.hasSentenceEnd) return true;
  return para.lines >= 2 && para.hasComma && !para.startsWithMarker;
}

/** Two pieces of text, the second on the next line: a number wrapped over two lines (`>1000` / `0` in a narrow cell) is one number. */
function joinPieces(a: string, b: string): string {
  if (DIGIT.test(a.slice(-1)) && DIGIT.test(b.charAt(0))) return a + b;
  return joinSameLine(a, b);
}

/** Two pieces of text on one line, set apart by a gap: Latin words and numbers keep a space between them. */
function joinSameLine(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return isLatinOrDigit(lastChar(a)) && isLatinOrDigit(b[0]) ? `${a} ${b}` : a + b;
}

const DIGIT = /[0-9０-９]/u;
