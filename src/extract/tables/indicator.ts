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
import { parseNumber } from '../targets/resolve/number.js';
import { scaleValue } from '../targets/resolve/unit.js';
import { cellQuantity, cellValue, splitNameUnit } from './cells.js';
import type { FoundTable } from './types.js';

export interface Columns {
  sequence: number | null;
  name: number;
  unit: number | null;
  /** Columns whose cells are not values (`属性`, `责任单位`). */
  other: number[];
  /** A column of growth rates or period totals (`年均增速/累计`), read for a row whose target cells are empty. */
  growth: number | null;
  targets: { index: number; year: number | null }[];
  baseline: { index: number; year: number | null } | null;
}

/** The roles of the header cells, or null when the header is not an indicator header. */
export function indicatorColumns(header: readonly string[], rules: RuleSet): Columns | null {
  const h = rules.tables.header;
  let sequence: number | null = null;
  let name: number | null = null;
  let unit: number | null = null;
  let growth: number | null = null;
  const other: number[] = [];
  const years: { index: number; year: number | null; role: 'target' | 'baseline' | null }[] = [];
  header.forEach((raw, index) => {
    const cell = raw.replace(/\s+/gu, '');
    if (sequence === null && h.sequence.test(cell)) sequence = index;
    else if (name === null && h.name.test(cell)) name = index;
    else if (unit === null && h.unit.test(cell)) unit = index;
    else if (h.other.test(cell)) other.push(index);
    else if (growth === null && h.growth.test(cell)) growth = index;
    else {
      const y = h.year.exec(cell);
      const role = h.target.test(cell) ? 'target' : h.baseline.test(cell) ? 'baseline' : null;
      if (y?.groups?.y || role) years.push({ index, year: y?.groups?.y ? Number(y.groups.y) : null, role });
    }
  });
  if (years.length === 0) return null;
  // a year column without a word: the latest year is the target, the earliest the baseline (unless a
  // column says it is one), and the years between them targets of their own (`2024年（基期） | 2025年 |
  // 2026年 | 2027年`: a target for each year)
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
  if (targets.length === 0) return null;
  if (name === null) {
    const taken = new Set<number>([
      ...years.map((c) => c.index),
      ...other,
      ...([sequence, unit, growth] as (number | null)[]).filter((i): i is number => i !== null),
    ]);
    name = header.findIndex((_c, i) => !taken.has(i));
    if (name < 0) return null;
  }
  return { sequence, name, unit, other, growth, targets, baseline: base ? { index: base.index, year: base.year } : null };
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
    const metric = dash ? nameCell : split.metric;
    const bracketUnit = dash ? null : split.rawUnit;
    const read = (index: number, year: number | null, ownUnitFirst: boolean): Target | null => {
      const cv = cellValue(cells[index] ?? '', rules);
      if (!cv) return null;
      const written = unitCell ?? bracketUnit;
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
    const found = cols.targets.map((col) => read(col.index, col.year, false)).filter((t): t is Target => t !== null);
    // a row with no value for its target years: its growth rate or period total (`〔5〕`, `>8`), due at the
    // last of those years, the cell's own unit first (`12%左右` in a row of 亿元)
    if (found.length === 0 && cols.growth !== null) {
      const t = read(cols.growth, lastTargetYear, true);
      if (t) found.push(t);
    }
    out.push(...found);
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
