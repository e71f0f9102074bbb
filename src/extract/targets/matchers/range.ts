/**
 * `3-5家`, `1—2 家`, `3～5个`, `3至5个`, `三到五个`, `10%-15%`, `2%—3%`, `280万至300万亩`: two numbers and one measure. Not after a
 * verb of change with a measure on both numbers (`增加2家至12家`: by 2 to 12, rules/targets.yaml
 * `changeBy`); the level reached is read by the other matchers.
 */
import { parseNumber } from '../resolve/number.js';
import { groupSpan, type TargetMatcher } from '../types.js';

const SOURCE =
  '(?<num>{tgtNumber})(?:{sp})(?:(?<unit1>{tgtUnit})|(?<scale1>{tgtScale}))?(?:{sp})(?<dash>{tgtDash})(?:{sp})(?<max>{tgtNumber})(?:{sp})(?<unit>{tgtUnit})';

/** A dash between the bounds (not 至 or 到, which may say what a change reaches). */
const DASHES = /^[-－—–~～]/u;

export const range: TargetMatcher = {
  id: 'targets/range',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => {
    const g = m.groups ?? {};
    // (each bound may carry the measure, or its first word, or the scale: `2%—3%`, `1个至2个百分点`, `280万至300万亩`)
    if (g.unit1 !== undefined && !g.unit.startsWith(g.unit1)) return null;
    if (g.scale1 !== undefined && !g.unit.startsWith(g.scale1)) return null;
    // (`增加2家至12家`: by 2 to 12, the same measure after both and 至 between them; a dash is a range: `下降2%—3%`)
    if (g.unit1 === g.unit && !DASHES.test(g.dash) && env.rules.targets.changeByRe.test(env.text.slice(Math.max(0, m.index - 4), m.index))) return null;
    const lo = parseNumber(g.num, env.rules.measures.numerals);
    const hi = parseNumber(g.max, env.rules.measures.numerals);
    if (lo === null || hi === null || !(lo < hi)) return null;
    const numberSpan = groupSpan(m, 'num');
    const maxSpan = groupSpan(m, 'max');
    if (!numberSpan || !maxSpan) return null;
    return {
      span: { start: m.index, end: m.index + m[0].length },
      numberSpan,
      comparator: 'range',
      explicit: true,
      rawValue: env.text.slice(numberSpan.start, maxSpan.end),
      rawValueMax: g.max,
      rawUnit: g.unit,
      relative: null,
      fixed: null,
      dependent: false,
    };
  },
};
