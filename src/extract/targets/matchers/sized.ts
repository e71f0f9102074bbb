/**
 * `设立规模10亿元的产业基金`, `总投资50亿元的…`: an amount right after a size word (rules/targets.yaml
 * `sizeWords`) inside its clause. Usually it qualifies a noun; refine/drop-qualifiers keeps it only
 * when it sizes the one thing the clause sets up.
 */
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

const SOURCE = '(?<=(?:{tgtSizeWord})(?:{sp}))(?<num>{tgtNumber})(?:{sp})(?<more>{tgtCmpBetween})?(?:{sp})(?<unit>{tgtUnit})';

export const sized: TargetMatcher = {
  id: 'targets/sized',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => quantity(m, env),
};
