/**
 * `、5家省级…`, `和 2 家…`: a bare count right after a list separator. Only a target when a
 * target before it in the same clause governs it (refine/govern-list.ts decides).
 */
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

const SOURCE = '(?<=[、和及与](?:{sp}))(?<num>{tgtNumber})(?:{sp})(?<more>{tgtCmpBetween})?(?:{sp})(?<unit>{tgtUnit})';

export const listCount: TargetMatcher = {
  id: 'targets/list-count',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => {
    const q = quantity(m, env);
    return q && { ...q, dependent: true };
  },
};
