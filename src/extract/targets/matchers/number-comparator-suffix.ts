/** `200家以上`, `15 家左右`, `1个以上`, `5%以内`: the quantity, then a comparator word. */
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

const SOURCE = '(?<num>{tgtNumber})(?:{sp})(?<more>{tgtCmpBetween})?(?:{sp})(?<unit>{tgtUnit})(?:{sp})(?<suf>{tgtCmpAfter})';

export const numberComparatorSuffix: TargetMatcher = {
  id: 'targets/number-comparator-suffix',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => quantity(m, env),
};
