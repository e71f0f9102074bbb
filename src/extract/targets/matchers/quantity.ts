/**
 * Shared by the matchers that read `number [多|余] [scale]measure` (not a matcher itself):
 * turns the named groups of a match into the fields of a candidate.
 */
import type { Comparator } from '../../../schema/output.js';
import { combineComparators } from '../resolve/comparator.js';
import { resolveUnit } from '../resolve/unit.js';
import { groupSpan, type TargetCandidate, type TargetEnv } from '../types.js';

/** Groups: `num` (required), `unit` (required), optional `cmp` (before), `more` (between), `suf` (after). */
export function quantity(
  m: RegExpExecArray,
  env: TargetEnv,
  implied: Comparator = 'eq',
): Omit<TargetCandidate, 'ruleId' | 'rank'> | null {
  const g = m.groups ?? {};
  const numberSpan = groupSpan(m, 'num');
  if (!numberSpan || g.unit === undefined) return null;
  const c = env.rules.comparators;
  const before = g.cmp !== undefined ? c.before.of[g.cmp] : null;
  const between = g.more !== undefined ? c.between.of[g.more] : null;
  const after = g.suf !== undefined ? c.after.of[g.suf] : null;
  const explicit = before != null || between != null || after != null;
  return {
    span: { start: m.index, end: m.index + m[0].length },
    numberSpan,
    comparator: explicit ? combineComparators(before ?? null, between ?? null, after ?? null) : implied,
    explicit,
    rawValue: g.num,
    rawValueMax: null,
    rawUnit: sharedMeasure(g.unit, m.index + m[0].length, env),
    relative: null,
    fixed: null,
    dependent: false,
  };
}

/**
 * The candidate of a pattern that opens with a word read before the number (the clause end of
 * `share-opening`, the 在 of `site-count`, opened with for speed): its span starts at the number.
 */
export function fromNumber(q: ReturnType<typeof quantity>): ReturnType<typeof quantity> {
  return q && { ...q, span: { start: q.numberSpan!.start, end: q.span.end } };
}

/** A count only (`在3个县…`, `；7所续建学校…建成`), its span from the number: the candidate, or null for any other measure. */
export function countFromNumber(m: RegExpExecArray, env: TargetEnv): ReturnType<typeof quantity> {
  const unit = m.groups?.unit;
  if (unit === undefined || resolveUnit(unit, env.rules.measures).kind !== 'count') return null;
  return fromNumber(quantity(m, env));
}

// the next quantity of a list, right after this one (`3个、4个工作日`)
const NEXT_IN_LIST = '^(?:{sp})[和及与、](?:{sp}){tgtNumber}(?:{sp})(?<next>{tgtUnit})';

/**
 * A classifier alone, the next quantity of its list measured with it (`分别压缩至3个、4个工作日以内`:
 * 3 工作日, not 3 个): that measure; else the unit as written.
 */
function sharedMeasure(unit: string, end: number, env: TargetEnv): string {
  if (unit.length !== 1) return unit;
  const re = env.lex.shared(NEXT_IN_LIST);
  re.lastIndex = 0;
  const next = re.exec(env.text.slice(end, end + 24))?.groups?.next;
  return next !== undefined && next.length > 1 && next.startsWith(unit) ? next : unit;
}
