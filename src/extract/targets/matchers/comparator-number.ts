/**
 * `不少于1500亿元`, `突破 6200 亿元`, `约 10 家`, `超千人`, `超万人`, `达5000亿元左右`: a comparator
 * word, then the quantity. Only here may a bare 万/亿 stand for a number (`{tgtCnBare}`).
 */
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

const SOURCE =
  '{tgtCmpGuard}(?<cmp>{tgtCmpBefore})(?:{sp})(?<num>{tgtNumber}|{tgtCnBare})(?:{sp})(?<more>{tgtCmpBetween})?(?:{sp})(?<unit>{tgtUnit})(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const comparatorNumber: TargetMatcher = {
  id: 'targets/comparator-number',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => quantity(m, env),
};
