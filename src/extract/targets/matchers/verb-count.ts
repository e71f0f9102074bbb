/** `打造2个…`, `引育100个…`, `新增 15 家`: a bare count right after a counting verb (rules/targets.yaml `countVerbs`). */
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

const SOURCE = '(?<=(?:{tgtCountVerb})(?:{sp}))(?<num>{tgtNumber})(?:{sp})(?<unit>{tgtUnit})';

export const verbCount: TargetMatcher = {
  id: 'targets/verb-count',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => quantity(m, env),
};
