/**
 * Drops numbers that belong to names, not to targets (rules/non-targets.yaml):
 * inside a name phrase (`“1840”重点领域`, `“六个一”`, `一企一策`, `双核多点`), next to Latin
 * letters (`5G`, `4K/8K`, `裸眼 3D`; not a measure word: `500GWh`), after 第 or 数, an outline number, and a lone 一 with
 * an implied eq (`一个`, `一家`) unless it follows the noun it counts (`新增省级旅游度假区一个`).
 */
import { allMatches, mayMatchFrom } from '../../../core/scan.js';
import { anyTest, endsWithAny } from '../../../core/lists.js';
import { memoize } from '../../../core/memo.js';
import { insideAny, type Span } from '../../../core/span.js';
import { endBefore, isSpace, startAfter } from '../text.js';
import type { Refiner, TargetCandidate, TargetEnv } from '../types.js';

const CONTEXT = 8;
/** How far back the `before` patterns look (each anchored at its end; `classes-listed` reads the classes named: `分为紧急、一般、咨询三类`). */
const BEFORE = 24;
/** How far back a frequency's period (`每季度`) is looked for in the clause. */
const FREQUENCY_REACH = 40;

export const dropNames: Refiner = (cands, env) => {
  const names = new Map<number, Span[]>(); // name phrases by paragraph start, read when first asked for
  const out: TargetCandidate[] = [];
  for (const c of cands) if (!isName(c, env, names)) out.push(c);
  return out;
};

/** The name phrases of the paragraph starting at `para`. */
function nameSpans(env: TargetEnv, names: Map<number, Span[]>, para: number): Span[] {
  let spans = names.get(para);
  if (!spans) {
    const slice = env.text.slice(para, env.paragraphs.end(para));
    spans = [];
    for (const { re } of env.rules.nonTargets.names) {
      if (!mayMatchFrom(re, slice, 0)) continue;
      for (const m of allMatches(re, slice)) spans.push({ start: para + (m.index ?? 0), end: para + (m.index ?? 0) + m[0].length });
    }
    names.set(para, spans);
  }
  return spans;
}

function isName(c: TargetCandidate, env: TargetEnv, names: Map<number, Span[]>): boolean {
  const at = c.numberSpan ?? c.span;
  const para = env.paragraphs.start(at.start);
  if (insideAny(at, nameSpans(env, names, para))) return true;
  if (!c.numberSpan) return false;
  const nt = env.rules.nonTargets;
  const before = env.text.slice(Math.max(para, at.start - BEFORE), at.start);
  if (anyTest(nt.before, before)) return true;
  const after = env.text.slice(at.end, Math.min(env.paragraphs.end(at.end), at.end + CONTEXT));
  // `500GWh`, `10 GW`: Latin letters that are the candidate's measure word (rules/measures.yaml) name nothing
  const measured = c.rawUnit !== null && /^[A-Za-z]/u.test(c.rawUnit) && after.trimStart().startsWith(c.rawUnit);
  for (const { id, re } of nt.after) if (re.test(after) && !(measured && id === 'latin')) return true;
  if (!c.explicit && c.rawValue !== null && nt.bare.numbers.test(c.rawValue)) {
    if (nt.bare.rules.includes(c.ruleId)) return true;
    if (nt.bare.afterVerb.includes(c.ruleId) && afterVerb(env, para, at.start)) return true;
  }
  if (isFrequency(c, env, para, at)) return true;
  // an outline marker at the paragraph start (`1. `, `（2）`) that covers the number
  if (env.text.slice(para, at.start).trim() === '' || at.start - para < 6) {
    const line = env.text.slice(para, env.paragraphs.end(para));
    for (const style of env.rules.markers.styles) {
      const m = style.re.exec(line);
      if (m && para + m[0].length > at.start) return true;
    }
  }
  return false;
}

/** `每季度召开1次。`, `每半年开展1次专项检查`: a single time after a period of `every` in its clause (rules/non-targets.yaml `frequency`). */
function isFrequency(c: TargetCandidate, env: TargetEnv, para: number, at: Span): boolean {
  const f = env.rules.nonTargets.frequency;
  if (c.explicit || c.rawValue === null || c.rawUnit === null || !f.measures.has(c.rawUnit) || !f.numbers.test(c.rawValue)) return false;
  const ends = env.rules.targets.metric.clauseEnds;
  // (closing its clause, or naming only what the plan's own work does that once, after a verb of it: `每半年开展1次冷链物流安全
  // 专项检查`; not a service it counts, `每年为65岁及以上老年人免费提供1次健康体检`)
  const rest = env.text.slice(c.span.end, endBefore(env.text, c.span.end, ends));
  if (rest !== '' && (/[0-9０-９]/u.test(rest) || rest.length > FREQUENCY_REACH || !endsWithAny(env.text.slice(Math.max(para, at.start - 6), at.start), f.ownVerbs))) {
    return false;
  }
  return f.everyRe.test(env.text.slice(startAfter(env.text, at.start, ends, Math.max(para, at.start - FREQUENCY_REACH)), at.start));
}

/**
 * The text before `at` (in its paragraph) ends with a counting verb, one of `bare.verbs` or a
 * comparator word (`至少一场`: the comparator's own reading counts it), not with a noun.
 */
function afterVerb(env: TargetEnv, para: number, at: number): boolean {
  let i = at;
  while (i > para && isSpace(env.text[i - 1])) i--;
  const before = env.text.slice(Math.max(para, i - 6), i);
  return endsWithAny(before, verbsBefore(env.rules));
}

/** What a bare number may follow: counting verbs and comparator words. */
const verbsBefore = memoize((rules: TargetEnv['rules']) => [
  ...rules.nonTargets.bare.verbs,
  ...rules.targets.countVerbs,
  ...Object.keys(rules.comparators.before.of),
]);
