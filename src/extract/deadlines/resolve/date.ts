import type { DeadlineRules } from '../../../ruleset/schemas/deadlines.js';
import { readDateNumber } from './numerals.js';

/** ISO `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar date that exists (no 2月30日), or null. */
export function validDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return null;
  return isoDate(year, month, day);
}

export interface DateParts {
  year: string | null;
  /** A year named relative to the reference year (`明年`, `今年`), when `year` is null. */
  rel?: string | null;
  month: string | null;
  monthPart: string | null;
  day: string | null;
  part: string | null;
}

/**
 * The day a `by` date falls on. A missing year is the document's reference year, or a year
 * named from it (`明年` → the next); null when there is none: the date cannot be placed. No month: the part of the year (`上半年` →
 * 06-30), else 12-31. A month without a day: its stated part (`中旬` → 20), else its last day.
 */
export function resolveByDate(p: DateParts, referenceYear: number | null, rules: DeadlineRules): string | null {
  const year =
    p.year !== null ? readDateNumber(p.year, rules.numerals) : referenceYear !== null ? referenceYear + (rules.relativeYears[p.rel ?? ''] ?? 0) : null;
  if (year === null) return null;
  if (p.month === null) {
    const md = p.part !== null ? rules.partsOfYear[p.part] : '12-31';
    if (md === undefined) return null;
    const [mm, dd] = md.split('-').map(Number);
    return validDate(year, mm, dd);
  }
  const month = readDateNumber(p.month, rules.numerals);
  if (month === null || month < 1 || month > 12) return null;
  if (p.day !== null) {
    const day = readDateNumber(p.day, rules.numerals);
    return day === null ? null : validDate(year, month, day);
  }
  const part = p.monthPart !== null ? rules.monthParts[p.monthPart] : 'last';
  if (part === undefined) return null;
  return validDate(year, month, part === 'last' ? lastDayOfMonth(year, month) : Number(part));
}

/** A year written in any of the date numerals, or null. */
export function resolveYear(raw: string, rules: DeadlineRules): number | null {
  return readDateNumber(raw, rules.numerals);
}
