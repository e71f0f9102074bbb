/**
 * List tables flattened to one cell per line (Hangzhou's `产业走廊 / 重点平台 / 之江影视演艺
 * 产业走廊 / 中国演艺谷、…等`): two or more short header words, one of them a list-header word
 * (rules/tables.yaml `listHeader`), then rows of as many cells, up to the next outline marker
 * or sentence. They are kept as data (`kind: 'list'`) and yield no targets.
 */
import type { RuleSet } from '../../ruleset/registry.js';
import { isHeaderWord, startsWithMarker } from './cells.js';
import type { FoundTable, TextLine } from './types.js';

const SENTENCE_END = /[。；;！？!?]$/u;
const LEAD_IN = /^[^，。：:]{1,20}[：:]/u;

export function flattenedList(lines: readonly TextLine[], rules: RuleSet): FoundTable[] {
  const out: FoundTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const found = tableAt(lines, i, rules);
    if (found) {
      out.push(found.table);
      i = found.next - 1;
    }
  }
  return out;
}

function trimmedSpan(l: TextLine): { start: number; end: number } {
  const start = l.span.start + (l.text.length - l.text.trimStart().length);
  return { start, end: start + l.text.trim().length };
}

function isHeaderCell(line: TextLine | undefined, rules: RuleSet): boolean {
  return line !== undefined && !line.text.includes('\t') && isHeaderWord(line.text.trim(), rules.tables.maxListHeaderCell) && !startsWithMarker(line.text, rules);
}

function isBodyCell(line: TextLine | undefined, rules: RuleSet): boolean {
  if (!line) return false;
  const t = line.text.trim();
  return t.length > 0 && !line.text.includes('\t') && !startsWithMarker(t, rules) && !SENTENCE_END.test(t) && !LEAD_IN.test(t);
}

function tableAt(lines: readonly TextLine[], i: number, rules: RuleSet): { table: FoundTable; next: number } | null {
  if (isHeaderCell(lines[i - 1], rules) || !isHeaderCell(lines[i], rules)) return null;
  let j = i;
  while (isHeaderCell(lines[j], rules)) j++;
  const header = lines.slice(i, j).map((l) => l.text.trim());
  if (header.length < 2 || !header.some((c) => rules.tables.listHeader.test(c))) return null;
  const rows: FoundTable['rows'][number][] = [];
  let k = j;
  // each row: a first cell no longer than `maxCell`, then its other cells (a list cell may be long)
  while (isBodyCell(lines[k], rules) && lines[k].text.trim().length <= rules.tables.maxCell) {
    let end = k + 1;
    while (end < k + header.length && isBodyCell(lines[end], rules)) end++;
    const cells = lines.slice(k, end).map((l) => l.text.trim());
    const cellSpans = lines.slice(k, end).map(trimmedSpan);
    rows.push({ cells, span: { start: lines[k].span.start, end: lines[end - 1].span.end }, cellSpans });
    k = end;
    if (cells.length < header.length) break;
  }
  if (rows.length === 0) return null;
  return {
    table: {
      ruleId: 'tables/flattened-list',
      caption: null,
      header,
      rows,
      span: { start: lines[i].span.start, end: rows[rows.length - 1].span.end },
    },
    next: k,
  };
}
