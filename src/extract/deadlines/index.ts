/**
 * Deadlines (SPEC §8): `by` dates, recurrences and periods in a range of the text.
 *
 * Find, then resolve, then refine (chrono): every matcher runs its form's regex over the
 * range and reads each hit into a raw candidate; `resolve/` turns the raw pieces into
 * dates and recurrences; the refiners then rewrite the list.
 *
 * Matchers, in order (the order only breaks ties between equally long overlapping hits):
 *  - monthDay      `5月17日前`: the most precise reading of a date goes first.
 *  - eventDay      `赛事时间：2026年3月29日`, `赛事当日`: the day of the plan's event.
 *  - monthEnd      `2024年6月底前`: before partOfYear/reachYear, which read its year alone.
 *  - keyedDate     `完成时限：2024年6月`: a due-date field's month or year, after the forms that read
 *                  `底`/`前` themselves.
 *  - partOfYear    `2025年底前`, `上半年`, `年底前`.
 *  - monthRange    `2024年5月—2025年10月`: before the month forms, which read one end alone.
 *  - dottedRange   `2026.3—2026.12`: months after their year and a dot.
 *  - yearRange     `2023-2025年`: before reachYear, whose `至2025年` sits inside `2023年至2025年`.
 *  - reachYear     `到2025年`.
 *  - yearList      the `2030年` of `到2025年和2030年`.
 *  - yearBefore    `2025年前`.
 *  - outlookYear   `展望2035年`.
 *  - namedPeriod   `“十四五”期间`.
 *  - festival      `春节前`, `2026年11月15日至2027年春节前`: a festival's day (its start's month is no `by` date of its own).
 *  - goalYear      `2025年，…`: a bare year opening a goal sentence.
 *  - yearAction    `2023年开展…`, `明年完成…`: a year run into an action verb; the weakest date reading, last of the dates.
 *  - every         `每年`, `每季度`.
 *  - cadence       `月调度、季评估、年考核`.
 *  - annual        `年度工作考核`: the weakest recurrence reading, last.
 *
 * Refiners, in order:
 *  - dropInReferences: a date inside `《…》`, `〔2023〕7号` or the plan's own title period is
 *    not a deadline; it goes first so that such a hit cannot win an overlap against a real one.
 *  - dropVague: `定期`, `按期`, `逐年` are never deadlines (SPEC §8).
 *  - dropStarts: `自2025年起`, `从7月1日开始`: a date that opens a time is not one anything is due by.
 *  - dropPast: dates and periods that ended before the plan's time are history, not deadlines.
 *  - dedupeSpans: the same span read by two matchers is one deadline.
 *  - removeOverlaps: the longest reading wins (`每年年底前` over the `年底前` inside it).
 *  - dropRestated: a due-date field (`完成时限：2024年6月`) restating a date of the text is not a
 *    second deadline.
 */
import { pairCache } from '../../core/memo.js';
import { mayMatchFrom, scanText } from '../../core/scan.js';
import { pageOf, type Span } from '../../core/span.js';
import type { Deadline } from '../../schema/output.js';
import type { DocContext } from '../context.js';
import { annual } from './matchers/annual.js';
import { cadence, cadenceOnce } from './matchers/cadence.js';
import { every } from './matchers/every.js';
import { goalYear } from './matchers/goal-year.js';
import { dottedBefore, fieldDate, fieldDotted, fieldStep, fromIssue, keyedDate, keyedDotted, monthLabel, quarterCode, quarterCodeRange } from './matchers/keyed-date.js';
import { eventDay } from './matchers/event-day.js';
import { monthDay } from './matchers/month-day.js';
import { monthEnd } from './matchers/month-end.js';
import { dottedRange, monthRange } from './matchers/month-range.js';
import { festival } from './matchers/festival.js';
import { namedPeriod } from './matchers/named-period.js';
import { outlookYear } from './matchers/outlook-year.js';
import { partOfYear } from './matchers/part-of-year.js';
import { reachYear } from './matchers/reach-year.js';
import { yearList } from './matchers/year-list.js';
import { yearAction } from './matchers/year-action.js';
import { yearBefore } from './matchers/year-before.js';
import { fieldRange, yearRange } from './matchers/year-range.js';
import { dedupeSpans } from './refine/dedupe.js';
import { removeOverlaps } from './refine/overlap.js';
import { dropPast } from './refine/past.js';
import { dropRestated } from './refine/restated.js';
import { dropStarts } from './refine/starts.js';
import { dropInReferences } from './refine/references.js';
import { dropVague } from './refine/vague.js';
import { resolveWhen } from './resolve/when.js';
import { topLevelSegments } from '../units/resolve/split.js';
import { readDateNumber } from './resolve/numerals.js';
import type { Season } from '../metadata/period.js';
import { isoDate, lastDayOfMonth } from './resolve/date.js';
import type { DeadlineCandidate, Matcher, ResolvedCandidate } from './types.js';

export const MATCHERS: readonly Matcher[] = [
  fromIssue,
  quarterCodeRange,
  monthRange,
  dottedRange,
  monthDay,
  eventDay,
  monthEnd,
  keyedDate,
  keyedDotted,
  dottedBefore,
  quarterCode,
  monthLabel,
  partOfYear,
  yearRange,
  reachYear,
  yearList,
  yearBefore,
  outlookYear,
  namedPeriod,
  festival,
  goalYear,
  yearAction,
  every,
  cadence,
  cadenceOnce,
  annual,
];

/** Each matcher's rule id → its position in `MATCHERS` (ties between equally long hits). */
const ORDER = new Map(MATCHERS.map((m, i) => [`deadlines/${m.form}`, i]));

export interface DeadlineOptions {
  /** The document's year (issue year, else the period's first year): `5月17日前` falls in it. */
  referenceYear: number | null;
  /** The plan's own period (metadata.period). */
  planPeriod: { start: number; end: number } | null;
  /** The day the plan was issued (`YYYY-MM-DD`), if known: a month opening a sentence before it (`2025年1月，…印发…`) is history. */
  issueDate?: string | null;
  /** A campaign's time running into the next year (`2026年11月1日至2027年3月31日`): `1月31日前` is the next year's. */
  season?: Season | null;
}

/** The year a candidate's date without one falls in: the next, for a month before its season starts; else the document's. */
function yearFor(when: DeadlineCandidate['when'], opts: DeadlineOptions, rules: DocContext['rules']['deadlines']): number | null {
  const s = opts.season;
  if (!s || when.type !== 'date' || when.year !== null || when.rel || when.month === null || opts.referenceYear !== s.startYear) return opts.referenceYear;
  const month = readDateNumber(when.month, rules.numerals);
  return month !== null && month < s.startMonth ? s.startYear + 1 : opts.referenceYear;
}

/** Each form's regex, compiled once per rule set and reused (`lastIndex` is set before every use). */
const patterns = pairCache<DocContext['rules']['deadlines'], Matcher['form'], RegExp>();

/** Every matcher's raw hits inside the range, in text order (no resolution, no refiners). */
export function findDeadlineCandidates(ctx: DocContext, range: Span): DeadlineCandidate[] {
  const rules = ctx.rules.deadlines;
  const mctx = { text: ctx.text, rules };
  const out: DeadlineCandidate[] = [];
  const end = Math.min(range.end, ctx.text.length);
  for (const matcher of MATCHERS) {
    const re = patterns(rules, matcher.form, () => new RegExp(rules.forms[matcher.form].source, 'gu'));
    re.lastIndex = Math.max(0, range.start);
    const text = scanText(ctx.text, end, re); // hits end by `end`: no need to read past its line
    if (!mayMatchFrom(re, text, re.lastIndex)) continue;
    for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      if (m.index + m[0].length > end) continue;
      const c = matcher.extract(m, mctx);
      if (c) out.push(c);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
}

/** Deadlines in `range` of the normalised text, in text order. */
export function extractDeadlines(ctx: DocContext, range: Span, opts: DeadlineOptions): Deadline[] {
  const rules = ctx.rules.deadlines;
  let cands: ResolvedCandidate[] = [];
  for (const c of findDeadlineCandidates(ctx, range)) {
    const value = resolveWhen(c.when, yearFor(c.when, opts, rules), rules, c.when.type === 'event' ? eventDayOf(ctx, opts.referenceYear) : null, opts.issueDate ?? null);
    if (value) cands.push({ ...c, value, order: ORDER.get(c.ruleId) ?? MATCHERS.length });
  }
  cands = dropInReferences(cands, ctx.text, range, rules);
  cands = dropVague(cands, ctx.text, rules);
  cands = dropStarts(cands, ctx.text, rules);
  cands = withoutPast(cands, opts);
  cands = dedupeSpans(cands);
  cands = removeOverlaps(cands);
  cands = dropRestated(cands, 'deadlines/keyed-date');
  return cands.map((c) => toDeadline(ctx, c));
}

/**
 * The candidates without past dates (refine/past.ts), nor a piece of a longer past one (`至5月7日` of `2025年4月7日至5月7日`,
 * which alone would take the plan's year).
 */
function withoutPast(cands: ResolvedCandidate[], opts: DeadlineOptions): ResolvedCandidate[] {
  const kept = dropPast(cands, opts.referenceYear, opts.planPeriod, opts.issueDate ?? null);
  const stays = new Set(kept);
  const gone = cands.filter((c) => !stays.has(c));
  const inside = (c: ResolvedCandidate, g: ResolvedCandidate) =>
    g.span.start <= c.span.start && c.span.end <= g.span.end && g.span.end - g.span.start > c.span.end - c.span.start;
  return gone.length === 0 ? kept : kept.filter((c) => !gone.some((g) => inside(c, g)));
}

const eventDays = new WeakMap<DocContext, string | null>();

/**
 * The day of the plan's event: the one day its event time names (`赛事时间：2026年3月29日（星期日）`),
 * null when it names none or several. Found once per document.
 */
export function eventDayOf(ctx: DocContext, referenceYear: number | null): string | null {
  let day = eventDays.get(ctx);
  if (day !== undefined) return day;
  const rules = ctx.rules.deadlines;
  const re = patterns(rules, 'event-day', () => new RegExp(rules.forms['event-day'].source, 'gu'));
  const days = new Set<string>();
  re.lastIndex = 0;
  for (let m = re.exec(ctx.text); m !== null; m = re.exec(ctx.text)) {
    const c = eventDay.extract(m, { text: ctx.text, rules });
    if (c?.when.type !== 'date') continue;
    const value = resolveWhen(c.when, referenceYear, rules);
    if (value?.date) days.add(value.date);
  }
  day = days.size === 1 ? [...days][0] : null;
  eventDays.set(ctx, day);
  return day;
}

/**
 * Deadlines of a task table's time cell: what the text forms read in it (`2024年底前`, `每季度`),
 * else a month or a year alone, which the column makes a due date (`2024年12月` → 2024-12-31), or two
 * years alone (`2024—2026`), a period.
 */
export function extractFieldDeadlines(ctx: DocContext, cell: Span, opts: DeadlineOptions): Deadline[] {
  const found = extractDeadlines(ctx, cell, opts);
  // the steps of a schedule cell (`一季度完成…；二季度开工…`) the prose forms leave to a `前`
  const steps = fieldSteps(ctx, cell, opts).filter((d) => !found.some((f) => f.span.start < d.span.end && d.span.start < f.span.end));
  if (steps.length > 0) return [...found, ...steps].sort((a, b) => a.span.start - b.span.start);
  if (found.length > 0) return found;
  // each of the dates a cell lists (`6月（第一次审议）、10月（第二次审议）`) is one, when every part is a date
  const parts = topLevelSegments(ctx.text.slice(cell.start, cell.end), '、').map((s) => ({ start: cell.start + s.start, end: cell.start + s.end }));
  const dated = parts.map((part) => fieldDateIn(ctx, part, opts));
  return dated.every((d) => d !== null) ? (dated as Deadline[]) : [];
}

/** A month or a year alone (or two years alone) filling a time cell, or the part of one a list separates. */
function fieldDateIn(ctx: DocContext, cell: Span, opts: DeadlineOptions): Deadline | null {
  for (const matcher of [fieldDate, fieldDotted, fieldRange]) {
    const re = ctx.rules.deadlines.forms[matcher.form];
    re.lastIndex = 0;
    const m = re.exec(ctx.text.slice(cell.start, cell.end));
    const c = m ? matcher.extract(m, { text: ctx.text, rules: ctx.rules.deadlines }) : null;
    const value = c ? resolveWhen(c.when, yearFor(c.when, opts, ctx.rules.deadlines), ctx.rules.deadlines) : null;
    if (!c || !value) continue;
    const span = { start: cell.start + c.span.start, end: cell.start + c.span.end };
    return toDeadline(ctx, { ...c, span, value, order: MATCHERS.length });
  }
  return null;
}


function fieldSteps(ctx: DocContext, cell: Span, opts: DeadlineOptions): Deadline[] {
  const re = patterns(ctx.rules.deadlines, 'field-step', () => new RegExp(ctx.rules.deadlines.forms['field-step'].source, 'gu'));
  const out: Deadline[] = [];
  const text = ctx.text.slice(cell.start, cell.end);
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const c = fieldStep.extract(m, { text, rules: ctx.rules.deadlines });
    const value = c ? resolveWhen(c.when, yearFor(c.when, opts, ctx.rules.deadlines), ctx.rules.deadlines) : null;
    if (!c || !value) continue;
    const span = { start: cell.start + c.span.start, end: cell.start + c.span.end };
    out.push(toDeadline(ctx, { ...c, span, value, order: MATCHERS.length }));
  }
  return out;
}

/**
 * A step of a schedule, due by the end of `month` of the document's year: a month column's cell (`完成40%`
 * under `6月` in a 月度推进计划表). Null when the document has no year.
 */
export function milestoneDeadline(ctx: DocContext, cell: Span, month: number, opts: DeadlineOptions): Deadline | null {
  const year = opts.referenceYear;
  if (year === null) return null;
  const when = { type: 'date', year: String(year), month: String(month), monthPart: null, day: null, part: null } as const;
  const value = { kind: 'by', date: isoDate(year, month, lastDayOfMonth(year, month)), start: null, recurrence: null } as const;
  return toDeadline(ctx, { ruleId: 'deadlines/milestone', span: cell, when, value, order: MATCHERS.length });
}

function toDeadline(ctx: DocContext, c: ResolvedCandidate): Deadline {
  const d: Deadline = {
    text: ctx.text.slice(c.span.start, c.span.end),
    kind: c.value.kind,
    date: c.value.date,
    start: c.value.start,
    recurrence: c.value.recurrence,
    span: c.span,
    ruleId: c.ruleId,
  };
  const page = pageOf(ctx.pageMap, c.span.start);
  if (page !== undefined) d.page = page;
  return d;
}
