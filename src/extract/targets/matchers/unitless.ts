/**
 * `农田灌溉水有效利用系数提高到0.58`, `基尼系数控制在0.4以内`: a measure that has no unit (rules/targets.yaml
 * `unitlessNouns`), a comparator word, then a number with a decimal point and no measure after it.
 * The value is the number as written; `unit` is null.
 */
import { groupSpan, type TargetCandidate, type TargetEnv, type TargetMatcher } from '../types.js';
import { parseNumber } from '../resolve/number.js';
import { combineComparators } from '../resolve/comparator.js';

const SOURCE =
  '(?:{tgtUnitless})(?:{sp})(?<cmp>{tgtCmpBefore})(?:{sp})(?<num>[0-9０-９]+[.．][0-9０-９]+)(?!(?:{sp})(?:[0-9０-９]|{tgtUnit}|[∶:：/]))(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const unitless: TargetMatcher = {
  id: 'targets/unitless',
  pattern: (env) => env.lex.compile(SOURCE),
  // the noun is the metric's, not the quantity's
  extract: (m, env) => numberWithoutUnit(m, env, groupSpan(m, 'cmp')?.start ?? m.index),
};

/**
 * A candidate of a number with no measure (groups `num`, `cmp`, optional `suf`), its span from `start`:
 * the value is the number as written and `unit` null (also the first term of a ratio, matchers/ratio.ts).
 */
export function numberWithoutUnit(m: RegExpExecArray, env: TargetEnv, start: number): Omit<TargetCandidate, 'ruleId' | 'rank'> | null {
  const g = m.groups ?? {};
  const value = parseNumber(g.num, env.rules.measures.numerals);
  if (value === null) return null;
  const c = env.rules.comparators;
  const before = c.before.of[g.cmp] ?? null;
  const after = g.suf !== undefined ? (c.after.of[g.suf] ?? null) : null;
  return {
    span: { start, end: m.index + m[0].length },
    numberSpan: groupSpan(m, 'num'),
    comparator: combineComparators(before, null, after),
    explicit: true,
    rawValue: g.num,
    rawValueMax: null,
    rawUnit: null,
    relative: null,
    fixed: { value, unit: null },
    dependent: false,
  };
}
