/**
 * Tables whose rows are lines of tab-separated cells, as the DOCX and PDF ingesters render
 * them (`全市文化产业增加值（亿元）\t2285\t3000`). A run of such lines is one table; its
 * first line is the header, and a second line of words only (`实际值\t目标值`) continues it. Inside
 * a run, a line with one filled cell is a row too: a group heading spanning the row
 * (`一、产业发展\t\t\t`) or the continuation of a merged cell (`\t\t市科技局\t`).
 */
import type { Span } from '../../core/span.js';
import type { RuleSet } from '../../ruleset/registry.js';
import { isCaption, isNumericCell } from './cells.js';
import type { FoundTable, TextLine } from './types.js';

export function tabSeparated(lines: readonly TextLine[], rules: RuleSet): FoundTable[] {
  const out: FoundTable[] = [];
  for (let i = 0; i < lines.length; ) {
    if (!isRow(lines[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j].text.includes('\t')) j++;
    while (j > i && !isRow(lines[j - 1]) && !lines[j - 1].text.startsWith('\t')) j--; // a note closing it (`注：…`) is not a row; a continuation is
    const run = lines.slice(i, j);
    if (run.length >= 2) out.push(table(run, lines[i - 1], lines[j], rules));
    i = j;
  }
  return out;
}

function isRow(line: TextLine): boolean {
  return line.text.includes('\t') && cells(line).filter((c) => c.length > 0).length >= 2;
}

function cells(line: TextLine): string[] {
  return line.text.split('\t').map((c) => c.trim());
}

/** The span of each cell of a line (trimmed), aligned with `cells(line)`. */
function cellSpans(line: TextLine): Span[] {
  const out: Span[] = [];
  let at = line.span.start;
  for (const raw of line.text.split('\t')) {
    const lead = raw.length - raw.trimStart().length;
    const start = at + lead;
    out.push({ start, end: start + raw.trim().length });
    at += raw.length + 1;
  }
  return out;
}

function table(run: readonly TextLine[], before: TextLine | undefined, after: TextLine | undefined, rules: RuleSet): FoundTable {
  let header = cells(run[0]);
  let first = 1;
  const second = cells(run[1]);
  if (run.length > 2 && second.every((c) => !isNumericCell(c, rules)) && second.some((c) => rules.tables.header.continuation.test(c))) {
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
    rows: run.slice(first).map((l) => ({ cells: cells(l), span: l.span, cellSpans: cellSpans(l) })),
    span: { start: (captionBefore ?? run[0]).span.start, end: (captionAfter ?? last).span.end },
  };
}
