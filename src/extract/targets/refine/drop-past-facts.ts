/**
 * Drops statements of past or current fact (`2022 年全省…实现营业收入 5728.02 亿元`,
 * `从2015年末的855亿元增长至2020年末的2285亿元`, `连续 18 年`): in the sentence before the
 * candidate, the last year named is a lead/bare year before the plan's first year (`env.firstYear`:
 * the later of its start and issue years, else its end), or a past-fact marker
 * (rules/non-targets.yaml `pastFacts`) is not followed by a year named from then on
 * (`从2015年…增长至2020年…` in a 2021–2025 plan is past); so is a horizon that ended before the plan's
 * period began (`“十四五”期间…` in a 2026—2028 plan). A marker read `wholeSentence` (`截至2024年末，`) governs
 * every clause of its sentence, up to 。; one read `ownClause` (`现有`, `已建成`) only its own clause, unless it opens the
 * sentence (`目前，…`).
 */
import { allMatches } from '../../../core/scan.js';
import { mentionsWithin, type YearMention } from '../matchers/year-mention.js';
import { clauseStart, fullSentenceStart, sentenceStart } from '../text.js';
import type { Refiner, TargetCandidate, TargetEnv } from '../types.js';
import { halfWidthDigits } from '../../../core/digits.js';

const OPENING = new Set(['，', ',']);
/** Two years with a dash between (`2007—2011年`), not a year from which on (`自2024年起`) nor one picking out (`2000年底前建成的`). */
const YEAR_SPAN = /[0-9０-９]\s*年?\s*[—–\-－~～至到]+\s*[0-9０-９]/u;
/** A plan period's name (`“十四五”时期`). */
const NAMED_PERIOD = /十[一二三四五六七]五/u;
/** The first year of a span of dates (`2025年10月1日至2026年3月31日`). */
const DATE_SPAN = /^([0-9０-９]{4})\s*年\s*[0-9０-９]{1,2}\s*月[^至到—–\-－~～]*[至到—–\-－~～]/u;

export const dropPastFacts: Refiner = (cands, env) => cands.filter((c) => !isPast(c, env));

function isPast(c: TargetCandidate, env: TargetEnv): boolean {
  const paragraph = env.paragraphs.start(c.span.start);
  const from = Math.max(sentenceStart(env.text, c.span.start, env.rules), paragraph);
  const mentions = mentionsWithin(env.years, from, c.span.start);
  const dated = mentions.filter((y) => y.kind !== 'baseline' && y.kind !== 'period');
  const last = dated[dated.length - 1];
  if (last && (last.kind === 'lead' || last.kind === 'bare')) {
    if (env.firstYear === null ? last.kind === 'bare' : last.year < env.firstYear) return true;
  }
  // a span of years that ended before the plan, last named before the candidate (`第三次全国文物普查（2007—2011年）期间，全省共登记…`)
  const lastAny = mentions[mentions.length - 1];
  if (lastAny?.kind === 'period' && isPastYear(lastAny.year, env) && YEAR_SPAN.test(env.text.slice(lastAny.span.start, lastAny.span.end))) return true;
  // a span of dates that began before the plan and ended in its first year at the latest, last named before the candidate
  // (`2025—2026年秋冬季（2025年10月1日至2026年3月31日），全市PM2.5平均浓度为61.4微克/立方米` in a 2026—2027 winter plan): the last season
  if (last !== undefined && isEarlierSpan(last, env)) return true;
  // a paragraph opening with a year before the plan (`2024年，全市…。全市森林覆盖率达到78.88%…`) states past facts
  // throughout, until a year of the plan is named
  const inParagraph = mentionsWithin(env.years, paragraph, c.span.start).filter((y) => y.kind !== 'baseline' && y.kind !== 'period');
  const opening = inParagraph[0];
  if (opening && opening.kind === 'lead' && opening.span.start === paragraph && isPastYear(opening.year, env)) {
    if (!inParagraph.some((y) => !isPastYear(y.year, env))) return true;
  }
  // … or with such a span of dates, until a later year is named
  if (opening !== undefined && isEarlierSpan(opening, env) && !inParagraph.some((y) => y.year > env.firstYear!)) return true;
  // … and so does one opening with a past-fact phrase (`近年来，…`, `截至2025年底，…`: rules/non-targets.yaml `pastParagraph`)
  if (env.rules.nonTargets.pastParagraphRe.test(env.text.slice(paragraph, paragraph + 24)) && !inParagraph.some((y) => !isPastYear(y.year, env))) {
    return true;
  }
  // a horizon that ended before the plan's period begins (`“十四五”期间，全省累计实现…`, `“十四五”时期，…` in a 2026—2028 plan)
  if ((last?.kind === 'due' || (last?.kind === 'by' && NAMED_PERIOD.test(env.text.slice(last.span.start, last.span.end)))) && env.periodStart !== null && last.year < env.periodStart) {
    return true;
  }
  const sentence = env.text.slice(from, c.span.start);
  // (a due year of the plan, or a goal sentence opening with one of its years: `2025年，…同比下降10%以上`)
  const dueBefore = () =>
    mentionsWithin(env.years, paragraph, c.span.start).some((y) => (y.kind === 'due' || y.kind === 'by' || y.kind === 'lead') && !isPastYear(y.year, env));
  // (or a task or the goal section of a plan of one year, its sentence naming no earlier year: `刑事案件立案数同比下降5%` is the
  // year's change)
  const yearsTask = () => (env.inTask || env.inGoal) && env.periodStart !== null && env.periodStart === env.periodEnd && !dated.some((y) => isPastYear(y.year, env));
  let whole: { from: number; text: string; last: YearMention | undefined } | undefined;
  const clause = ownClauseStart(c, from, env);
  for (const { re, unlessDue, wholeSentence, ownClause } of env.rules.nonTargets.pastFacts) {
    if (unlessDue && (dueBefore() || yearsTask())) continue;
    let scope: { from: number; text: string; last: YearMention | undefined } = { from, text: sentence, last };
    if (wholeSentence) {
      if (!whole) {
        const start = Math.max(fullSentenceStart(env.text, c.span.start, env.rules), paragraph);
        const dates = mentionsWithin(env.years, start, c.span.start).filter((y) => y.kind !== 'baseline' && y.kind !== 'period');
        whole = { from: start, text: env.text.slice(start, c.span.start), last: dates[dates.length - 1] };
      }
      scope = whole;
    }
    for (const m of allMatches(re, scope.text)) {
      const at = scope.from + (m.index ?? 0);
      // (`ownClause`: a marker in an earlier clause counts only when it opens the sentence: `目前，…`)
      if (ownClause && at < clause && !OPENING.has(env.text[at + m[0].length] ?? '')) continue;
      // a due year after the marker, not before the plan's end, makes what follows a target again
      if (!scope.last || scope.last.span.end <= at || isPastYear(scope.last.year, env)) return true;
    }
  }
  return false;
}

/** A span of dates that began before the plan and ended in its first year at the latest (a due mention read from it). */
function isEarlierSpan(y: YearMention, env: TargetEnv): boolean {
  if (y.kind !== 'due' || env.firstYear === null || y.year > env.firstYear) return false;
  const began = DATE_SPAN.exec(env.text.slice(y.span.start, y.span.end));
  return began !== null && isPastYear(Number(halfWidthDigits(began[1])), env);
}

function isPastYear(year: number, env: TargetEnv): boolean {
  return env.firstYear !== null && year < env.firstYear;
}

/** Where the candidate's clause starts, a clause that goes on from the one before (`…68家，其中5A级…`) included. */
function ownClauseStart(c: TargetCandidate, from: number, env: TargetEnv): number {
  let start = clauseStart(env.text, c.span.start, env.rules);
  while (start > from && env.rules.nonTargets.clauseGoesOn.some((w) => env.text.startsWith(w, start))) {
    start = clauseStart(env.text, start - 1, env.rules);
  }
  return start;
}
