import { matchSpan, type Matcher, type When } from '../types.js';

/**
 * `2024年3月—4月`, `2024年5月—2025年10月`, `（3月—4月）`, `6月1日至9月30日`, `6月1日至30日`, `10月中旬—11月下旬`: a phase of the work, a period
 * from the start of its first month (or its first day) to the end of its last (or its last day) (a year left out is the one before it, or the document's).
 */
export const monthRange: Matcher = {
  form: 'month-range',
  extract(m, { rules }) {
    const g = m.groups!;
    // `6月1日至30日`: a last day without its month is the first day's month's
    if (g.sd !== undefined) {
      if (g.d0 === undefined) return null;
      return {
        ruleId: 'deadlines/month-range',
        span: matchSpan(m),
        when: { type: 'month-range', fromYear: g.y0 ?? null, fromMonth: g.m0, fromDay: g.d0, toYear: g.y0 ?? null, toMonth: g.m0, toDay: g.sd },
      };
    }
    return {
      ruleId: 'deadlines/month-range',
      span: matchSpan(m),
      when: {
        type: 'month-range',
        fromYear: g.y0 ?? null,
        fromMonth: g.m0,
        fromDay: g.d0 ?? (g.p0 !== undefined ? PART_FIRST[g.p0] : null),
        toYear: g.y ?? null,
        toMonth: g.m,
        toDay: g.d ?? (g.p !== undefined ? lastDay(rules.monthParts[g.p]) : null),
      },
    };
  },
};

/**
 * `2026.3—2026.12`, `2025.10—2026.10`: months written with a dot after their year, as a project table's 开竣工时间 cell gives
 * them: a period from the first month's start to the last month's end.
 */
export const dottedRange: Matcher = {
  form: 'dotted-range',
  extract: (m) => ({ ruleId: 'deadlines/dotted-range', span: matchSpan(m), when: wholeMonths(m.groups!) }),
};

/** From the start of month `m0` of year `y0` to the end of month `m` of year `y`. */
function wholeMonths(g: Record<string, string>): When {
  return { type: 'month-range', fromYear: g.y0, fromMonth: g.m0, fromDay: null, toYear: g.y, toMonth: g.m, toDay: null };
}

/** The first day of a part of a month (`中旬`: the 11th); where it ends is rules/deadlines.yaml `monthParts`. */
const PART_FIRST: Record<string, string> = { 上旬: '1', 中旬: '11', 下旬: '21' };

/** A part's last day as a range's day: none for the month's end (`last`), which the month gives. */
function lastDay(part: string | undefined): string | null {
  return part === undefined || part === 'last' ? null : part;
}
