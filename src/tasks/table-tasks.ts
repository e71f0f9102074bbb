/**
 * The rows of task tables (任务分工表) as outline nodes and tasks (SPEC §4, §5): each row is a numbered
 * item under the section that holds the table (a top-level node, for a table in an attachment),
 * and a task whose units come from its unit columns, its deadlines from its time column and its
 * own text, and its targets from its task cells (`任务名称`, `主要内容`), due by the row's date when it has one.
 */
import { pageOf } from '../core/span.js';
import type { DocContext } from '../extract/context.js';
import { extractDeadlines, extractFieldDeadlines, milestoneDeadline, type DeadlineOptions } from '../extract/deadlines/index.js';
import { isAttachmentLine } from '../extract/metadata/text.js';
import { quantityTarget, taskTitle, type TaskRow } from '../extract/tables/task-table.js';
import { extractTargets, type TargetScopeInput } from '../extract/targets/index.js';
import { cellClause, findClauses, unitsOfClauses, type UnitOptions } from '../extract/units/index.js';
import { matchMarker } from '../outline/markers.js';
import type { Span } from '../core/span.js';
import type { Deadline, Section, Table, Target, Task } from '../schema/output.js';

export interface TableTaskOptions {
  units: UnitOptions;
  deadlines: DeadlineOptions;
  /** Plan years for targets (`planYears`). */
  years: Pick<TargetScopeInput, 'periodEnd' | 'periodStart' | 'issueYear'>;
  /** The year governing a section's targets, if any. */
  governingYear: (sectionId: string | null) => number | null;
}

export function tableTasks(
  ctx: DocContext,
  taskTables: readonly { table: Table; rows: readonly TaskRow[] }[],
  sections: readonly Section[],
  opts: TableTaskOptions,
): { sections: Section[]; tasks: Task[]; starts: number[] } {
  const outSections: Section[] = [];
  const tasks: Task[] = [];
  const starts: number[] = [];
  for (const { table, rows } of taskTables) {
    // (a table after a `——` bullet, an unnumbered style, is its box's, beside the bullets: a bullet holds one paragraph)
    const innermostHolder = innermost(sections, table.span.start);
    const bullet = innermostHolder !== undefined && ctx.rules.markers.styles.some((st) => st.numeral === 'none' && st.re.test(innermostHolder.marker));
    const holder = bullet ? (sections.find((x) => x.id === innermostHolder.parentId) ?? innermostHolder) : innermostHolder;
    // a table in an attachment (`附件2` / `重点任务分工表`) is no part of the section the body ended in
    const attachment = attachmentLine(ctx, holder?.span.start ?? 0, table.span.start);
    const tableParent = attachment === null ? holder : undefined;
    starts.push(attachment ?? table.span.start);
    const tableNo = table.id.slice(table.id.lastIndexOf(':') + 1);
    // a document that names its lead by position (`排在第一位的为牵头单位`) does so in a responsible column only
    const unitOpts = { ...opts.units, firstIsLead: opts.units.firstIsLead && rows.every((r) => r.units.every((u) => u.role === 'responsible')) };
    const groups = new Map<number, Section>(); // group heading rows the outline does not hold, by start
    const merged = new Map<number, Section>(); // task cells merged down over rows of measures, by start
    // rows numbered by decimal levels (`1` › `1.1`, `3.1` › `3.1.1`): a row whose number heads others' is their node
    const decimal = decimalParents(rows);
    const heads = new Map<number, Section>(); // such a row's node, by row index
    rows.forEach((row, k) => {
      // a group heading inside the table (`（一）提升政务服务效能` on a line of its own) holds the rows under it:
      // a node of the outline, or (the outline stops before an attachment) one of the table's own
      const found = innermost(sections, row.span.start);
      const group = found && found.span.start >= table.span.start ? found : row.group && groupSection(ctx, row.group, tableParent, tableNo, groups);
      const outer = group ?? tableParent;
      // (a task cell merged down over rows of measures heads them)
      const above = decimal.parent.get(k);
      const parent = above !== undefined ? heads.get(above) : row.merged ? mergedSection(ctx, row.merged, outer, tableNo, merged) : outer;
      const id = `${ctx.docId}:s:table${tableNo}.${k + 1}`;
      const cellText = ctx.text.slice(row.task.start, row.task.end);
      const t = taskTitle(cellText, ctx.rules);
      const headingSpan = { start: row.task.start + t.start, end: row.task.start + t.end };
      // (a row that heads others runs to the end of the last of them, and is no task)
      const isHead = decimal.heads.has(k);
      const span = isHead ? { start: row.span.start, end: Math.max(row.span.end, ...decimal.under(k).map((i) => rows[i].span.end)) } : row.span;
      const section: Section = {
        id,
        parentId: parent?.id ?? null,
        level: (parent?.level ?? 0) + 1,
        marker: row.marker,
        ordinal: row.ordinal,
        heading: ctx.text.slice(headingSpan.start, headingSpan.end),
        span,
        headingSpan,
      };
      const page = pageOf(ctx.pageMap, row.span.start);
      if (page !== undefined) section.page = page;
      outSections.push(section);
      if (isHead) {
        heads.set(k, section);
        return;
      }

      const deadlines = sameOnce(
        [row.task, ...row.details].flatMap((cell) => extractDeadlines(ctx, cell, opts.deadlines)),
        row.due.flatMap((cell) => extractFieldDeadlines(ctx, cell, opts.deadlines)),
        // a schedule's step (`完成40%` under `6月`): due by that month's end, unless it says when itself (`8月底前…` under `三季度`)
        row.milestones.flatMap((m) => {
          const own = extractDeadlines(ctx, m.span, opts.deadlines).filter((d) => d.kind === 'by');
          return own.length > 0 ? own : (milestoneDeadline(ctx, m.span, m.month, opts.deadlines) ?? []);
        }),
      );
      const dueYear = rowYear(deadlines);
      // a 责任单位 column after a 牵头单位 column lists the units after the lead: co (SPEC §6); one before it
      // (`法规名称 | 起草单位 | 牵头工作机构`) stays responsible
      const leadAt = Math.min(...row.units.filter((u) => u.role === 'lead').map((u) => u.span.start));
      const task: Task = {
        id: id.replace(':s:', ':t:'),
        sectionId: id,
        marker: row.marker,
        ordinal: row.ordinal,
        title: section.heading,
        text: ctx.text.slice(row.span.start, row.span.end),
        span: row.span,
        units: rowUnits(ctx, row, leadAt, unitOpts),
        targets: [
          // (and a time cell's steps: `二季度新开工项目累计达到90个`)
          ...[row.task, ...row.details, ...row.due].flatMap((cell) =>
            extractTargets(ctx, cell, { sectionId: id, governingYear: dueYear ?? opts.governingYear(parent?.id ?? null), ...opts.years, task: true }),
          ),
          // `建设长度（公里）`, `总投资（万元）`: a quantity column's cell, due by the row's year
          ...row.quantities.flatMap((q) => quantityTarget(ctx, q, quantityDue(q.year ?? dueYear, opts), id) ?? []),
          // a schedule's steps (`建成150个` under `12月`), due in the document's year
          ...row.milestones.flatMap((m) =>
            extractTargets(ctx, m.span, { sectionId: id, governingYear: opts.deadlines.referenceYear ?? dueYear ?? opts.governingYear(parent?.id ?? null), ...opts.years, task: true }),
          ),
        ],
        deadlines,
        keywords: [],
      };
      if (page !== undefined) task.page = page;
      tasks.push(task);
    });
    // a merged task cell's node runs to the end of its last row
    for (const [at, m] of merged) {
      const ends = rows.filter((r) => r.merged?.start === at).map((r) => r.span.end);
      m.span = { start: m.span.start, end: Math.max(m.span.end, ...ends) };
      outSections.push(m);
    }
    // a group's node runs to the end of its last row
    for (const [at, g] of groups) {
      const ends = rows.filter((r) => r.group?.start === at).map((r) => r.span.end);
      g.span = { start: g.span.start, end: Math.max(g.span.end, ...ends) };
      outSections.push(g);
    }
  }
  outSections.sort((a, b) => a.span.start - b.span.start);
  return { sections: outSections, tasks, starts };
}

/**
 * Rows numbered by decimal levels (`1`, `1.1`, `1.2`, `3.1`, `3.1.1`): each row's parent row (the one whose number is its
 * number without the last part), the rows that head others, and the rows under a head at any depth. Empty in a table
 * numbered otherwise.
 */
function decimalParents(rows: readonly TaskRow[]): { parent: Map<number, number>; heads: Set<number>; under: (k: number) => number[] } {
  const parent = new Map<number, number>();
  const byMarker = new Map<string, number>();
  rows.forEach((r, k) => {
    const m = r.marker.replace(/[．]/gu, '.').replace(/\.$/u, '');
    if (/^[0-9]{1,3}(?:\.[0-9]{1,3})+$/u.test(m)) {
      const up = byMarker.get(m.slice(0, m.lastIndexOf('.')));
      if (up !== undefined) parent.set(k, up);
    }
    if (/^[0-9]{1,3}(?:\.[0-9]{1,3})*$/u.test(m)) byMarker.set(m, k);
  });
  const heads = new Set(parent.values());
  const under = (k: number): number[] => [...parent].filter(([, p]) => p === k).flatMap(([c]) => [c, ...under(c)]);
  return { parent, heads, under };
}

/** The node of a task cell merged down over rows of measures (`推进规上工业企业技术改造` over its 具体举措 rows): no marker. */
function mergedSection(ctx: DocContext, cell: Span, parent: Section | undefined, tableNo: string, made: Map<number, Section>): Section {
  const known = made.get(cell.start);
  if (known) return known;
  const t = taskTitle(ctx.text.slice(cell.start, cell.end), ctx.rules);
  const headingSpan = { start: cell.start + t.start, end: cell.start + t.end };
  const section: Section = {
    id: `${ctx.docId}:s:table${tableNo}.m${made.size + 1}`,
    parentId: parent?.id ?? null,
    level: (parent?.level ?? 0) + 1,
    marker: '',
    ordinal: made.size + 1,
    heading: ctx.text.slice(headingSpan.start, headingSpan.end),
    span: cell,
    headingSpan,
  };
  const page = pageOf(ctx.pageMap, cell.start);
  if (page !== undefined) section.page = page;
  made.set(cell.start, section);
  return section;
}

/** The node of a group heading row (`（一）重点行业领域专项治理`) that the outline does not hold, made once. */
function groupSection(ctx: DocContext, cell: Span, parent: Section | undefined, tableNo: string, made: Map<number, Section>): Section | undefined {
  const known = made.get(cell.start);
  if (known) return known;
  const raw = ctx.text.slice(cell.start, cell.end);
  const lead = raw.length - raw.trimStart().length;
  const hit = matchMarker(raw.trim(), ctx.rules);
  if (!hit) return undefined;
  const headingStart = cell.start + lead + hit.length;
  const headingEnd = cell.start + raw.trimEnd().length;
  const section: Section = {
    id: `${ctx.docId}:s:table${tableNo}.g${made.size + 1}`,
    parentId: parent?.id ?? null,
    level: (parent?.level ?? 0) + 1,
    marker: hit.marker,
    ordinal: hit.ordinal,
    heading: ctx.text.slice(headingStart, headingEnd),
    span: { start: cell.start + lead, end: headingEnd },
    headingSpan: { start: headingStart, end: headingEnd },
  };
  const page = pageOf(ctx.pageMap, cell.start);
  if (page !== undefined) section.page = page;
  made.set(cell.start, section);
  return section;
}

/** The start of the attachment line (`附件`, `附件2：`) between `from` and a table, if there is one. */
function attachmentLine(ctx: DocContext, from: number, tableStart: number): number | null {
  for (const l of ctx.lines) {
    if (l.end <= from) continue;
    if (l.start >= tableStart) break;
    if (isAttachmentLine(ctx.text.slice(l.start, l.end), ctx.rules.metadata.notice.attachment)) return l.start;
  }
  return null;
}

/**
 * One recurrence or period per value: `每年` in the task cell and again in the time cell is one recurrence. Each due date stays as
 * written in every cell (`…11月底前完工` in a next-steps cell and `2026年11月底` in the time cell: two deadlines, as in a paragraph).
 */
function sameOnce(...cells: readonly Deadline[][]): Deadline[] {
  const seen = new Set<string>();
  return cells.flat().filter((d) => {
    if (d.kind === 'by') return true;
    const k = `${d.kind}|${d.date}|${d.start}|${d.recurrence}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * A row's units: its unit columns', and those a closing bracket of its task cell names as cooperating (`…（市投资促进局、
 * 三江新区管委会配合）`), beside whom the column's units lead (SPEC §6: listed after a lead, a unit cooperates).
 */
function rowUnits(ctx: DocContext, row: TaskRow, leadAt: number, opts: UnitOptions) {
  const columns = unitsOfClauses(
    ctx,
    row.units.map((u) => cellClause(ctx, u.span, u.role === 'responsible' && u.span.start > leadAt ? 'co' : u.role)),
    opts,
  );
  const cooperating = findClauses(ctx, row.task).filter((c) => c.parts.length > 0 && c.parts.every((p) => p.role === 'co'));
  if (columns.length === 0 || cooperating.length === 0) return columns;
  const named = new Set(columns.map((u) => u.name));
  const co = unitsOfClauses(ctx, cooperating, opts).filter((u) => !named.has(u.name));
  if (co.length === 0) return columns;
  return [...columns.map((u) => (u.role === 'responsible' ? { ...u, role: 'lead' as const } : u)), ...co];
}

/** The year of a row's one due date (`2026年底前`, or the end of its period `2025—2026年`): its task cell's targets are due then. */
function rowYear(deadlines: readonly Deadline[]): number | null {
  const years = new Set(deadlines.filter((d) => (d.kind === 'by' || d.kind === 'period') && d.date).map((d) => Number(d.date!.slice(0, 4))));
  return years.size === 1 ? [...years][0] : null;
}

function innermost(sections: readonly Section[], offset: number): Section | undefined {
  let best: Section | undefined;
  for (const s of sections) if (s.span.start <= offset && offset < s.span.end && (!best || s.level > best.level)) best = s;
  return best;
}

/** A quantity cell's due year: its column's (`2025年计划投资`) or its row's, else the plan's end. */
function quantityDue(rowYear: number | null, opts: TableTaskOptions): { year: number | null; source: Target['yearSource'] } {
  if (rowYear !== null) return { year: rowYear, source: 'table' };
  const end = opts.years.periodEnd ?? null;
  return { year: end, source: end !== null ? 'period' : null };
}
