/** `翻番`, `翻一番`, `翻两番`, `增加一倍以上`, `实现翻番`: a relative target (`relative.multiplier`, value null). */
import type { TargetMatcher } from '../types.js';

const SOURCE = '(?:(?:{tgtEqBefore})(?:{sp}))?(?<rel>{tgtRelative})(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const doubling: TargetMatcher = {
  id: 'targets/doubling',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => {
    const g = m.groups ?? {};
    const rel = env.rules.targets.relative.find((r) => r.word === g.rel);
    if (!rel) return null;
    const after = g.suf !== undefined ? env.rules.comparators.after.of[g.suf] : undefined;
    return {
      span: { start: m.index, end: m.index + m[0].length },
      numberSpan: null,
      comparator: after ?? 'eq',
      explicit: after !== undefined,
      rawValue: null,
      rawValueMax: null,
      rawUnit: null,
      relative: { multiplier: rel.multiplier },
      fixed: null,
      dependent: false,
    };
  },
};
