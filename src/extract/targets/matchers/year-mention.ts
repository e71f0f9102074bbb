/**
 * Year mentions around targets (`到2025年`, `2024年底前`, `2025年，`, `在2020年基础上`,
 * `2021-2025年`, `“十五五”期间`), classified by rules/targets.yaml `years`. Not a target
 * matcher: the due-year resolver, the past-fact refiner and `governingYears` read these.
 */
import { allMatches, mayMatchFrom } from '../../../core/scan.js';
import { firstStartingFrom, overlaps, type Span } from '../../../core/span.js';
import type { RuleSet } from '../../../ruleset/registry.js';
import type { YearKind } from '../../../ruleset/schemas/targets.js';
import { readDateNumber } from '../../deadlines/resolve/numerals.js';
import type { Season } from '../../metadata/period.js';

export interface YearMention {
  readonly kind: YearKind;
  readonly year: number;
  readonly span: Span;
  /** A comma or colon follows it: it opens its sentence (`到2025年，…`, `2024年底前，…`, `2025年：…`). */
  readonly opens: boolean;
  /** The year is written out (`2000年底前`), not the document's own (`年底前`) nor a plan period's name. */
  readonly written: boolean;
}

/** Mentions inside `window`, in text order; where two overlap the kind listed first in the rules wins. */
export function findYearMentions(
  text: string,
  window: Span,
  rules: RuleSet,
  referenceYear: number | null = null,
  plan: { start: number | null; end: number | null } | null = null,
  season: Season | null = null,
): YearMention[] {
  const slice = text.slice(window.start, window.end);
  const found: Found[] = [];
  const years = rules.targets.years;
  for (let priority = 0; priority < years.length; priority++) {
    const { kind, res } = years[priority];
    for (const re of res) {
      if (!mayMatchFrom(re, slice, 0)) continue;
      for (const m of allMatches(re, slice)) {
        const year = yearOf(m.groups, rules, referenceYear, plan, season);
        if (year === null || m[0].length === 0) continue;
        const start = window.start + (m.index ?? 0);
        const end = start + m[0].length;
        found.push({ kind, year, span: { start, end }, opens: opensSentence(text, end), written: m.groups?.y !== undefined, priority });
      }
    }
  }
  found.sort(byPriorityThenStart);
  const kept: Found[] = [];
  for (const f of found) {
    if (overlapsAny(kept, f.span)) continue;
    if (insideIgnored(text, f.span.start, rules)) continue;
    kept.push(f);
  }
  kept.sort(byStart);
  const out: YearMention[] = [];
  for (const { kind, year, span, opens, written } of kept) out.push({ kind, year, span, opens, written });
  return out;
}

type Found = YearMention & { priority: number };

const byPriorityThenStart = (a: Found, b: Found): number => a.priority - b.priority || a.span.start - b.span.start;
const byStart = (a: Found, b: Found): number => a.span.start - b.span.start;

function overlapsAny(items: readonly { span: Span }[], span: Span): boolean {
  for (const k of items) if (overlaps(k.span, span)) return true;
  return false;
}

/**
 * The year of group `y`, the end year of the plan period named in group `name`, or, for a date
 * written without its year (group `ref`: `5月底前`, `年底前`), the document's reference year; for the
 * plan's own span (group `plan`: `三年` in a 2025—2027 plan) its end year, when the span is the plan's; for the
 * campaign's own time (group `span`: `攻坚期内`) the plan's end year.
 */
function yearOf(
  groups: Record<string, string | undefined> | undefined,
  rules: RuleSet,
  referenceYear: number | null,
  plan: { start: number | null; end: number | null } | null,
  season: Season | null = null,
): number | null {
  if (groups?.span !== undefined) return plan?.end ?? null;
  if (groups?.plan !== undefined) {
    if (plan?.start == null || plan.end == null) return null;
    return readDateNumber(groups.plan, rules.deadlines.numerals) === plan.end - plan.start + 1 ? plan.end : null;
  }
  if (groups?.y !== undefined) return readDateNumber(groups.y, rules.deadlines.numerals); // `2025`, `２０２５`, `二〇二五`
  const name = groups?.name;
  if (name !== undefined) return rules.deadlines.namedPeriods[name]?.end ?? null;
  // (`次年3月底前`: the year after the document's, as deadlines.yaml `relativeYears` counts it; `今年` is the document's)
  if (groups?.rel !== undefined) return referenceYear !== null ? referenceYear + (rules.deadlines.relativeYears[groups.rel] ?? 0) : null;
  if (groups?.ref === undefined) return null;
  // (in a campaign's time running into the next year, `1月31日前` before its first month is the next year's)
  const month = season && referenceYear === season.startYear ? MONTH_OF.exec(groups.ref) : null;
  const m = month ? readDateNumber(month[1], rules.deadlines.numerals) : null;
  return m !== null && m < season!.startMonth ? season!.startYear + 1 : referenceYear;
}

/** The month a date without its year opens with (`1月31日`, `十二月底`). */
const MONTH_OF = /^([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])\s*月/u;

function opensSentence(text: string, end: number): boolean {
  let i = end;
  while (text[i] === ' ' || text[i] === '\t' || text[i] === '\u00a0' || text[i] === '\u3000') i++;
  return text[i] === '，' || text[i] === ',' || text[i] === '：' || text[i] === ':';
}

/** The index of the first mention (sorted by start) that starts at or after `at`. */
export function firstMentionFrom(mentions: readonly YearMention[], at: number): number {
  return firstStartingFrom(mentions, at, (m) => m.span.start);
}

/** Mentions (sorted by start) that lie inside `[from, to)`. */
export function mentionsWithin(mentions: readonly YearMention[], from: number, to: number): YearMention[] {
  const out: YearMention[] = [];
  for (let i = firstMentionFrom(mentions, from); i < mentions.length && mentions[i].span.start < to; i++) {
    if (mentions[i].span.end <= to) out.push(mentions[i]);
  }
  return out;
}

/** How far back an open bracket of `ignoreInside` is looked for. */
const BRACKET_REACH = 200;

/** True when `at` sits inside an open bracket pair of `ignoreInside` (`《…2025年…》`) on its paragraph. */
function insideIgnored(text: string, at: number, rules: RuleSet): boolean {
  for (const { open, close } of rules.targets.ignoreInside) {
    for (let i = at - 1; i >= Math.max(0, at - BRACKET_REACH); i--) {
      const ch = text[i];
      if (ch === '\n' || text.startsWith(close, i)) break;
      if (text.startsWith(open, i)) return true;
    }
  }
  return false;
}
