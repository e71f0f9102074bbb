/**
 * `三分之一`, `百分之八十`, `百分之百`, `三分之二以上`, `百分之九点五`: a fraction written in words, read as a
 * percentage (`三分之一` → 33.33 %), with a comparator word before or after it.
 */
import { parseNumber } from '../resolve/number.js';
import { groupSpan, type TargetMatcher } from '../types.js';

const SOURCE =
  '(?:(?<cmp>{tgtCmpBefore})(?:{sp}))?(?<![零〇一二两三四五六七八九十百千])(?<den>[二两三四五六七八九十百千]+)分之(?<num>[一二两三四五六七八九十百零〇]+(?:点[〇零一二三四五六七八九]+)?|{tgtArabic})(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const fraction: TargetMatcher = {
  id: 'targets/fraction',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => {
    const g = m.groups ?? {};
    const den = parseNumber(g.den, env.rules.measures.numerals);
    const num = parseNumber(g.num, env.rules.measures.numerals);
    if (den === null || num === null || den <= 0 || num <= 0 || num > den) return null;
    const c = env.rules.comparators;
    const before = g.cmp !== undefined ? c.before.of[g.cmp] : undefined;
    const after = g.suf !== undefined ? c.after.of[g.suf] : undefined;
    const explicit = before !== undefined || after !== undefined;
    const start = groupSpan(m, 'den')?.start ?? m.index;
    return {
      span: { start: m.index, end: m.index + m[0].length },
      // the whole fraction (`三分之二`) is the number
      numberSpan: { start, end: groupSpan(m, 'num')?.end ?? m.index + m[0].length },
      comparator: [before, after].find((x) => x !== undefined && x !== 'eq') ?? 'eq',
      explicit,
      rawValue: env.text.slice(start, groupSpan(m, 'num')?.end ?? m.index + m[0].length),
      rawValueMax: null,
      rawUnit: null,
      relative: null,
      fixed: { value: Math.round((num / den) * 10000) / 100, unit: '%' },
      dependent: false,
    };
  },
};
