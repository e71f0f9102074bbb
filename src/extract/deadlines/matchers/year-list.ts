import type { Matcher } from '../types.js';
import { dueYear } from './reach-year.js';

/** The `2030年` of `到2025年和2030年`, `到2025年、2030年底`: listed after a due year, due by its end too. */
export const yearList: Matcher = dueYear('year-list');
