/**
 * Unit clauses that a heading's items share.
 *
 * A unit clause on a line of its own after an item's last sub-item (`（1）…` `（2）…` then
 * `（责任单位：市委改革办、市大数据局）`) closes the item: its units are every sub-item's, when none of
 * the sub-items before names units of its own (SPEC §6, the clause alone on the next line).
 */
import type { DocContext } from '../extract/context.js';
import { findClauses } from '../extract/units/index.js';
import type { ClauseCandidate } from '../extract/units/types.js';
import type { Section, Task, Unit } from '../schema/output.js';
import { ownSpan } from './select.js';

export function shareClosingClause(ctx: DocContext, tasks: readonly Task[], sections: readonly Section[]): void {
  const parentOf = new Map(sections.map((s) => [s.id, s.parentId]));
  const byParent = new Map<string, Task[]>();
  for (const t of tasks) {
    const p = parentOf.get(t.sectionId);
    if (!p) continue;
    let kids = byParent.get(p);
    if (!kids) byParent.set(p, (kids = []));
    kids.push(t);
  }
  for (const kids of byParent.values()) {
    if (kids.length < 2) continue;
    const last = kids[kids.length - 1];
    if (last.units.length === 0 || kids.slice(0, -1).some((k) => k.units.length > 0)) continue;
    const at = Math.min(...last.units.map((u) => u.span.start));
    const line = ctx.lines.find((l) => l.start <= at && at < l.end);
    if (!line || line.start <= last.span.start || !isClauseLine(ctx, ctx.text.slice(line.start, line.end).trim())) continue;
    for (const k of kids.slice(0, -1)) k.units = last.units.map((u) => ({ ...u }));
  }
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
  const at = s.heading ? text.indexOf(s.heading) : -1;
  if (at < 0) return null;
  // (the clause may follow the heading on its line or stand on a line of its own)
  const rest = text.slice(at + s.heading.length).replace(/^[\s。．.，,：:]+/u, '').replace(/[\s。；;]+$/u, '');
  if (rest.length < 4 || rest.length > MAX_GROUP_CLAUSE) return null;
  const start = own.start + text.indexOf(rest, at + s.heading.length);
  // (read to the end of the own text: a clause line is read whole)
  const clauses = findClauses(ctx, { start, end: own.end });
  if (clauses.length === 0) return null;
  // every character but an opening 由 and the brackets around belongs to a clause
  const first = Math.min(...clauses.map((c) => c.span.start));
  const last = Math.max(...clauses.map((c) => c.span.end));
  return first - start <= 2 && start + rest.length - last <= 2 ? clauses : null;
}

/** The units of headings that open with a clause, given to their items that name none (see {@link openingClauses}). */
export function shareOpeningClause(tasks: readonly Task[], sections: readonly Section[], groups: ReadonlyMap<string, readonly Unit[]>): void {
  if (groups.size === 0) return;
  const parentOf = new Map(sections.map((s) => [s.id, s.parentId]));
  for (const t of tasks) {
    if (t.units.length > 0) continue;
    // (the nearest heading above that opens with a clause)
    for (let p = parentOf.get(t.sectionId) ?? null; p !== null; p = parentOf.get(p) ?? null) {
      const units = groups.get(p);
      if (units) {
        t.units = units.map((u) => ({ ...u }));
        break;
      }
    }
  }
}
