/**
 * Targets (SPEC §7): every quantitative commitment in a range of the text.
 * Find, then refine, then resolve (STYLE.md): the matchers below each read one surface
 * form and return candidates with spans; the refiners rewrite the candidate list in order;
 * the resolvers turn what is left into `Target`s.
 */
import type { Span } from '../../core/span.js';
import type { Target } from '../../schema/output.js';
import type { DocContext } from '../context.js';
import { lexicon } from './lexicon.js';
import { clauseFinal } from './matchers/clause-final.js';
import { comparatorNumber } from './matchers/comparator-number.js';
import { doubling } from './matchers/doubling.js';
import { listCount } from './matchers/list-count.js';
import { numberComparatorSuffix } from './matchers/number-comparator-suffix.js';
import { phrase } from './matchers/phrase.js';
import { range as rangeMatcher } from './matchers/range.js';
import { verbCount } from './matchers/verb-count.js';
import { findYearMentions } from './matchers/year-mention.js';
import { dropNames } from './refine/drop-names.js';
import { dropOutside } from './refine/drop-outside.js';
import { dropPastFacts } from './refine/drop-past-facts.js';
import { dropQualifiers } from './refine/drop-qualifiers.js';
import { dropSupportClauses } from './refine/drop-support-clauses.js';
import { governList } from './refine/govern-list.js';
import { removeOverlaps } from './refine/remove-overlaps.js';
import { splitConjoinedMetrics } from './refine/split-conjoined.js';
import { toTarget } from './resolve/target.js';
import { paragraphEnd, paragraphIndex, paragraphStart } from './text.js';
import type { Refiner, TargetCandidate, TargetEnv, TargetMatcher } from './types.js';

export { governingYears } from './governing-years.js';

/** In order: on equal spans the matcher listed first wins (remove-overlaps). */
export const MATCHERS: readonly TargetMatcher[] = [
  doubling, // 翻番, 增加一倍以上: relative targets, no number
  rangeMatcher, // 3-5家: before the single-number readings of either end
  comparatorNumber, // 不少于1500亿元, 达5000亿元左右: a comparator word before the number
  numberComparatorSuffix, // 200家以上, 15 家左右: a comparator word after the measure
  phrase, // 两位数增长: a phrase that stands for a number
  verbCount, // 打造2个…: a bare count after a counting verb
  clauseFinal, // 新增规上文化企业15家，: a bare quantity ending its clause
  listCount, // 、5家省级…: a bare count in a list, kept only when governed
];

export const REFINERS: readonly Refiner[] = [
  dropOutside, // first: outside the range or inside a table row, nothing else needs to look at it
  dropNames, // before overlaps: a name (5G, “1840”, 30强) must not win over a real target by length
  dropPastFacts, // 2022 年全省…实现营业收入…: past facts in the sentence before
  dropSupportClauses, // 给予…奖励: support money, not a commitment
  removeOverlaps, // one reading per quantity: longest wins, then the matcher listed first
  dropQualifiers, // after overlaps: needs the other targets of the clause, one reading each
  governList, // last: a comparator governs the bare counts listed after it (不少于1家…、5家…)
];

export interface TargetScopeInput {
  sectionId: string | null;
  /** The year governing the section (`governingYears`), if any. */
  governingYear: number | null;
  /** The end year of the plan period, if known. */
  periodEnd: number | null;
  /**
   * The governing year at an offset, when one range spans sections with different years
   * (a goal section whose children `（一）近期目标` / `（二）远期目标` state their own);
   * overrides `governingYear` where it returns a year.
   */
  governingYearAt?: (offset: number) => number | null;
  /** Spans whose numbers are not prose targets (`tableSpans(tables)`). */
  exclude?: readonly Span[];
}

export function extractTargets(ctx: DocContext, range: Span, scope: TargetScopeInput): Target[] {
  const { text, rules } = ctx;
  if (range.end <= range.start) return [];
  const window = { start: paragraphStart(text, range.start), end: paragraphEnd(text, range.end) };
  const env: TargetEnv = {
    text,
    range,
    rules,
    lex: lexicon(rules),
    periodEnd: scope.periodEnd,
    exclude: scope.exclude ?? [],
    paragraphs: paragraphIndex(text, window),
    years: findYearMentions(text, window, rules),
  };
  let cands = findCandidates(env);
  for (const refine of REFINERS) cands = refine(cands, env);
  const targets = cands
    .map((_c, i) => toTarget(cands, i, env, scope, ctx.pageMap))
    .filter((t): t is Target => t !== null);
  return splitConjoinedMetrics(targets, env); // on resolved targets: it needs their metric
}

/** Every matcher over the range; candidates sorted by position. */
export function findCandidates(env: TargetEnv, matchers: readonly TargetMatcher[] = MATCHERS): TargetCandidate[] {
  const out: TargetCandidate[] = [];
  matchers.forEach((matcher, rank) => {
    const re = matcher.pattern(env);
    re.lastIndex = env.range.start;
    for (let m = re.exec(env.text); m !== null && m.index < env.range.end; m = re.exec(env.text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = matcher.extract(m, env);
      if (c) out.push({ ...c, ruleId: matcher.id, rank });
    }
  });
  return out.sort((a, b) => a.span.start - b.span.start || a.rank - b.rank);
}
