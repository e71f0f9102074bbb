/**
 * Task tables (任务分工表, 重点任务清单): `序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限`. A table whose
 * header has a task column and a unit column (rules/tables.yaml `taskHeader`) lists tasks, one per
 * row. This file reads the columns and rows; the pipeline turns each row into an outline node and
 * a task (`src/tasks/table-tasks.ts`).
 */
import { pageOf, type Span } from '../../core/span.js';
import { leadClauseLength } from '../../outline/lead-clause.js';
import type { RuleSet } from '../../ruleset/registry.js';
import type { Target, UnitRole } from '../../schema/output.js';
import type { DocContext } from '../context.js';
import { readDateNumber } from '../deadlines/resolve/numerals.js';
import { cellQuantity, cellValue, quantityHeader } from './cells.js';
import type { FoundTable } from './types.js';
import { halfWidthDigits } from '../../core/digits.js';
import { kindOf } from '../units/resolve/names.js';

export interface TaskColumns {
  sequence: number | null;
  /** The task column (the title's), then any other columns describing the task (`主要内容`). */
  task: number;
  details: number[];
  units: { col: number; role: UnitRole }[];
  due: number[];
  /** Columns of quantities, their measure in the header's brackets (`建设长度（公里）`, `总投资（万元）`). */
  quantities: { col: number; metric: string; rawUnit: string; year: number | null }[];
  /** A schedule's month columns (`3月 | 6月 | 9月 | 12月`; a quarter's: its last month): a cell is a step due by that month's end. */
  milestones: { col: number; month: number }[];
  /** Columns headed by a unit (`玉山镇 | 巴城镇 | …`): a row marked there (`✓`) is that unit's work too. */
  marked: number[];
  /** Columns of both units and time (`责任单位及完成时限`): the units before the cell's split, the time after it. */
  split: number[];
}

/**
 * The columns of a task table, or null when the header has no task column, or no unit column and not both a content column
 * and a time or a post column.
 */
export function taskColumns(header: readonly string[], rules: RuleSet): TaskColumns | null {
  const h = rules.tables.taskHeader;
  const cells = header.map((c) => c.replace(/\s+/gu, ''));
  const task = cells.findIndex((c) => h.task.test(c));
  const details: number[] = [];
  const units: TaskColumns['units'] = [];
  const due: number[] = [];
  const quantities: TaskColumns['quantities'] = [];
  const milestones: TaskColumns['milestones'] = [];
  const marked: number[] = [];
  const split: number[] = [];
  let sequence: number | null = null;
  let posts = 0;
  cells.forEach((c, col) => {
    if (col === task) return;
    if (h.task.test(c) || h.detail.test(c)) details.push(col);
    else if (h.post.test(c)) posts++;
    else if (h.unitDue.test(c)) {
      units.push({ col, role: 'responsible' });
      due.push(col);
      split.push(col);
    } else if (h.lead.test(c)) units.push({ col, role: 'lead' });
    else if (h.co.test(c)) units.push({ col, role: 'co' });
    else if (h.responsible.test(c)) units.push({ col, role: 'responsible' });
    else if (h.due.test(c)) due.push(col);
    else if (h.milestone.test(c)) {
      const month = milestoneMonth(h.milestone.exec(c)!, rules);
      if (month !== null) milestones.push({ col, month });
    } else if (sequence === null && rules.tables.header.sequence.test(c)) sequence = col;
    else {
      // `建设长度（公里）`: a quantity column, when its bracket names a known measure
      const q = quantityHeader(c, rules);
      if (q) {
        // a year in the header (`2025年计划投资（亿元）`) is when the column's quantities are due
        const y = rules.tables.header.year.exec(q.metric)?.groups?.y;
        quantities.push({ col, ...q, year: y !== undefined ? readDateNumber(y, rules.deadlines.numerals) : null });
      } else if (kindOf(c, rules) !== 'other') marked.push(col);
    }
  });
  // (a project table names no units when it has both what is built and when: `项目名称 | 建设内容 | 建设期限`; a checklist
  // names the posts that answer for each item instead, `检查项目 | 检查内容及标准 | 责任人`)
  // (unit-headed columns alone make no task table: a quota table by town, `目标任务 | 单位 | 全市 | 玉山镇 | …`, is a breakdown)
  if (task < 0 || (units.length === 0 && (details.length === 0 || (due.length === 0 && posts === 0)))) return null;
  return { sequence, task, details, units, due, quantities, milestones, marked, split };
}

/** The month a milestone header names (`6月` → 6, `第三季度` → 9), or null. */
function milestoneMonth(m: RegExpExecArray, rules: RuleSet): number | null {
  const g = m.groups ?? {};
  if (g.q !== undefined) {
    const q = readDateNumber(g.q, rules.deadlines.numerals);
    return q !== null && q >= 1 && q <= 4 ? q * 3 : null;
  }
  const month = g.m !== undefined ? readDateNumber(g.m, rules.deadlines.numerals) : null;
  return month !== null && month >= 1 && month <= 12 ? month : null;
}

/** One task of a task table: a row, or a row and the rows under it that continue its merged task cell. */
export interface TaskRow {
  span: Span;
  /** The sequence cell as written (`1`, `（一）`), or ''. */
  marker: string;
  ordinal: number | null;
  task: Span;
  /** Other cells describing the task (`主要内容`): targets and dates are read there too. */
  details: Span[];
  units: { span: Span; role: UnitRole }[];
  due: Span[];
  /** The row's cells of quantity columns (`12.5` under `建设长度（公里）`). */
  quantities: { span: Span; metric: string; rawUnit: string; year: number | null }[];
  /** The row's milestone cells (`完成40%` under `6月`) that name a step, with their column's month. */
  milestones: { span: Span; month: number }[];
  /** The group heading row above it (`（一）重点行业领域专项治理`, one filled cell), if any. */
  group?: Span;
  /**
   * The task cell merged down over this row and the ones with it (`重点任务 | 具体举措 | …`, the rows below with
   * an empty task cell): the node above them; each of them is a task named by its own measure.
   */
  merged?: Span;
}

/**
 * The task rows of a table. A row with an empty task cell continues the row above (its task cell
 * was merged down over several rows of units or dates) when it has units or dates, and is a group
 * heading (`一、产业发展`) otherwise, as is a row whose one filled cell opens with an outline marker.
 */
export function taskRows(table: FoundTable, cols: TaskColumns, rules: RuleSet, text: string): TaskRow[] {
  const out: TaskRow[] = [];
  // (a unit column's header names the unit a marked row gives: it cooperates beside a lead column, else answers for the row)
  const headers = cols.marked.length > 0 ? headerSpans(table, text) : [];
  const markedRole: UnitRole = cols.units.some((u) => u.role === 'lead') ? 'co' : 'responsible';
  let group: Span | undefined;
  // the last row whose task cell was filled and that has a measure of its own: its cell may be merged down
  let open: { cell: Span; row: TaskRow } | null = null;
  // a unit cell merged down over the rows below it, in a table grouped by unit (`市经济和信息化局` in its first column, then rows
  // whose first cell is empty): by column
  const mergedUnits = new Map<number, Span>();
  for (const row of table.rows) {
    const spans = row.cellSpans;
    if (!spans) continue;
    // a form's example row (`1（示例）`) shows how to fill it in, and the header row repeated on a new page heads nothing
    if (row.cells.some((c) => rules.tables.exampleCell.test(c)) || repeatsHeader(row.cells, table.header)) continue;
    const cell = (col: number): Span | null => {
      const s = spans[col];
      if (!s || s.end <= s.start || rules.tables.emptyCell.test(row.cells[col] ?? '')) return null;
      return s;
    };
    // (a cell of both units and time: `A牵头，B配合；2026年6月底前` is read as its two parts)
    const part = (col: number, which: 'units' | 'due'): Span | null => {
      const s = cell(col);
      if (!s || !cols.split.includes(col)) return s;
      const m = rules.tables.taskHeader.unitDueSplit.exec(text.slice(s.start, s.end));
      if (!m) return which === 'units' ? s : null;
      return which === 'units' ? { start: s.start, end: s.start + m.index } : { start: s.start + m.index + m[0].length, end: s.end };
    };
    const units = cols.units.flatMap(({ col, role }) => {
      const own = part(col, 'units');
      if (own && col === 0) mergedUnits.set(col, own);
      // (a first column left empty, not marked `—`, is the cell merged down from above: a table grouped by unit)
      const s = own ?? (col === 0 && (row.cells[col] ?? '').trim() === '' && cell(cols.task) ? mergedUnits.get(col) : undefined);
      return s ? [{ span: s, role }] : [];
    });
    for (const col of cols.marked) {
      if (headers[col] && rules.tables.taskHeader.unitMark.test((row.cells[col] ?? '').trim())) units.push({ span: headers[col]!, role: markedRole });
    }
    const due = cols.due.flatMap((col) => part(col, 'due') ?? []);
    const details = cols.details.flatMap((col) => cell(col) ?? []);
    const quantities = cols.quantities.flatMap(({ col, metric, rawUnit, year }) => {
      const s = cell(col);
      return s ? [{ span: s, metric, rawUnit, year }] : [];
    });
    const milestones = cols.milestones.flatMap(({ col, month }) => {
      const s = cell(col);
      return s && !rules.tables.taskHeader.ongoing.test(row.cells[col].trim()) ? [{ span: s, month }] : [];
    });
    const taskCell = cell(cols.task);
    const task = taskCell ?? details.shift() ?? null;
    const prev = out[out.length - 1];
    if (!task) {
      // units or dates under a task cell merged down from the row above; else a group heading
      if (prev && (units.length > 0 || due.length > 0)) {
        prev.units.push(...units);
        prev.due.push(...due);
        prev.details.push(...details);
        prev.span = { start: prev.span.start, end: row.span.end };
      } else {
        group = soleCell(row.cellSpans, row.cells) ?? group;
        open = null;
      }
      continue;
    }
    if (row.cells.filter((c) => c.trim() !== '').length <= 1 && rules.markers.styles.some((st) => st.re.test(row.cells[cols.task]))) {
      group = task;
      open = null;
      continue;
    }
    const marker = cols.sequence !== null ? (row.cells[cols.sequence] ?? '').trim() : '';
    const item: TaskRow = { span: row.span, marker, ordinal: ordinalOf(marker) ?? out.length + 1, task, details, units, due, quantities, milestones };
    if (group) item.group = group;
    if (taskCell) open = details.length > 0 ? { cell: taskCell, row: item } : null;
    else if (open) {
      // a measure under a task cell merged down: the cell heads the rows, its own row named by its first measure
      if (!open.row.merged) {
        open.row.merged = open.cell;
        open.row.task = open.row.details.shift()!;
      }
      item.merged = open.cell;
    }
    out.push(item);
  }
  return out;
}

/** The spans of a table's header cells, found in order from the table's start; null for one not found. */
/** A row that is the table's header again (a table running over pages, its header repeated on each). */
function repeatsHeader(cells: readonly string[], header: readonly string[]): boolean {
  const squeeze = (c: string) => c.replace(/\s+/gu, '');
  return cells.length === header.length && cells.every((c, i) => squeeze(c) === squeeze(header[i]));
}

function headerSpans(table: FoundTable, text: string): (Span | null)[] {
  let at = table.span.start;
  return table.header.map((h) => {
    const name = h.trim();
    const i = name === '' ? -1 : text.indexOf(name, at);
    if (i < 0 || i >= table.span.end) return null;
    at = i + name.length;
    return { start: i, end: i + name.length };
  });
}

/** The span of a row's one filled cell (a group heading's text), if only one is filled. */
function soleCell(spans: readonly (Span | null | undefined)[], cells: readonly string[]): Span | undefined {
  const filled = cells.flatMap((c, i) => (c.trim() !== '' && spans[i] ? [spans[i]!] : []));
  return filled.length === 1 ? filled[0] : undefined;
}

const CN_DIGITS = '零一二三四五六七八九';

/** `1`, `１.`, `（三）`, `十二` → the number. */
function ordinalOf(marker: string): number | null {
  const core = halfWidthDigits(marker.replace(/[（()）.、．\s]/gu, ''));
  if (/^[0-9]{1,3}$/u.test(core)) return Number(core);
  const m = /^([一二三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(core);
  if (!m || core === '') return null;
  if (!m[2]) return m[3] ? null : CN_DIGITS.indexOf(m[1]);
  return (m[1] ? CN_DIGITS.indexOf(m[1]) : 1) * 10 + (m[3] ? CN_DIGITS.indexOf(m[3]) : 0);
}

/**
 * A task cell's title: its leading clause, read as an item's heading is (`建成市托育综合服务指导中心`).
 * A cell is read as a sentence even when it has no `。`: a heading line's whole text is its heading,
 * a cell's only up to the first comma after a clause long enough to name it.
 */
export function taskTitle(cell: string, rules: RuleSet): { start: number; end: number } {
  const lead = cell.length - cell.trimStart().length;
  const body = cell.slice(lead).trimEnd();
  return { start: lead, end: lead + Math.min(body.length, leadClauseLength(`${body}。`, rules)) };
}

/**
 * The target a quantity cell of a task row sets (`12.5` under `建设长度（公里）` → 12.5 公里), due by the
 * row's year: the measure from the header's brackets, the comparator from the cell (`≥5`).
 */
export function quantityTarget(
  ctx: DocContext,
  q: TaskRow['quantities'][number],
  due: { year: number | null; source: Target['yearSource'] },
  sectionId: string,
): Target | null {
  const rules = ctx.rules;
  const written = ctx.text.slice(q.span.start, q.span.end);
  const cv = cellValue(written, rules);
  const qty = cv ? cellQuantity(cv, cv.rawUnit ?? q.rawUnit, rules) : null;
  if (!qty) return null;
  const { scale: _scale, ...quantity } = qty;
  const target: Target = {
    text: written.trim(),
    metric: q.metric,
    ...quantity,
    year: due.year,
    yearSource: due.source,
    baseline: null,
    relative: null,
    aspirational: false,
    recurrence: null,
    span: { start: q.span.start + (written.length - written.trimStart().length), end: q.span.start + written.trimEnd().length },
    sectionId,
    ruleId: 'tables/task-quantity',
  };
  const page = pageOf(ctx.pageMap, q.span.start);
  if (page !== undefined) target.page = page;
  return target;
}
