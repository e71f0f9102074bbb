/**
 * Indicator tables flattened to one cell per line, as in plain-text plans (Hangzhou):
 *   指标名称 / 2020年 / 实际值 / 2025年 / 目标值 / 1 / 全市文化产业增加值（亿元） / 2285 / 3000 / 2 / …
 * A header of short cells naming an indicator column and a year or target column (a header cell
 * split over two lines, `2020年` / `实际值`, is joined), then rows of [sequence] name values.
 */
import type { Span } from '../../core/span.js';
import type { RuleSet } from '../../ruleset/registry.js';
import { isCaption, isCellLine, isNumericCell } from './cells.js';
import { indicatorColumns } from './indicator.js';
import type { FoundTable, TextLine } from './types.js';

export function flattenedIndicator(lines: readonly TextLine[], rules: RuleSet): FoundTable[] {
  const out: FoundTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].text.includes('\t')) continue;
    const found = tableAt(lines, i, rules);
    if (found) {
      out.push(found.table);
      i = found.next - 1;
    }
  }
  return out;
}

function tableAt(lines: readonly TextLine[], i: number, rules: RuleSet): { table: FoundTable; next: number } | null {
  const h = rules.tables.header;
  const first = lines[i].text.trim();
  if (!h.name.test(first) && !h.sequence.test(first)) return null;
  // header cells
  const header: string[] = [];
  let j = i;
  for (; j < lines.length; j++) {
    const t = lines[j].text.trim();
    if (!isCellLine(t, rules.tables.maxHeaderCell * 2) || isNumericCell(t, rules) || rules.tables.sequenceCell.test(t)) break;
    const prev = header[header.length - 1];
    if (prev !== undefined && h.continuation.test(t) && h.year.test(prev) && prev.replace(h.year, '').trim() === '') {
      // a header cell split over two lines: `2020年` / `实际值`
      header[header.length - 1] += t;
      continue;
    }
    const role =
      h.name.test(t) || h.sequence.test(t) || h.unit.test(t) || h.year.test(t) || h.target.test(t) || h.baseline.test(t) || h.other.test(t);
    if (!role && header.length > 0) break;
    header.push(t);
  }
  const cols = indicatorColumns(header, rules);
  if (!cols) return null;
  // rows: [sequence] name, then one cell per remaining column
  const perRow = header.length - (cols.sequence !== null ? 1 : 0);
  // a value cell is short; a cell of another column (`属性`, `责任单位`) may be as long as a name
  const nameAt = cols.sequence !== null && cols.sequence < cols.name ? cols.name - 1 : cols.name;
  const isOther = (k: number) => cols.other.some((o) => (cols.sequence !== null && cols.sequence < o ? o - 1 : o) === nameAt + 1 + k);
  const rows: { cells: string[]; span: Span; cellSpans: Span[] }[] = [];
  while (j < lines.length) {
    const start = j;
    const rowCells: string[] = [];
    const cellSpans: Span[] = [];
    const seq = lines[j].text.trim();
    if (rules.tables.sequenceCell.test(seq) && j + 1 < lines.length && !isNumericCell(lines[j + 1].text.trim(), rules)) {
      rowCells.push(seq);
      cellSpans.push(trimmedSpan(lines[j]));
      j++;
    } else if (cols.sequence !== null) {
      rowCells.push('');
      cellSpans.push({ start: lines[j].span.start, end: lines[j].span.start });
    }
    const name = lines[j]?.text.trim() ?? '';
    if (!isCellLine(name, rules.tables.maxCell) || isNumericCell(name, rules) || name.includes('\t')) {
      j = start;
      break;
    }
    const valueLines = lines.slice(j + 1, j + perRow);
    const values = valueLines.map((l) => l.text.trim());
    if (
      values.length < perRow - 1 ||
      !values.every((v, k) => isCellLine(v, isOther(k) ? rules.tables.maxCell : 20)) ||
      !values.some((v) => isNumericCell(v, rules))
    ) {
      j = start;
      break;
    }
    rowCells.push(name, ...values);
    cellSpans.push(trimmedSpan(lines[j]), ...valueLines.map(trimmedSpan));
    j += perRow;
    rows.push({ cells: rowCells, span: { start: lines[start].span.start, end: lines[j - 1].span.end }, cellSpans });
  }
  if (rows.length === 0) return null;
  const before = lines[i - 1];
  const after = lines[j];
  const captionBefore = isCaption(before, rules) ? before : undefined;
  const captionAfter = !captionBefore && isCaption(after, rules) ? after : undefined;
  return {
    table: {
      ruleId: 'tables/flattened-indicator',
      caption: (captionBefore ?? captionAfter)?.text.trim() ?? null,
      header,
      rows,
      span: { start: (captionBefore ?? lines[i]).span.start, end: (captionAfter ?? lines[j - 1]).span.end },
    },
    next: captionAfter ? j + 1 : j,
  };
}

/** A line's span without its surrounding white space. */
function trimmedSpan(line: TextLine): Span {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.span.start + lead, end: Math.max(line.span.start + lead, line.span.end - trail) };
}
