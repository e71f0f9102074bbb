import type { Span } from '../../core/span.js';
import type { Deadline } from '../../schema/output.js';
import type { DeadlineForm, DeadlineRules } from '../../ruleset/schemas/deadlines.js';
import type { DateParts } from './resolve/date.js';

/**
 * What a matcher found, before resolution: the raw pieces of the date as written
 * (`二〇二五`, `6`, `底`), never computed values. `resolve/` turns them into dates.
 */
export type When =
  /**
   * A day a thing is due by: year (or null: the document's year, or `rel` words from it: `明年`),
   * month (or a part of the year), day.
   */
  | ({ type: 'date' } & DateParts)
  /** A recurrence word and the table it is read from. */
  | { type: 'recurring'; table: 'every' | 'cadence' | 'annual'; word: string }
  /** Two years: `2023-2025年`. */
  | { type: 'range'; from: string; to: string }
  /** Two months (and days), each year as written or null: `2024年5月—2025年10月`, `3月—4月`, `4月1日至9月30日`. */
  | { type: 'month-range'; fromYear: string | null; fromMonth: string; fromDay?: string | null; toYear: string | null; toMonth: string; toDay?: string | null }
  /** A named plan period and its period word: `十四五` + `期间` (a period) or `末` (its end). */
  | { type: 'named'; name: string; word: string }
  /** The day of the plan's event (`赛事当日`): the one day its time names (`赛事时间：2026年3月29日`). */
  | { type: 'event'; word: string }
  /** From the day the plan is issued to a day it names (`即日起至9月30日`): a period, or that day alone when the plan has no date. */
  | ({ type: 'from-issue' } & DateParts)
  /** A festival's day (`春节`), its year as written or null, and the day a period up to it starts (`2026年11月15日至…`). */
  | { type: 'festival'; name: string; year: string | null; from: { year: string | null; month: string; day: string | null } | null };

export interface DeadlineCandidate {
  /** `deadlines/<form>`: the matcher (and rule) that made it. */
  ruleId: string;
  span: Span;
  when: When;
}

/** What a matcher sees: the whole normalised text (so look-behinds work at a range edge) and the rules. */
export interface MatchContext {
  text: string;
  rules: DeadlineRules;
}

/** One surface form (chrono's parser): its regex lives in `rules/deadlines.yaml` under `forms.<form>`. */
export interface Matcher {
  form: DeadlineForm;
  /** Reads one regex match; null when the match is not this form after all. */
  extract(m: RegExpExecArray, ctx: MatchContext): DeadlineCandidate | null;
}

export function matchSpan(m: RegExpExecArray): Span {
  return { start: m.index, end: m.index + m[0].length };
}

/** A form read as one date from its match's groups (`y`, `m`, `part` …). */
export function dateMatcher(form: DeadlineForm, parts: (g: Record<string, string | undefined>) => DateParts): Matcher {
  return {
    form,
    extract: (m) => ({ ruleId: `deadlines/${form}`, span: matchSpan(m), when: { type: 'date', ...parts(m.groups ?? {}) } }),
  };
}

/** A candidate with its resolved value, and the position of its matcher in the list (ties go to the first). */
export interface ResolvedCandidate extends DeadlineCandidate {
  value: Pick<Deadline, 'kind' | 'date' | 'start' | 'recurrence'>;
  order: number;
}
