/**
 * Tables (SPEC §7): found by shape (one file each), then classified: indicator tables
 * (`指标名称 | 2020年实际值 | 2025年目标值`) give one target per row; task tables
 * (`序号 | 重点任务 | 牵头单位 | 完成时限`) one task per row (`taskRows`); others are `list`
 * tables kept as data. The rows of a table must not also yield prose targets: the pipeline
 * excludes `tableSpans(tables)` from `extractTargets`.
 */
import { pathId } from '../../core/ids.js';
import { overlaps, pageOf, type Span } from '../../core/span.js';
import type { Table, Target } from '../../schema/output.js';
import type { DocContext, OutlineView } from '../context.js';
import { textLines } from './cells.js';
import { flattenedIndicator } from './flattened-indicator.js';
import { flattenedList } from './flattened-list.js';
import { indicatorColumns, indicatorDueCells, indicatorTargets } from './indicator.js';
import { tabSeparated } from './tab-separated.js';
import { taskColumns, taskRows, type TaskRow } from './task-table.js';
import type { FoundTable, TextLine } from './types.js';

/** In order: a table found by an earlier shape wins over an overlapping one found later. */
const SHAPES: readonly ((lines: readonly TextLine[], rules: DocContext['rules']) => FoundTable[])[] = [
  tabSeparated, // rows as tab-separated lines: the least ambiguous shape
  flattenedIndicator, // one cell per line under an indicator header
  flattenedList, // one cell per line under short list-header words
];

export function extractTables(
  ctx: DocContext,
  outline: OutlineView,
  scope: { periodEnd: number | null; periodStart?: number | null },
): { tables: Table[]; targets: Target[]; taskTables: { table: Table; rows: TaskRow[] }[]; dueCells: Span[] } {
  const lines: TextLine[] = [];
  for (const l of textLines(ctx.text, ctx.lines)) if (l.span.start >= outline.bodyStart) lines.push(l);
  const found: FoundTable[] = [];
  for (const shape of SHAPES) {
    for (const t of shape(lines, ctx.rules)) if (!found.some((f) => overlaps(f.span, t.span))) found.push(t);
  }
  found.sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i < found.length; i++) found[i] = withSubHeader(found[i]);
  const sectionOf = (offset: number): string | null => {
    let best: (typeof outline.sections)[number] | undefined;
    for (const s of outline.sections) if (s.span.start <= offset && offset < s.span.end && (!best || s.level > best.level)) best = s;
    return best?.id ?? null;
  };
  const tables: Table[] = [];
  const targets: Target[] = [];
  const taskTables: { table: Table; rows: TaskRow[] }[] = [];
  // the date cells of indicator and breakdown tables (`区县 | 改造小区数（个） | 计划完工时间`): the document's deadlines
  const dueCells: Span[] = [];
  found.forEach((f, n) => {
    // a task table's header wins over the year columns it may have (`项目名称 | 建设内容及规模 | 总投资（亿元） |
    // 2025年计划投资（亿元） | 建设年限 | 责任单位`) when it has a content or time column too, unless its task
    // column is also an indicator's name (`项目`)
    const asTasks = taskColumns(f.header, ctx.rules);
    const tasksFirst =
      asTasks !== null &&
      asTasks.details.length + asTasks.due.length > 0 &&
      !ctx.rules.tables.header.name.test(f.header[asTasks.task].replace(/\s+/gu, ''));
    const cols = tasksFirst ? null : indicatorColumns(f.header, ctx.rules, scope.periodStart ?? null);
    const rows = cols ? indicatorTargets(ctx, f, cols, scope.periodEnd, sectionOf) : [];
    const taskCols = rows.length ? null : asTasks;
    const tasks = taskCols ? taskRows(f, taskCols, ctx.rules, ctx.text) : [];
    const table: Table = {
      id: pathId(ctx.docId, 'table', [n + 1]),
      caption: f.caption,
      header: [...f.header],
      rows: f.rows.map((r) => ({ cells: [...r.cells], span: r.span })),
      span: f.span,
      kind: cols && rows.length ? 'indicator' : tasks.length ? 'tasks' : 'list',
    };
    const page = pageOf(ctx.pageMap, f.span.start);
    if (page !== undefined) table.page = page;
    tables.push(table);
    targets.push(...rows);
    if (cols && rows.length) dueCells.push(...indicatorDueCells(f, cols, ctx.rules));
    if (tasks.length) taskTables.push({ table, rows: tasks });
  });
  return { tables, targets, taskTables, dueCells };
}

/** The spans the prose target extractor must skip: every table, caption included. */
export function tableSpans(tables: readonly Table[]): Span[] {
  return tables.map((t) => t.span);
}

/**
 * A header of two rows (`指标 | 单位 | 2025年基数 | 年度目标 | 年度目标 | 年度目标` over `— | — | — | 2026年 | 2027年 | 2028年`,
 * the merged cell's text written in each cell it spans): one header, each column named by its second row where that
 * row names a year, else by its first. The second row is no row of the table's.
 */
function withSubHeader(f: FoundTable): FoundTable {
  const sub = f.rows[0]?.cells;
  if (!sub || sub.length !== f.header.length || f.rows.length < 2) return f;
  const years = sub.filter((c) => SUB_YEAR.test(c.trim())).length;
  if (years < 2 || !sub.every((c) => SUB_YEAR.test(c.trim()) || SUB_EMPTY.test(c.trim()))) return f;
  // (the columns a merged cell spans repeat its text: `年度目标` three times)
  if (!sub.some((c, i) => SUB_YEAR.test(c.trim()) && f.header.filter((h) => h === f.header[i]).length > 1)) return f;
  return { ...f, header: f.header.map((h, i) => (SUB_YEAR.test(sub[i].trim()) ? sub[i].trim() : h)), rows: f.rows.slice(1) };
}

const SUB_YEAR = /^(?:19|20)[0-9]{2}\s*年(?:度)?(?:目标(?:值)?)?$/u;
const SUB_EMPTY = /^(?:|—|－|-|–|——|\/)$/u;
