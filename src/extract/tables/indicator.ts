/**
 * Indicator tables (SPEC §7): which column holds the name, the unit, the baseline and the
 * target, read from the header (`指标名称 | 2020年实际值 | 2025年目标值`); then one target
 * per row: value from the target column (comparator from the cell: `>65` → gt), unit from
 * the unit column or the name's bracket (`（亿元）` → 元 × 1e8), baseline from the baseline
 * column, year from the target column's header.
 */
import { pageOf, type Span } from '../../core/span.js';
import type { RuleSet } from '../../ruleset/registry.js';
import type { Target } from '../../schema/output.js';
import type { DocContext } from '../context.js';
import { readDateNumber } from '../deadlines/resolve/numerals.js';
import { parseNumber } from '../targets/resolve/number.js';
import { scaleValue } from '../targets/resolve/unit.js';
import { cellQuantity, cellValue, quantityHeader, splitNameUnit } from './cells.js';
import { kindOf } from '../units/resolve/names.js';
import type { FoundTable } from './types.js';

export interface Columns {
  sequence: number | null;
  name: number;
  unit: number | null;
  /** Columns whose cells are not values (`属性`, `责任单位`). */
  other: number[];
  /**
   * A column of growth rates or period totals (`年均增速/累计`), read for a row whose target cells are empty; in a table of places
   * (`地区 | 进出口目标（亿元） | 增速（%）`), each place's rate is a target of its own.
   */
  growth: number | null;
  /** The rows are places (`县（市、区）`, `地区`: rules/tables.yaml `header.place`). */
  byPlace?: boolean;
  targets: { index: number; year: number | null }[];
  baseline: { index: number; year: number | null } | null;
  /** Columns of quantities with no year, their measure in the header's brackets (`安置房建设（万套）`): due at the last target year. */
  quantities: { index: number; rawUnit: string }[];
  /** Columns of dates (`计划完工时间`: rules/tables.yaml `taskHeader.due`): each cell is a deadline of the document. */
  due: number[];
}

/**
 * The roles of the header cells, or null when the header is not an indicator header. A year column
 * of the plan's own period (`planStart` on) is a target, never a baseline (`区 | 2025年（个） | 2026年（个）
 * | 2027年（个）` in a 2025—2027 plan). A breakdown table, whose rows are places or bodies (`单位 |
 * 签约项目（个） | 合同金额（亿元）`: rules/tables.yaml `header.place`), needs no year column: each quantity
 * column gives a target per row.
 */
const SHORT_LABEL = /^\p{Script=Han}{1,4}$/u;

export function indicatorColumns(header: readonly string[], rules: RuleSet, planStart: number | null = null): Columns | null {
  const h = rules.tables.header;
  let sequence: number | null = null;
  let name: number | null = null;
  let unit: number | null = null;
  let growth: number | null = null;
  let byPlace = false;
  const other: number[] = [];
  const quantities: Columns['quantities'] = [];
  const due: number[] = [];
  const years: { index: number; year: number | null; role: 'target' | 'baseline' | null }[] = [];
  const places: number[] = [];
  header.forEach((raw, index) => {
    const cell = raw.replace(/\s+/gu, '');
    if (sequence === null && h.sequence.test(cell)) sequence = index;
    else if (name === null && h.name.test(cell)) name = index;
    else if (name === null && index <= 1 && h.place.test(cell)) {
      name = index;
      byPlace = true;
    } else if (unit === null && h.unit.test(cell)) unit = index;
    else if (h.other.test(cell)) other.push(index);
    else if (rules.tables.taskHeader.due.test(cell)) due.push(index);
    else if (growth === null && h.growth.test(cell)) growth = index;
    else {
      const y = h.year.exec(cell);
      const role = h.target.test(cell) ? 'target' : h.baseline.test(cell) ? 'baseline' : null;
      if (y?.groups?.y || role) years.push({ index, year: y?.groups?.y ? readDateNumber(y.groups.y, rules.deadlines.numerals) : null, role });
      else {
        const q = quantityHeader(cell, rules);
        if (q) quantities.push({ index, rawUnit: q.rawUnit });
        else if (h.placeColumn.test(cell) || kindOf(cell, rules) === 'lower-government') places.push(index);
      }
    }
  });
  // (the places across the top of a quota table: each a target column of the document's year; a column that only says
  // it holds targets, `目标任务`, names the rows)
  if (places.length >= 2 && years.every((c) => c.year === null)) {
    if (name === null && years.length > 0) name = years[0].index;
    years.splice(0, years.length, ...places.map((index) => ({ index, year: null, role: 'target' as const })));
  }
  // (a short label over columns that are all quantities, `赛段 | 医疗救护点（个） | 急救车（辆） | AED（台）`, heads the rows they break down)
  const label = sequence === null ? 0 : 1;
  if (!byPlace && name === null && years.length === 0 && quantities.length >= 2 && quantities.length === header.length - label - 1 && other.length === 0 && due.length === 0) {
    const cell = header[label]?.replace(/\s+/gu, '') ?? '';
    if (SHORT_LABEL.test(cell) && !rules.tables.taskHeader.task.test(cell)) {
      name = label;
      byPlace = true;
    }
  }
  if (years.length === 0 && !(byPlace && quantities.length > 0)) return null;
  // a year column without a word: the latest year is the target, the earliest the baseline (unless a
  // column says it is one, or it is a year of the plan itself), and the years between them targets of
  // their own (`2024年（基期） | 2025年 | 2026年 | 2027年`: a target for each year)
  for (const c of years) if (c.role === null && c.year !== null && planStart !== null && c.year >= planStart) c.role = 'target';
  // (a year before the plan's beside a column that says it is the target, or alone: `2025年疫情面积（亩） | 压降目标（%）` in a
  // 2026 plan: where the rows start from)
  const namedTarget = years.some((c) => c.role === 'target');
  for (const c of years) if (c.role === null && c.year !== null && planStart !== null && c.year < planStart && (namedTarget || years.length === 1)) c.role = 'baseline';
  const latest = Math.max(...years.map((c) => c.year ?? -Infinity));
  const worded = years.find((c) => c.role === 'baseline');
  const earliest = Math.min(...years.filter((c) => c.role === null && c.year !== null).map((c) => c.year!));
  const baseYear = worded ? (worded.year ?? -Infinity) : earliest;
  for (const c of years) {
    if (c.role !== null || c.year === null) continue;
    if (c.year === latest && years.length > 1) c.role = 'target';
    else if (c.year < latest) c.role = !worded && c.year === earliest ? 'baseline' : c.year > baseYear ? 'target' : 'baseline';
  }
  const targets = years.filter((c) => c.role === 'target').map(({ index, year }) => ({ index, year }));
  const base = years.find((c) => c.role === 'baseline');
  if (targets.length === 0 && !(byPlace && quantities.length > 0)) return null;
  if (name === null) {
    const taken = new Set<number>([
      ...years.map((c) => c.index),
      ...quantities.map((c) => c.index),
      ...other,
      ...due,
      ...([sequence, unit, growth] as (number | null)[]).filter((i): i is number => i !== null),
    ]);
    name = header.findIndex((_c, i) => !taken.has(i));
    if (name < 0) return null;
  }
  return { sequence, name, unit, other, growth, byPlace, targets, baseline: base ? { index: base.index, year: base.year } : null, quantities, due };
}

/** Cells of a row aligned with the header: a leading sequence number the header does not name is dropped. */
export function alignRow(cells: readonly string[], header: readonly string[], cols: Columns, rules: RuleSet): readonly string[] {
  if (cells.length === header.length + 1 && cols.sequence === null && rules.tables.sequenceCell.test(cells[0].trim())) return cells.slice(1);
  if (cells.length === header.length - 1 && cols.sequence !== null) return [...cells.slice(0, cols.sequence), '', ...cells.slice(cols.sequence)];
  return cells;
}

export function indicatorTargets(
  ctx: DocContext,
  table: FoundTable,
  cols: Columns,
  periodEnd: number | null,
  sectionOf: (offset: number) => string | null,
): Target[] {
  const rules = ctx.rules;
  const out: Target[] = [];
  const last = Math.max(...cols.targets.map((c) => c.year ?? -Infinity));
  const lastTargetYear = Number.isFinite(last) ? last : null;
  const headerUnit = unitInHeader(table.header, cols, rules);
  const ownUnits = table.header.map((h) => splitNameUnit(h, rules).rawUnit);
  for (const row of table.rows) {
    const cells = alignRow(row.cells, table.header, cols, rules);
    const nameCell = cells[cols.name]?.trim() ?? '';
    if (!nameCell) continue;
    const split = splitNameUnit(nameCell, rules);
    // a unit cell holding a dash (`—`: a ratio, an index) names no unit, nor does a bracket in the name then
    // (`电能利用效率（PUE）`)
    const unitText = cols.unit !== null ? cells[cols.unit]?.trim() || null : null;
    const dash = unitText !== null && rules.tables.emptyCell.test(unitText);
    const unitCell = dash ? null : unitText;
    // (nor does one in a place's or a body's name in a breakdown table: `福州市局（公司）`)
    const metric = dash || cols.byPlace ? nameCell : split.metric;
    const bracketUnit = dash || cols.byPlace ? null : split.rawUnit;
    const read = (index: number, year: number | null, ownUnitFirst: boolean, columnUnit: string | null = null): Target | null => {
      const cv = cellValue(cells[index] ?? '', rules);
      if (!cv) return null;
      const written = unitCell ?? bracketUnit ?? (dash ? null : (columnUnit ?? headerUnit));
      const rawUnit = ownUnitFirst ? (cv.rawUnit ?? written) : (written ?? cv.rawUnit);
      const qty = cellQuantity(cv, rawUnit, rules);
      if (!qty) return null;
      const { scale, ...quantity } = qty;
      const base = cols.baseline ? cellValue(cells[cols.baseline.index] ?? '', rules) : null;
      const baseValue = base ? parseNumber(base.rawValue, rules.measures.numerals) : null;
      const due = year ?? periodEnd;
      const span = targetSpan(row, cells, cols, index);
      const target: Target = {
        text: ctx.text.slice(span.start, span.end),
        metric: metric || null,
        ...quantity,
        year: due,
        yearSource: year !== null ? 'table' : due !== null ? 'period' : null,
        baseline: cols.baseline && baseValue !== null ? { year: cols.baseline.year, value: scaleValue(baseValue, scale) } : null,
        relative: null,
        aspirational: false,
        recurrence: null,
        span,
        sectionId: sectionOf(row.span.start),
        ruleId: table.ruleId,
      };
      const page = pageOf(ctx.pageMap, row.span.start);
      if (page !== undefined) target.page = page;
      return target;
    };
    // (a target column's own bracket names its unit: `2025年目标（%）`, `2025—2026年新建改造投放点（个）`)
    const found = cols.targets.map((col) => read(col.index, col.year, false, ownUnits[col.index])).filter((t): t is Target => t !== null);
    // quantity columns (`安置房建设（万套）`, `合同金额（亿元）`): due at the last target year, else the plan's end
    for (const q of cols.quantities) {
      const t = read(q.index, lastTargetYear, false, q.rawUnit);
      if (t) found.push(t);
    }
    // a row with no value for its target years: its growth rate or period total (`〔5〕`, `>8`), due at the
    // last of those years, the cell's own unit first (`12%左右` in a row of 亿元)
    if ((found.length === 0 || cols.byPlace) && cols.growth !== null) {
      // (beside a place's other values, the rate is in its column's own unit: `增速（%）`)
      const t = read(cols.growth, lastTargetYear, true, found.length === 0 ? null : (ownUnits[cols.growth] ?? null));
      if (t) found.push(t);
    }
    out.push(...found);
  }
  return out;
}

/**
 * With no unit column, the unit a value column's header names in brackets, for every row
 * (`县（市、区） | 2024年PM2.5浓度（微克/立方米） | 2025年目标 | 2027年目标`): the target columns' first, then
 * the baseline's, then that of a quantity column before them whose total they break down.
 */
function unitInHeader(header: readonly string[], cols: Columns, rules: RuleSet): string | null {
  if (cols.unit !== null) return null;
  const columns = [...cols.targets.map((c) => c.index), ...(cols.baseline ? [cols.baseline.index] : [])];
  for (const i of columns) {
    const { rawUnit } = splitNameUnit(header[i] ?? '', rules);
    if (rawUnit !== null) return rawUnit;
  }
  // the total the year columns break down, standing before them (`新改建农村公路（公里） | 其中：2025年 | 2026年`)
  const first = Math.min(...cols.targets.map((c) => c.index));
  const total = cols.quantities.filter((q) => q.index < first).pop();
  return total?.rawUnit ?? null;
}

/** The cells of the table's date columns (`计划完工时间 | 2026年10月`), each a deadline of the document. */
export function indicatorDueCells(table: FoundTable, cols: Columns, rules: RuleSet): Span[] {
  const out: Span[] = [];
  if (cols.due.length === 0) return out;
  for (const row of table.rows) {
    const cells = alignRow(row.cells, table.header, cols, rules);
    const spans = row.cellSpans;
    if (!spans || spans.length !== cells.length || cells !== row.cells) continue;
    for (const i of cols.due) if (cells[i]?.trim() && !rules.tables.emptyCell.test(cells[i].trim())) out.push(spans[i]);
  }
  return out;
}

/**
 * A row target's span: from the indicator name to its target cell (`属性`, `责任单位` after it are
 * left out), when the shape knows its cell spans and the row is aligned with the header; else the row.
 */
function targetSpan(row: FoundTable['rows'][number], cells: readonly string[], cols: Columns, targetIndex: number): Span {
  const spans = row.cellSpans;
  if (!spans || spans.length !== cells.length || cells !== row.cells) return row.span;
  const from = spans[cols.name];
  const to = spans[targetIndex];
  if (!from || !to || to.end <= from.start) return row.span;
  return { start: from.start, end: to.end };
}
