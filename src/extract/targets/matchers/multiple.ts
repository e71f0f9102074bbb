/**
 * `增长1.5倍`, `提高2倍以上`, `增加三倍`: the metric grows by N times, so it ends at N + 1 times its
 * base; `增长到3倍`, `达到2020年的2倍`: it ends at N times. A relative target (`relative.multiplier`,
 * value null), as SPEC §7 reads 翻番; the verbs are rules/targets.yaml `multiple`.
 */
import { parseNumber } from '../resolve/number.js';
import { groupSpan, type TargetMatcher } from '../types.js';

const SOURCE =
  '(?:(?<by>{tgtMultipleBy})|(?<to>{tgtMultipleTo})[^，,；;。\\n]{0,12}?)(?:{sp})(?<num>{tgtNumber})(?:{sp})倍(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const multiple: TargetMatcher = {
  id: 'targets/multiple',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => {
    const g = m.groups ?? {};
    const n = parseNumber(g.num, env.rules.measures.numerals);
    if (n === null || n <= 0) return null;
    const multiplier = g.by !== undefined ? n + 1 : n;
    if (multiplier <= 1) return null;
    const after = g.suf !== undefined ? env.rules.comparators.after.of[g.suf] : undefined;
    return {
      span: { start: m.index, end: m.index + m[0].length },
      numberSpan: groupSpan(m, 'num'),
      comparator: after ?? 'eq',
      explicit: after !== undefined,
      rawValue: g.num,
      rawValueMax: null,
      rawUnit: '倍',
      relative: { multiplier },
      fixed: null,
      dependent: false,
    };
  },
};
