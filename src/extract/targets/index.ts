/**
 * Targets (SPEC §7): every quantitative commitment in a range of the text.
 * Find, then refine, then resolve (STYLE.md): the matchers below each read one surface
 * form and return candidates with spans; the refiners rewrite the candidate list in order;
 * the resolvers turn what is left into `Target`s.
 */
import { pairCache } from '../../core/memo.js';
import { mayMatchFrom, scanText } from '../../core/scan.js';
import type { Span } from '../../core/span.js';
import type { Metadata, Target } from '../../schema/output.js';
import type { DocContext } from '../context.js';
import { lexicon } from './lexicon.js';
import { clauseFinal } from './matchers/clause-final.js';
import { comparatorNumber } from './matchers/comparator-number.js';
import { comparatorVerbNumber } from './matchers/comparator-verb-number.js';
import { doubling } from './matchers/doubling.js';
import { fraction } from './matchers/fraction.js';
import { listCount } from './matchers/list-count.js';
import { respectively } from './matchers/respectively.js';
import { multiple } from './matchers/multiple.js';
import { numberComparatorSuffix } from './matchers/number-comparator-suffix.js';
import { phrase } from './matchers/phrase.js';
import { range as rangeMatcher } from './matchers/range.js';
import { sized } from './matchers/sized.js';
import { shareFirst } from './matchers/share-first.js';
import { shareOpening } from './matchers/share-opening.js';
import { countFirst } from './matchers/count-first.js';
import { siteCount } from './matchers/site-count.js';
import { shareOf } from './matchers/share-of.js';
import { oneToRatio, ratio } from './matchers/ratio.js';
import { unitless } from './matchers/unitless.js';
import { verbCount } from './matchers/verb-count.js';
import { listTotal } from './matchers/list-total.js';
import type { Season } from '../metadata/period.js';
import { findYearMentions } from './matchers/year-mention.js';
import { dropNames } from './refine/drop-names.js';
import { dropOutside } from './refine/drop-outside.js';
import { dropPastFacts } from './refine/drop-past-facts.js';
import { dropQualifiers } from './refine/drop-qualifiers.js';
import { dropScopes } from './refine/drop-scopes.js';
import { dropSupportClauses } from './refine/drop-support-clauses.js';
import { governList } from './refine/govern-list.js';
import { removeOverlaps } from './refine/remove-overlaps.js';
import { inheritAspiredMetrics } from './refine/inherit-metric.js';
import { splitConjoinedMetrics } from './refine/split-conjoined.js';
import { toTarget } from './resolve/target.js';
import { paragraphEnd, paragraphIndex, paragraphStart } from './text.js';
import type { Refiner, TargetCandidate, TargetEnv, TargetMatcher } from './types.js';

export { governingYears } from './governing-years.js';

/** In order: on equal spans the matcher listed first wins (remove-overlaps). */
export const MATCHERS: readonly TargetMatcher[] = [
  doubling, // 翻番, 增加一倍以上: relative targets, no number
  multiple, // 增长1.5倍, 增长到3倍: relative targets with a written multiple
  rangeMatcher, // 3-5家: before the single-number readings of either end
  comparatorNumber, // 不少于1500亿元, 达5000亿元左右: a comparator word before the number
  shareOf, // 不低于应交流人数的10%: a comparator word, what the share is of, the percentage
  unitless, // 有效利用系数提高到0.58: a measure without a unit
  ratio, // 生师比不高于15:1: a ratio to one, its first term
  oneToRatio, // 医护比达到1:1.3: one to a ratio, its second term
  comparatorVerbNumber, // 至少设立1个: a comparator word, a counting verb, then the number
  fraction, // 三分之一, 百分之八十: a fraction in words, as a percentage
  numberComparatorSuffix, // 200家以上, 15 家左右: a comparator word after the measure
  phrase, // 两位数增长: a phrase that stands for a number
  verbCount, // 打造2个…: a bare count after a counting verb
  listTotal, // 完成A、B等5个街区的…: the count closing a list, in a clause a counting verb opens
  sized, // 设立规模10亿元的…: an amount after a size word (refine/drop-qualifiers decides whether it is the target)
  clauseFinal, // 新增规上文化企业15家，: a bare quantity ending its clause
  shareFirst, // 5G网络100%覆盖: a percentage before the verb it completes
  shareOpening, // 100%的社区卫生服务站能够…: a bare percentage opening its clause, of the noun after 的
  siteCount, // 在3个县开展…试点: the count of sites a pilot is run in
  countFirst, // ；7所续建学校于8月底前建成: a count opening its clause, of the noun a completing verb follows
  respectively, // 分别下降14%和13.5%: the first of the quantities listed after 分别
  listCount, // 、5家省级…: a bare count in a list, kept only when governed
];

export const REFINERS: readonly Refiner[] = [
  dropOutside, // first: outside the range or inside a table row, nothing else needs to look at it
  dropNames, // before overlaps: a name (5G, “1840”, 30强) must not win over a real target by length
  dropPastFacts, // 2022 年全省…实现营业收入…: past facts in the sentence before
  dropSupportClauses, // 给予…奖励: support money, not a commitment
  removeOverlaps, // one reading per quantity: longest wins, then the matcher listed first
  dropScopes, // after overlaps: 5000平方米以上建筑工地 sets the scope of its clause, whichever reading won
  dropQualifiers, // after overlaps: needs the other targets of the clause, one reading each
  governList, // last: a comparator governs the bare counts listed after it (不少于1家…、5家…)
];

export interface TargetScopeInput {
  sectionId: string | null;
  /** The year governing the section (`governingYears`), if any. */
  governingYear: number | null;
  /** The end year of the plan period, if known. */
  periodEnd: number | null;
  /** The first year of the plan period, if known (`planYears`). */
  periodStart?: number | null;
  /** The year the plan was issued, if known (`planYears`). */
  issueYear?: number | null;
  /**
   * The governing year at an offset, when one range spans sections with different years
   * (a goal section whose children `（一）近期目标` / `（二）远期目标` state their own);
   * overrides `governingYear` where it returns a year.
   */
  governingYearAt?: (offset: number) => number | null;
  /** Spans whose numbers are not prose targets (`tableSpans(tables)`). */
  exclude?: readonly Span[];
  /** The range is a task's: in a plan of one year, its `同比下降5%` is that year's change. */
  task?: boolean;
  /** The range is a goal section's (`一、工作目标`): so is its `同比下降8%以上`, in a plan of one year. */
  goal?: boolean;
  /** A campaign's time running into the next year: a date without its year before its first month is the next year's. */
  season?: Season | null;
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
    periodStart: scope.periodStart ?? null,
    firstYear: firstYear(scope),
    inTask: scope.task ?? false,
    inGoal: scope.goal ?? false,
    exclude: scope.exclude ?? [],
    paragraphs: paragraphIndex(text, window),
    years: findYearMentions(text, window, rules, scope.issueYear ?? scope.periodStart ?? null, { start: scope.periodStart ?? null, end: scope.periodEnd ?? null }, scope.season ?? null),
  };
  let cands = findCandidates(env);
  for (const refine of REFINERS) cands = refine(cands, env);
  const targets = cands
    .map((_c, i) => toTarget(cands, i, env, scope, ctx.pageMap))
    .filter((t): t is Target => t !== null);
  return splitConjoinedMetrics(inheritAspiredMetrics(targets, env), env); // on resolved targets: they need their metric
}

/**
 * The plan's years as the target scope wants them, from its metadata: the period, and the issue
 * year (a `2024年，…` sentence in a 2024–2025 plan issued in 2024 states a target; in a 2023–2025
 * plan issued in 2024 it may report the past, see `firstYear`).
 */
export function planYears(metadata: Pick<Metadata, 'period' | 'issueDate'>): Pick<TargetScopeInput, 'periodEnd' | 'periodStart' | 'issueYear'> {
  const issue = metadata.issueDate !== null ? Number(metadata.issueDate.slice(0, 4)) : null;
  return {
    periodEnd: metadata.period?.end ?? null,
    periodStart: metadata.period?.start ?? null,
    issueYear: issue !== null && Number.isFinite(issue) ? issue : null,
  };
}

/**
 * The first year a lead or bare year (`2024年，…`) states targets in rather than facts: the later
 * of the plan's first year and its issue year (a plan issued in January 2024 for 2023–2025 reports
 * 2023 as the past), never after the plan's end; the plan's end when neither is known.
 */
export function firstYear(scope: Pick<TargetScopeInput, 'periodEnd' | 'periodStart' | 'issueYear'>): number | null {
  const known = [scope.periodStart, scope.issueYear].filter((y): y is number => typeof y === 'number');
  if (known.length === 0) return scope.periodEnd;
  const first = Math.max(...known);
  return scope.periodEnd !== null && first > scope.periodEnd ? scope.periodEnd : first;
}

/**
 * Each matcher's regex, compiled once per rule set and reused (its `lastIndex` is set before every
 * use): a fresh copy per range costs a lookup in V8's regexp cache, and a full recompile once a
 * garbage collection has aged the cache out. Patterns depend on the rules only.
 */
const patterns = pairCache<TargetEnv['rules'], TargetMatcher, RegExp>();

/** A span without the spaces a pattern's trailing `{sp}` took (the tab before a table row's next cell). */
function trimEnd(text: string, span: Span): Span {
  let end = span.end;
  while (end > span.start && WHITE.has(text[end - 1])) end--;
  return end === span.end ? span : { start: span.start, end };
}

const WHITE = new Set([' ', '\t', '\u00a0', '\u3000']);

/** Every matcher over the range; candidates sorted by position. */
export function findCandidates(env: TargetEnv, matchers: readonly TargetMatcher[] = MATCHERS): TargetCandidate[] {
  const out: TargetCandidate[] = [];
  for (let rank = 0; rank < matchers.length; rank++) {
    const matcher = matchers[rank];
    const re = patterns(env.rules, matcher, () => matcher.pattern(env));
    re.lastIndex = env.range.start;
    const text = scanText(env.text, env.range.end, re); // hits start before range.end: no need to read past its line
    if (!mayMatchFrom(re, text, env.range.start)) continue;
    for (let m = re.exec(text); m !== null && m.index < env.range.end; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const c = matcher.extract(m, env);
      if (c) out.push({ ...c, span: trimEnd(env.text, c.span), ruleId: matcher.id, rank });
    }
  }
  return out.sort(byPositionThenRank);
}

const byPositionThenRank = (a: TargetCandidate, b: TargetCandidate): number => a.span.start - b.span.start || a.rank - b.rank;
