/**
 * `；7所续建学校于2026年8月底前建成`, `，确保秋季开学前7所学校如期投入使用`: a count that opens its clause (after at most
 * 确保 and a time ending in 前, and a batch word: `年底前首期10万平方米标准厂房开工建设`) and the noun it counts, which a verb of rules/targets.yaml `countFirstVerbs` then
 * completes. Counts and sizes are read, never sums of money.
 *
 * The pattern opens with the clause end before the number (or a line's start: a PDF may break a paragraph after `；`),
 * a character V8 scans for quickly (a pattern opening with the number is tried at every position of the text); the span
 * starts at the number.
 */
import type { TargetMatcher } from '../types.js';
import { resolveUnit } from '../resolve/unit.js';
import { fromNumber, quantity } from './quantity.js';

const SOURCE =
  '(?:[，,；;。：:](?:{sp})|(?<=\\n))(?:确保|推动|力争)?(?:[0-9０-９]{1,2}(?:{sp})月(?:底|末|中旬|下旬|上旬)?前|[^，,；;。：:！？\\n\\d]{1,8}?前)?(?:{sp})(?:{tgtBatch})?(?:{sp})(?!{tgtBatch})(?<num>{tgtNumber})(?:{sp})(?<unit>{tgtUnit})' +
  '(?=[\\u4e00-\\u9fff]{1,8}?(?:如期|按期|全部|顺利|同步)?(?:于[^，,；;。：:\\n]{2,20}?)?(?:{tgtCountFirstVerb}))';

export const countFirst: TargetMatcher = {
  id: 'targets/count-first',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => {
    // a count, or the size of what is built (`首期10万平方米标准厂房`); never a sum of money (`5亿元项目`: a threshold)
    const unit = m.groups?.unit;
    const u = unit !== undefined ? resolveUnit(unit, env.rules.measures) : null;
    if (!u || !(u.kind === 'count' || (u.kind === 'amount' && u.unit !== '元'))) return null;
    return fromNumber(quantity(m, env));
  },
};
