/**
 * Shared by the matchers that read `number [多|余] [scale]measure` (not a matcher itself):
 * turns the named groups of a match into the fields of a candidate.
 */
import type { Comparator } from '../../../schema/output.js';
import { combineComparators } from '../resolve/comparator.js';
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
    rawUnit: g.unit,
    relative: null,
    fixed: null,
    dependent: false,
  };
}
