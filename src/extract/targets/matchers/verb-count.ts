/**
 * `打造2个…`, `引育100个…`, `新增 15 家`, `完成首批100个`: a bare count right after a counting verb (rules/targets.yaml `countVerbs`),
 * or a batch word after it (`batchWords`), or the area it is of (`完成全市87个…`, patterns.yaml `tgtCountScope`).
 */
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

/**
 * The verb is checked behind the number (`\k<num>` steps back over it), not before it: the same
 * hits as `(?<=(?:{tgtCountVerb})(?:{sp}))(?<num>…)`, but that look-behind tries the long verb
 * list at every position of the text, this one only where a number is (three times faster).
 */
const SOURCE = '(?<num>{tgtNumber})(?<=(?:{tgtCountVerb})(?:{sp})(?:(?:{tgtCountScope})(?:{sp}))?(?:(?:{tgtBatch})(?:{sp}))?\\k<num>)(?:{sp})(?<unit>{tgtUnit})';

export const verbCount: TargetMatcher = {
  id: 'targets/verb-count',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => quantity(m, env),
};
