/**
 * `不低于应交流人数的10%`, `不超过营业收入的5%`: a comparator word, what the share is taken of, then
 * the share. Only a percentage or a multiple is read so (`不低于当地城市低保标准的1.3倍`: gte 1.3 倍; `不少于每亩20元` is a
 * rate, not a share). Han characters are
 * written as a range, not `\p{…}`, so that the pattern stays on its line (src/core/scan.ts).
 */
import { resolveUnit } from '../resolve/unit.js';
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

const SOURCE =
  '{tgtCmpGuard}(?<cmp>{tgtCmpBefore})(?:{sp})[\\u4e00-\\u9fff]{1,10}?[的之](?:{sp})(?<num>{tgtNumber})(?:{sp})(?<unit>{tgtUnit}|倍)(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const shareOf: TargetMatcher = {
  id: 'targets/share-of',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => {
    const unit = m.groups?.unit;
    if (unit === undefined) return null;
    // (a multiple only after a bound: `不低于…的1.3倍`, not a criterion's `为…的1.5倍以内`)
    const bound = env.rules.comparators.before.of[m.groups?.cmp ?? ''];
    if (unit === '倍' ? bound !== 'gte' && bound !== 'lte' : resolveUnit(unit, env.rules.measures).kind !== 'percent') return null;
    return quantity(m, env);
  },
};
