/**
 * One comparator from the words written before the number, between number and measure
 * (`100多家`) and after the measure (`以上`, `左右`). An `eq` word (达到, 实现) only says
 * "this is the target", so any other word decides: `达5000亿元左右` → approx,
 * `保持在90%以上` → gte. `左右` after the measure says the level is approximate whatever stands before it
 * (`控制在8%左右` → approx). Otherwise the word before the number wins.
 */
import type { Comparator } from '../../../schema/output.js';

export function combineComparators(
  before: Comparator | null,
  between: Comparator | null,
  after: Comparator | null,
): Comparator {
  if (after === 'approx') return 'approx';
  const words = [before, between, after].filter((c): c is Comparator => c !== null);
  return words.find((c) => c !== 'eq') ?? 'eq';
}
