/** Fixed phrases that stand for a number (`两位数增长` → gte 10 %), listed in rules/targets.yaml `phrases`. */
import type { TargetEnv, TargetMatcher } from '../types.js';

/** Every phrase in one alternation, a named group each (`findCandidates` compiles it once per rule set). */
function combined(env: TargetEnv): RegExp {
  const phrases = env.rules.targets.phrases;
  return phrases.length ? new RegExp(phrases.map((p, i) => `(?<p${i}>${p.re.source})`).join('|'), 'dgu') : /(?!)/dgu;
}

export const phrase: TargetMatcher = {
  id: 'targets/phrase',
  pattern: combined,
  extract: (m, env) => {
    const i = env.rules.targets.phrases.findIndex((_p, k) => m.groups?.[`p${k}`] !== undefined);
    if (i < 0) return null;
    const p = env.rules.targets.phrases[i];
    return {
      span: { start: m.index, end: m.index + m[0].length },
      numberSpan: null,
      comparator: p.comparator,
      explicit: true,
      rawValue: p.rawValue,
      rawValueMax: null,
      rawUnit: null,
      relative: null,
      fixed: { value: p.value, unit: p.unit },
      dependent: false,
    };
  },
};
