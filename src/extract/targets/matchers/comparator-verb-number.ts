/**
 * `至少设立1个`, `不少于新增10家`, `力争突破…` aside: a comparator word, a counting verb, then the
 * quantity (`每个区县至少建成1所…`); after a `distant` comparator word
 * (comparators.yaml: 至少, 不少于…) any two-character verb will do (`至少明确1名`, patterns.yaml `tgtAnyVerb`), or the
 * preposition of a partner (`至少与1家…建立合作关系`, `tgtCmpPartner`). The comparator governs the count the verb introduces.
 */
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

const SOURCE =
  '{tgtCmpGuard}(?<cmp>{tgtCmpBefore})(?:{sp})(?:{tgtCountVerb}|(?<=(?:{tgtCmpDistant})(?:{sp}))(?:{tgtAnyVerb}|{tgtCmpPartner}))(?:{sp})(?<num>{tgtNumber})(?:{sp})(?<more>{tgtCmpBetween})?(?:{sp})(?<unit>{tgtUnit})(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const comparatorVerbNumber: TargetMatcher = {
  id: 'targets/comparator-verb-number',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => quantity(m, env),
};
