/**
 * `新增规上文化企业15家，`, `培育打造省级示范园区1个，`, `开工率100%。`: a bare quantity that
 * ends its clause (or its table cell), after the metric it counts; or a capacity (`形成年产整车20万辆生产能力`), or
 * the work a list of quantities is of (`马铃薯2.2万亩、秋冬菜18万亩生产，`, patterns.yaml `tgtCountTail`); no unit
 * cut before its bracketed part (`4500台（套）`).
 * (The line break of the look-ahead stays its last alternative: the pattern is then line-local, core/scan.ts,
 * and a range is scanned to its line's end, not to the end of the text.)
 */
import type { TargetEnv, TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

const SOURCE =
  '(?<num>{tgtNumber})(?:{sp})(?<more>{tgtCmpBetween})?(?:{sp})(?<unit>{tgtUnit})(?=(?:{sp})(?:{tgtCapacityEnd}|{tgtCountTail}|[（(](?![套件只个][）)])|[，,；;。、：:）)\\n\\t]|$))';

export const clauseFinal: TargetMatcher = {
  id: 'targets/clause-final',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => (metricBefore(m.index, env) ? quantity(m, env) : null),
};

/** Whether a metric stands right before the number at `at`: no clause start, list separator or paragraph start. */
export function metricBefore(at: number, env: TargetEnv): boolean {
  let i = at - 1;
  while (i >= 0 && (env.text[i] === ' ' || env.text[i] === '\u3000' || env.text[i] === '\t')) i--;
  if (i < 0 || env.text[i] === '\n') return false;
  const ends = env.rules.targets.metric;
  return !ends.clauseEnds.has(env.text[i]) && !ends.listSeparators.has(env.text[i]);
}
