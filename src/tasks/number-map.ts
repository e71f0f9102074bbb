/**
 * Units a duty section gives tasks by their numbers (rules/unit-clauses.yaml `numberMap`): a plan that lists its tasks
 * `1.`…`30.` without unit clauses, then `市发展改革委：牵头第1、2、5、12项，配合第3、8项；`. Each numbered task takes the
 * units whose line names its number, with the role the verb before the numbers gives.
 */
import type { Span } from '../core/span.js';
import { halfWidthDigits } from '../core/digits.js';
import type { DocContext } from '../extract/context.js';
import { unitsOfClauses, type UnitOptions } from '../extract/units/index.js';
import type { ClauseCandidate } from '../extract/units/types.js';
import type { Task, UnitRole } from '../schema/output.js';

/** A line of a duty section: the span of the unit's name and its duties by task number. */
export interface NumberMapLine {
  unit: Span;
  duties: { role: UnitRole; numbers: number[] }[];
}

/** The lines of a duty section that map units to task numbers: each unit's name span and its duties by number. */
export function numberMapLines(ctx: DocContext): NumberMapLine[] {
  const { lineRe, partRe, roles } = ctx.rules.unitClauses.numberMap;
  const out: NumberMapLine[] = [];
  for (const line of ctx.lines) {
    const text = ctx.text.slice(line.start, line.end).trim();
    const m = lineRe.exec(text);
    if (!m?.groups) continue;
    const start = line.start + ctx.text.slice(line.start, line.end).indexOf(m.groups.unit);
    const duties = [...m.groups.duties.matchAll(partRe)].map((p) => ({ role: roles[p.groups!.verb], numbers: numbersOf(p.groups!.numbers) }));
    if (duties.length > 0) out.push({ unit: { start, end: start + m.groups.unit.length }, duties });
  }
  // (one such line may be a sentence of prose; a duty section has several)
  return out.length >= 2 ? out : [];
}

/** `1、2、5、12` → 1, 2, 5, 12; `20—25` → 20…25. */
function numbersOf(list: string): number[] {
  const out: number[] = [];
  for (const piece of halfWidthDigits(list).replace(/[ \t\u3000]+/gu, '').split(/[、和及]/u)) {
    const [a, b] = piece.split(/[至—－~～-]+/u).map(Number);
    if (!Number.isInteger(a)) continue;
    const last = Number.isInteger(b) && b >= a && b - a <= MAX_RANGE ? b : a;
    for (let n = a; n <= last; n++) out.push(n);
  }
  return out;
}

/** At most this many tasks in one range (`第20—25项`). */
const MAX_RANGE = 100;

/**
 * Gives the tasks numbered in Arabic digits (`1.`…`30.`, one number each across the plan) the units the duty section maps to
 * their numbers. Nothing when the numbers repeat (each part numbering its items from 1) or no line maps any.
 */
export function shareNumberMap(ctx: DocContext, tasks: readonly Task[], lines: readonly NumberMapLine[], opts: UnitOptions): void {
  if (lines.length === 0) return;
  const byNumber = new Map<number, Task>();
  for (const t of tasks) {
    if (t.ordinal === null || !/^[0-9０-９]/u.test(t.marker)) continue;
    if (byNumber.has(t.ordinal)) return;
    byNumber.set(t.ordinal, t);
  }
  for (const { unit, duties } of lines) {
    for (const { role, numbers } of duties) {
      const clause: ClauseCandidate = { ruleId: 'units/number-map', span: unit, parts: [{ span: unit, role }] };
      const [u] = unitsOfClauses(ctx, [clause], opts);
      if (!u) continue;
      for (const n of numbers) {
        const t = byNumber.get(n);
        if (t && !t.units.some((x) => x.name === u.name)) t.units.push({ ...u });
      }
    }
  }
}
