import type { Deadline, Recurrence } from '../../../schema/output.js';
import type { DeadlineRules } from '../../../ruleset/schemas/deadlines.js';
import type { When } from '../types.js';
import { isoDate, lastDayOfMonth, validDate, resolveByDate, resolveYear } from './date.js';
import { readDateNumber } from './numerals.js';

export type Resolved = Pick<Deadline, 'kind' | 'date' | 'start' | 'recurrence'>;

/** The longest span a year range may cover before it reads as something else (a citation, a history). */
const MAX_RANGE_YEARS = 30;

/**
 * A candidate's raw pieces → `{kind, date, start, recurrence}`; null when they do not make a
 * date (no reference year for `5月17日前`, `2月30日`, a backwards range, an event day the plan does not name).
 */
export function resolveWhen(
  when: When,
  referenceYear: number | null,
  rules: DeadlineRules,
  eventDay: string | null = null,
  issueDate: string | null = null,
): Resolved | null {
  switch (when.type) {
    case 'event':
      return eventDay === null ? null : { kind: 'by', date: eventDay, start: null, recurrence: null };
    case 'date': {
      const date = resolveByDate(when, referenceYear, rules);
      return date === null ? null : { kind: 'by', date, start: null, recurrence: null };
    }
    case 'recurring': {
      const recurrence: Recurrence | undefined = rules[when.table][when.word];
      return recurrence === undefined ? null : { kind: 'recurring', date: null, start: null, recurrence };
    }
    case 'range': {
      const from = resolveYear(when.from, rules);
      const to = resolveYear(when.to, rules);
      if (from === null || to === null || to <= from || to - from > MAX_RANGE_YEARS) return null;
      return { kind: 'period', date: isoDate(to, 12, 31), start: isoDate(from, 1, 1), recurrence: null };
    }
    case 'month-range': {
      const fromYear = when.fromYear !== null ? resolveYear(when.fromYear, rules) : referenceYear;
      const toYear = when.toYear !== null ? resolveYear(when.toYear, rules) : fromYear;
      const fromMonth = readDateNumber(when.fromMonth, rules.numerals);
      const toMonth = readDateNumber(when.toMonth, rules.numerals);
      if (fromYear === null || toYear === null || fromMonth === null || toMonth === null) return null;
      if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12) return null;
      const fromDay = when.fromDay ? readDateNumber(when.fromDay, rules.numerals) : 1;
      const toDay = when.toDay ? readDateNumber(when.toDay, rules.numerals) : lastDayOfMonth(toYear, toMonth);
      const start = fromDay !== null ? validDate(fromYear, fromMonth, fromDay) : null;
      const date = toDay !== null ? validDate(toYear, toMonth, toDay) : null;
      if (start === null || date === null || date <= start || toYear - fromYear > MAX_RANGE_YEARS) return null;
      if (!when.fromDay && !when.toDay && toYear * 12 + toMonth <= fromYear * 12 + fromMonth) return null;
      return { kind: 'period', date, start, recurrence: null };
    }
    case 'from-issue': {
      const date = resolveByDate(when, referenceYear, rules);
      if (date === null) return null;
      return issueDate !== null && issueDate < date ? { kind: 'period', date, start: issueDate, recurrence: null } : { kind: 'by', date, start: null, recurrence: null };
    }
    case 'festival':
      return resolveFestival(when, referenceYear, rules, issueDate);
    case 'named': {
      const p = rules.namedPeriods[when.name];
      const kind = rules.periodWords[when.word];
      if (p === undefined || kind === undefined) return null;
      const date = isoDate(p.end, 12, 31);
      return kind === 'by'
        ? { kind: 'by', date, start: null, recurrence: null }
        : { kind: 'period', date, start: isoDate(p.start, 1, 1), recurrence: null };
    }
  }
}

/**
 * A festival's day: of its year as written; else the first on or after the day its period starts, or the plan's issue
 * date (`春节前` in a plan issued in November 2026: 2027-02-06), or in the document's year. A period when it has a start.
 */
function resolveFestival(when: Extract<When, { type: 'festival' }>, referenceYear: number | null, rules: DeadlineRules, issueDate: string | null): Resolved | null {
  let start: string | null = null;
  if (when.from) {
    const fromYear = when.from.year !== null ? resolveYear(when.from.year, rules) : referenceYear;
    const month = readDateNumber(when.from.month, rules.numerals);
    const day = when.from.day !== null ? readDateNumber(when.from.day, rules.numerals) : 1;
    if (fromYear === null || month === null || day === null) return null;
    start = validDate(fromYear, month, day);
    if (start === null) return null;
  }
  const dayIn = (year: number): string | null => {
    const days = rules.festivals[when.name];
    const md = typeof days === 'string' ? days : days?.[String(year)];
    if (md === undefined) return null;
    const [mm, dd] = md.split('-').map(Number);
    return validDate(year, mm, dd);
  };
  let date: string | null;
  if (when.year !== null) {
    const year = resolveYear(when.year, rules);
    date = year === null ? null : dayIn(year);
  } else {
    const after = start ?? issueDate;
    const first = after !== null ? Number(after.slice(0, 4)) : referenceYear;
    if (first === null) return null;
    date = dayIn(first);
    if (date !== null && after !== null && date < after) date = dayIn(first + 1);
  }
  if (date === null || (start !== null && date <= start)) return null;
  return start !== null ? { kind: 'period', date, start, recurrence: null } : { kind: 'by', date, start: null, recurrence: null };
}
