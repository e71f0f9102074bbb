/**
 * A unit clause on a line of its own after an item's last sub-item (`（1）…` `（2）…` then
 * `（责任单位：市委改革办、市大数据局）`) closes the item: its units are every sub-item's, when none of
 * the sub-items before names units of its own (SPEC §6, the clause alone on the next line).
 */
import type { DocContext } from '../extract/context.js';
import type { Section, Task } from '../schema/output.js';

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

/** A line that is a unit clause and nothing else: `（责任单位：…）`, `（A牵头，B配合）`, `责任单位：…`. */
function isClauseLine(ctx: DocContext, text: string): boolean {
  const body = text.replace(/^[（(]/u, '');
  if (Object.keys(ctx.rules.unitClauses.colonKeys).some((k) => body.startsWith(k))) return true;
  return /^[（(][^（()）]*(?:[（(][^（()）]*[）)][^（()）]*)*[）)]$/u.test(text);
}
