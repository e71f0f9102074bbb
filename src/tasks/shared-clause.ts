/**
 * Unit clauses that a heading's items share.
 *
 * A unit clause on a line of its own after an item's last sub-item (`（1）…` `（2）…` then
 * `（责任单位：市委改革办、市大数据局）`) closes the item: its units are every sub-item's, when none of
 * the sub-items before names units of its own (SPEC §6, the clause alone on the next line).
 */
import type { DocContext } from '../extract/context.js';
import { findClauses, HEADING_LIST, headingList, readClause, unitsOfClauses, type UnitOptions } from '../extract/units/index.js';
import { firstStartingFrom } from '../core/span.js';
import { cnToInt } from '../outline/markers.js';
import type { ClauseCandidate } from '../extract/units/types.js';
import type { Section, Task, Unit } from '../schema/output.js';
import { ownSpan } from './select.js';

export function shareClosingClause(ctx: DocContext, tasks: readonly Task[], sections: readonly Section[]): void {
  for (const kids of siblingGroups(tasks, sections)) {
    const last = kids[kids.length - 1];
    if (last.units.length === 0 || kids.slice(0, -1).some((k) => k.units.length > 0)) continue;
    const at = Math.min(...last.units.map((u) => u.span.start));
    const line = ctx.lines.find((l) => l.start <= at && at < l.end);
    if (!line || line.start <= last.span.start || !isClauseLine(ctx, ctx.text.slice(line.start, line.end).trim())) continue;
    for (const k of kids.slice(0, -1)) k.units = last.units.map((u) => ({ ...u }));
  }
}

/** The tasks of each heading that has two or more, in order. */
function siblingGroups(tasks: readonly Task[], sections: readonly Section[]): Task[][] {
  const parentOf = new Map(sections.map((s) => [s.id, s.parentId]));
  const byParent = new Map<string, Task[]>();
  for (const t of tasks) {
    const p = parentOf.get(t.sectionId);
    if (!p) continue;
    let kids = byParent.get(p);
    if (!kids) byParent.set(p, (kids = []));
    kids.push(t);
  }
  return [...byParent.values()].filter((kids) => kids.length >= 2);
}

/**
 * A closing line after a heading's last item that parts its items out (`以上第（一）至（三）项由市委宣传部负责，第（四）项由市委组织部负责。`,
 * rules/unit-clauses.yaml `itemPart`): each part's units are those of the items it names, by their numbers, when they
 * name none of their own; the line is no clause of the last item alone.
 */
export function shareItemClauses(ctx: DocContext, tasks: readonly Task[], sections: readonly Section[], opts: UnitOptions): void {
  const { itemReferenceRe, itemPartRe } = ctx.rules.unitClauses;
  for (const kids of siblingGroups(tasks, sections)) {
    const last = kids[kids.length - 1];
    // (the lines after the last item's first, inside it)
    for (let i = firstStartingFrom(ctx.lines, last.span.start + 1); i < ctx.lines.length && ctx.lines[i].end <= last.span.end; i++) {
      const line = ctx.lines[i];
      const text = ctx.text.slice(line.start, line.end);
      if (!itemReferenceRe.test(text)) continue;
      const parts = [...text.matchAll(itemPartRe)];
      if (parts.length === 0 || parts[0].index > 2) continue;
      const inLine = (u: Unit) => line.start <= u.span.start && u.span.end <= line.end;
      const own = new Map(kids.map((k) => [k, k.units.filter((u) => !inLine(u))] as const));
      // (the bracket the line stands in closes its last part: `（以上第1—3项由A负责，…，第5项由B负责）`)
      const lineEnd = /^[（(]/u.test(text) ? line.start + text.replace(/[）)][\s。]*$/u, '').length : line.end;
      const given = new Map<Task, Unit[]>();
      parts.forEach((m, i) => {
        const from = line.start + m.index + m[0].length;
        let to = i + 1 < parts.length ? line.start + parts[i + 1].index : lineEnd;
        // (a part that narrows the one before it, `第1—3项由A负责，其中第1、2项由B配合`: the words that say so are neither's)
        const narrowing = NARROWING.exec(ctx.text.slice(from, to));
        if (narrowing) to = from + narrowing.index;
        const clause = readClause(ctx, { start: from, end: to });
        const units = clause ? unitsOfClauses(ctx, [clause], opts) : [];
        const items = itemNumbers(m.groups?.items ?? '');
        for (const k of kids) {
          if (k.ordinal === null || !items.has(k.ordinal) || own.get(k)?.length !== 0) continue;
          given.set(k, [...(given.get(k) ?? []), ...units.map((u) => ({ ...u }))]);
        }
      });
      // an item a later part gives cooperating units besides the one answering for it: that one leads them (SPEC §6)
      for (const [k, units] of given) {
        const withCo = units.some((u) => u.role === 'co');
        k.units = units.map((u) => (withCo && u.role === 'responsible' ? { ...u, role: 'lead' as const } : u));
      }
      // (the line's names, read as the last item's own clause, are not its units unless a part names it)
      if (last.ordinal === null || !parts.some((m) => itemNumbers(m.groups?.items ?? '').has(last.ordinal as number))) last.units = own.get(last) ?? [];
    }
  }
}

/** The words before a part that narrows the one before it (`，其中第1、2项由…`). */
const NARROWING = /[，,；;]?\s*其中\s*$/u;

/** The numbers a reference names: `第（一）至（三）` → 1, 2, 3; `第1、2` → 1, 2. */
function itemNumbers(items: string): Set<number> {
  const found = new Set<number>();
  let prev: number | null = null;
  let range = false;
  for (const m of items.matchAll(/(?<n>[一二三四五六七八九十]+|[0-9]+)|(?<to>至|—|－|-)/gu)) {
    if (m.groups?.to) {
      range = true;
      continue;
    }
    const n = /[0-9]/u.test(m[0]) ? Number(m[0]) : cnToInt(m[0]);
    if (n === null) continue;
    if (range && prev !== null) for (let k = prev + 1; k < n; k++) found.add(k);
    found.add(n);
    prev = n;
    range = false;
  }
  return found;
}

/**
 * A line that is a unit clause and nothing else: `（责任单位：…）`, `（A牵头，B配合）`, `责任单位：…`, or one that says it is
 * about all the items above (`以上任务由市工信局牵头，…配合。`, rules/unit-clauses.yaml `opener`; not one that parts them
 * out, `以上第（一）至（三）项由…负责`, `itemReference`).
 */
function isClauseLine(ctx: DocContext, text: string): boolean {
  const body = text.replace(/^[（(]/u, '');
  if (Object.keys(ctx.rules.unitClauses.colonKeys).some((k) => body.startsWith(k))) return true;
  const opener = ctx.rules.unitClauses.openerRe.exec(text);
  if (opener && opener[0].length > 1 && !ctx.rules.unitClauses.itemReferenceRe.test(text)) return true;
  return /^[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)]$/u.test(text);
}

/** At most this many characters in a clause a heading opens with (a list of units, not a paragraph of prose). */
const MAX_GROUP_CLAUSE = 200;

/**
 * A heading whose own text is a unit clause and nothing else, set before its items (`（一）赛事组织组` then
 * `由县文体广电旅游局牵头，县教育局…配合。` then `1.…` `2.…`): a group of the plan's work, not a task; its units are
 * those of each of its items that names none of its own (SPEC §6).
 */
export function openingClauses(ctx: DocContext, s: Section, sections: readonly Section[]): ClauseCandidate[] | null {
  const own = ownSpan(s, sections);
  if (own.end >= s.span.end) return null; // no items
  const text = ctx.text.slice(own.start, own.end);
  // (or the heading is itself the list: `（一）市发展改革委` over `1.…` `2.…`, the duties of the unit it names)
  const line = /^[^\n]*/u.exec(text)![0].trimEnd();
  if (s.marker && line.startsWith(s.marker) && own.start + line.length === own.end) {
    const at = s.marker.length + (/^[\s\u3000]*/u.exec(line.slice(s.marker.length))?.[0].length ?? 0);
    const list = headingList(ctx, { start: own.start + at, end: own.start + line.length });
    if (list) return [list];
  }
  const at = s.heading ? text.indexOf(s.heading) : -1;
  if (at < 0) return null;
  // (the clause may follow the heading on its line or stand on a line of its own)
  const rest = text.slice(at + s.heading.length).replace(/^[\s。．.，,：:]+/u, '').replace(/[\s。；;]+$/u, '');
  if (rest.length > MAX_GROUP_CLAUSE) return closingGroupClause(ctx, s, sections, own);
  if (rest.length < 4) return null;
  const start = own.start + text.indexOf(rest, at + s.heading.length);
  // (read to the end of the own text: a clause line is read whole)
  const clauses = findClauses(ctx, { start, end: own.end });
  if (clauses.length === 0) return null;
  // every character but an opening 由 and the brackets around belongs to a clause
  const first = Math.min(...clauses.map((c) => c.span.start));
  const last = Math.max(...clauses.map((c) => c.span.end));
  return first - start <= 2 && start + rest.length - last <= 2 ? clauses : closingGroupClause(ctx, s, sections, own);
}

/**
 * A heading's paragraph that closes with a clause, over items that name no units of their own (`（一）实施老旧小区改造提质行动。
 * 聚焦…（责任单位：A、B）` then `1．3月底前：…` `2．6月底前：…`): the items are the tasks, each the clause's; the heading's own
 * words are the group's (its goals the document's, read under it).
 */
function closingGroupClause(ctx: DocContext, s: Section, sections: readonly Section[], own: { start: number; end: number }): ClauseCandidate[] | null {
  const text = ctx.text.slice(own.start, own.end).trimEnd();
  if (text.includes('\n')) return null; // (one paragraph)
  const clauses = findClauses(ctx, own);
  const last = clauses[clauses.length - 1];
  if (!last || !/^[\s。；;]*$/u.test(ctx.text.slice(last.span.end, own.start + text.length))) return null;
  const items = sections.filter((x) => x.parentId === s.id);
  if (items.length < 2 || items.some((x) => findClauses(ctx, x.span).length > 0)) return null;
  return [last];
}

/**
 * The units of headings that open with a clause, given to their items that name none (see {@link openingClauses}).
 * A heading that names only its units leads the items that name only units to cooperate (`（一）市商务局` over
 * `…（泰州海关、市交通运输局配合）`).
 */
export function shareOpeningClause(tasks: readonly Task[], sections: readonly Section[], groups: ReadonlyMap<string, readonly Unit[]>): void {
  if (groups.size === 0) return;
  const parentOf = new Map(sections.map((s) => [s.id, s.parentId]));
  for (const t of tasks) {
    const cooperating = t.units.length > 0 && t.units.every((u) => u.role === 'co');
    if (t.units.length > 0 && !cooperating) continue;
    // (the nearest heading above that opens with a clause)
    for (let p = parentOf.get(t.sectionId) ?? null; p !== null; p = parentOf.get(p) ?? null) {
      const units = groups.get(p);
      if (!units) continue;
      if (!cooperating) t.units = units.map((u) => ({ ...u }));
      else if (units.every((u) => u.ruleId === HEADING_LIST)) t.units = [...units.map((u) => ({ ...u, role: 'lead' as const })), ...t.units];
      break;
    }
  }
}
