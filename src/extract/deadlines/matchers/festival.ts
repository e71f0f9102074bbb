import { matchSpan, type Matcher } from '../types.js';

/**
 * `春节前`, `2027年春节前`: due by the festival's day (rules/deadlines.yaml `festivals`); with the day a time starts,
 * a period (`2026年11月15日至2027年春节前`, a campaign's time).
 */
export const festival: Matcher = {
  form: 'festival',
  extract(m) {
    const g = m.groups!;
    const from = g.m0 !== undefined ? { year: g.y0 ?? null, month: g.m0, day: g.d0 ?? null } : null;
    return { ruleId: 'deadlines/festival', span: matchSpan(m), when: { type: 'festival', name: g.f, year: g.y ?? null, from } };
  },
};
