/**
 * `完成宽窄巷子、文殊坊等5个历史文化街区的保护提升`, `推进东站、西站等10个重点项目建设`: the count that
 * closes a list of names (`等5个`), in a clause a counting verb opens (rules/targets.yaml `countVerbs`).
 * The verb is checked behind the number, as in verb-count.ts: only where a number follows 等.
 */
import type { TargetMatcher } from '../types.js';
import { quantity } from './quantity.js';

// (a verb that ends one of the list's names is none: `聚焦超能力生产、瓦斯超限作业…等十八项重点情形`)
const SOURCE = '(?<num>{tgtNumber})(?<=(?:{tgtCountVerb})(?![、，,])[^，。；,;：:！？\\n]{1,40}?等(?:{sp})(?:(?:{tgtBatch})(?:{sp}))?\\k<num>)(?:{sp})(?<unit>{tgtUnit})';

export const listTotal: TargetMatcher = {
  id: 'targets/list-total',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => quantity(m, env),
};
