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
export function resolveWhen(when: When, referenceYear: number | null, rules: DeadlineRules, eventDay: string | null = null): Resolved | null {
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
