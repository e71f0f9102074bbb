import { dateMatcher, matchSpan, type Matcher } from '../types.js';

/**
 * `完成时限：2024年6月`, `完成时间：2025年`, `完成时限：2025年12月31日`: the date of a task's due-date field (rules: `dueKeys`).
 * The field names a deadline by itself, so a month or a year without `底` or `前` is due by its end;
 * a range (`2024年6月至12月`) is left to the other forms.
 */
export const keyedDate: Matcher = fieldMatcher('keyed-date');

/** A month and a colon opening a paragraph (`1月：开展…`): that month's work in a month-by-month schedule, due by the month's end. */
export const monthLabel: Matcher = fieldMatcher('month-label');

/** The same field's date written with dots (`完成时限：2026.06`, `完成时间：2026.6.30前`). */
export const keyedDotted: Matcher = fieldMatcher('keyed-dotted');

/**
 * A task table's time cell (`2024年12月`, `2025年`): the same reading, for a cell the table says holds
 * a due date (not in `MATCHERS`: a bare year elsewhere is no deadline).
 */
export const fieldDate: Matcher = fieldMatcher('field-date');

/** Such a cell's date written with dots (`2026.06`, `2026.6.30前`, `2026.09底前`), as project tables give it. */
export const fieldDotted: Matcher = fieldMatcher('field-dotted');

function fieldMatcher(form: 'keyed-date' | 'keyed-dotted' | 'month-label' | 'field-date' | 'field-dotted' | 'dotted-before'): Matcher {
  return dateMatcher(form, (g) => ({ year: g.y ?? null, month: g.m ?? null, monthPart: g.mpart ?? null, day: g.d ?? null, part: null }));
}

/**
 * A step of a task table's time cell (`一季度完成方案编制；二季度开工建设`): a quarter or a half of the
 * document's year opening a clause, due by its end; the cell makes it a due date, as prose's `前` would.
 */
export const fieldStep: Matcher = dateMatcher('field-step', (g) => ({ year: null, month: null, monthPart: null, day: null, part: g.part! }));

/** `即日起至9月30日`, `自即日起至2026年12月底`: from the plan's issue to the day it names, a period. */
export const fromIssue: Matcher = {
  form: 'from-issue',
  extract: (m) => {
    const g = m.groups ?? {};
    return { ruleId: 'deadlines/from-issue', span: matchSpan(m), when: { type: 'from-issue', year: g.y ?? null, month: g.m ?? null, monthPart: g.mpart ?? null, day: g.d ?? null, part: null } };
  },
};

/** `2026年Q2`, `Q3前`, `H1`: a quarter or a half in a company's notation, due by its end (rules/deadlines.yaml `codes`). */
export const quarterCode: Matcher = {
  form: 'quarter-code',
  extract: (m, { rules }) => {
    const g = m.groups ?? {};
    const part = rules.codes[g.code];
    return part ? { ruleId: 'deadlines/quarter-code', span: matchSpan(m), when: { type: 'date', year: g.y ?? null, month: null, monthPart: null, day: null, part } } : null;
  },
};

/** `Q2—Q3`: from the first quarter's start to the last one's end. */
export const quarterCodeRange: Matcher = {
  form: 'quarter-code-range',
  extract: (m) => {
    const from = Number(m.groups!.q0);
    const to = Number(m.groups!.q);
    if (to <= from) return null;
    return { ruleId: 'deadlines/quarter-code-range', span: matchSpan(m), when: { type: 'month-range', fromYear: null, fromMonth: String(from * 3 - 2), toYear: null, toMonth: String(to * 3) } };
  },
};

/** `2026.06.30前`, `2026.09前`: a date written with dots in prose, closed by 前. */
export const dottedBefore: Matcher = fieldMatcher('dotted-before');
