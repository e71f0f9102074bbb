/**
 * Tables whose rows are lines of tab-separated cells, as the DOCX and PDF ingesters render
 * them (`全市文化产业增加值（亿元）\t2285\t3000`), and as tables copied from a web page arrive in a
 * TXT file. A run of such lines is one table; its first line is the header, and a second line of
 * words only (`实际值\t目标值`) continues it. Inside a run, a line with one filled cell is a row too:
 * a group heading spanning the row (`一、产业发展\t\t\t`) or the continuation of a merged cell
 * (`\t\t市科技局\t`).
 *
 * Copied tables lose some of their shape on the way, and two losses are read back:
 * - cells separated by runs of spaces instead of tabs (`9    降低企业办电成本。…    国网厦门供电公司`):
 *   a line without a tab whose gaps of two or more spaces cut it into as many cells as the header
 *   has (at least three) is a row, and a run of such lines is a table of its own;
 * - a group heading on a line of its own (`（一）提升政务服务效能`, no separator at all): a line that
 *   opens with an outline marker, between two rows, is a row with one cell.
 */
import type { Span } from '../../core/span.js';
import type { RuleSet } from '../../ruleset/registry.js';
import { isCaption, isCellLine, isNumericCell, startsWithMarker } from './cells.js';
import type { FoundTable, TextLine } from './types.js';
import { CELL_GAP, isSpacedRow, MIN_SPACED_CELLS } from '../../normalise/spaced-cells.js';

/** A line cut into cells: by its tabs, by its gaps of spaces, or (a group heading) not at all. */
interface Cut {
  readonly cells: string[];
  readonly spans: Span[];
  readonly tabs: boolean;
}

/** The longest line read as a group heading between two rows. */
const GROUP_HEADING_MAX = 40;

export function tabSeparated(lines: readonly TextLine[], rules: RuleSet): FoundTable[] {
  const out: FoundTable[] = [];
  const cuts = lines.map(cut);
  for (let i = 0; i < lines.length; ) {
    if (!isRow(cuts[i])) {
      i++;
      continue;
    }
    const width = cuts[i].cells.length;
    let j = i + 1;
    while (j < lines.length && extendsRun(lines, cuts, j, width, rules)) j++;
    // a note closing it (`注：…`) is not a row; a continuation is
    while (j > i && !isRow(cuts[j - 1]) && !lines[j - 1].text.startsWith('\t')) j--;
    if (j - i >= 2) out.push(table(lines.slice(i, j), cuts.slice(i, j), lines[i - 1], lines[j], rules));
    i = j;
  }
  return out;
}

/** Line `j` carries the run on: a row of its width (any tab line), or a group heading on its own line with such a row after it. */
function extendsRun(lines: readonly TextLine[], cuts: readonly Cut[], j: number, width: number, rules: RuleSet): boolean {
  if (continues(cuts[j], width)) return true;
  const next = cuts[j + 1];
  return next !== undefined && isRow(next) && continues(next, width) && isGroupHeading(lines[j], rules);
}

function continues(c: Cut, width: number): boolean {
  return c.tabs || (c.cells.length === width && isRow(c));
}

function isRow(c: Cut): boolean {
  let filled = 0;
  for (const cell of c.cells) if (cell.length > 0) filled++;
  return c.tabs ? filled >= 2 : filled >= MIN_SPACED_CELLS;
}

function isGroupHeading(line: TextLine, rules: RuleSet): boolean {
  const t = line.text.trim();
  return !line.text.includes('\t') && isCellLine(t, GROUP_HEADING_MAX) && startsWithMarker(t, rules);
}

/** The cells of a line (trimmed) and the span of each. */
function cut(line: TextLine): Cut {
  if (line.text.includes('\t')) return split(line, /\t/gu, true);
  if (!isSpacedRow(line.text)) return { cells: [line.text.trim()], spans: [line.span], tabs: false };
  return split(line, CELL_GAP, false);
}

function split(line: TextLine, separator: RegExp, tabs: boolean): Cut {
  const cells: string[] = [];
  const spans: Span[] = [];
  const text = line.text;
  // without tabs, the line's indentation is no empty first cell
  let from = tabs ? 0 : text.length - text.trimStart().length;
  const end = tabs ? text.length : text.trimEnd().length;
  separator.lastIndex = from;
  for (;;) {
    const m = separator.exec(text);
    const to = m && m.index < end ? m.index : end;
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const start = line.span.start + from + lead;
    cells.push(raw.trim());
    spans.push({ start, end: start + raw.trim().length });
    if (!m || m.index >= end) break;
    from = m.index + m[0].length;
  }
  return { cells, spans, tabs };
}

/**
 * A line that goes on with a wrapped header: as wide, no figure in it, and each of its cells either fills an
 * empty header cell or goes on with one whose bracket is still open; at least one of the latter.
 */
function wrapsHeader(header: readonly string[], cells: readonly string[], rules: RuleSet): boolean {
  if (cells.length !== header.length || cells.some((c) => isNumericCell(c, rules))) return false;
  let closes = false;
  for (let k = 0; k < cells.length; k++) {
    if (cells[k] === '') continue;
    if (header[k] === '') continue;
    if (!isOpen(header[k])) return false;
    closes = true;
  }
  return closes || (cells.some((c, k) => c !== '' && header[k] === '') && header.some(isOpen));
}

/** More opening brackets than closing ones: a cell cut short. */
function isOpen(cell: string): boolean {
  const opened = (cell.match(/[（(]/gu) ?? []).length;
  return opened > (cell.match(/[）)]/gu) ?? []).length;
}

function table(run: readonly TextLine[], cuts: readonly Cut[], before: TextLine | undefined, after: TextLine | undefined, rules: RuleSet): FoundTable {
  let header = cuts[0].cells;
  let first = 1;
  // header cells wrapped over lines of their own in a PDF (`棉花种植面积（万` / `亩）`, the first column's
  // `团场` on the middle line): each such line fills the empty cells and closes the open ones
  while (first < run.length - 1 && wrapsHeader(header, cuts[first].cells, rules)) {
    const more = cuts[first].cells;
    header = header.map((c, k) => c + (more[k] ?? ''));
    first++;
  }
  const second = cuts[first].cells;
  if (first === 1 && run.length > 2 && second.every((c) => !isNumericCell(c, rules)) && second.some((c) => rules.tables.header.continuation.test(c))) {
    // a header split over two lines: `2020年\t2025年` / `实际值\t目标值`, aligned from the right
    const offset = header.length - second.length;
    header = header.map((c, k) => (k >= offset && offset >= 0 ? c + second[k - offset] : c));
    first = 2;
  }
  const captionBefore = isCaption(before, rules) ? before : undefined;
  const captionAfter = !captionBefore && isCaption(after, rules) ? after : undefined;
  const last = run[run.length - 1];
  return {
    ruleId: 'tables/tab-separated',
    caption: (captionBefore ?? captionAfter)?.text.trim() ?? null,
    header,
    rows: run.slice(first).map((l, k) => ({ cells: cuts[first + k].cells, span: l.span, cellSpans: cuts[first + k].spans })),
    span: { start: (captionBefore ?? run[0]).span.start, end: (captionAfter ?? last).span.end },
  };
}
