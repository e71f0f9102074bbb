import { dateMatcher, type Matcher } from '../types.js';

/** A year due by its end (or part): the reading of `reach-year` and `year-list`. */
export function dueYear(form: 'reach-year' | 'year-list'): Matcher {
  return dateMatcher(form, (g) => ({ year: g.y!, month: null, monthPart: null, day: null, part: g.part ?? null }));
}

/** `到2025年`, `到 2025 年`, `至2025年底`, `截至2025年底前`: due by the end of that year (or part). */
export const reachYear: Matcher = dueYear('reach-year');
