/**
 * `不低于应交流人数的10%`, `不超过营业收入的5%`: a comparator word, what the share is taken of, then
 * the share. Only a percentage is read so (`不少于每亩20元` is a rate, not a share). Han characters are
 * written as a range, not `\p{…}`, so that the pattern stays on its line (src/core/scan.ts).
 */
import { resolveUnit } from '../resolve/unit.js';
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

const SOURCE =
  '{tgtCmpGuard}(?<cmp>{tgtCmpBefore})(?:{sp})[\\u4e00-\\u9fff]{1,10}?[的之](?:{sp})(?<num>{tgtNumber})(?:{sp})(?<unit>{tgtUnit})(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const shareOf: TargetMatcher = {
  id: 'targets/share-of',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => {
    const unit = m.groups?.unit;
    if (unit === undefined || resolveUnit(unit, env.rules.measures).kind !== 'percent') return null;
    return quantity(m, env);
  },
};
