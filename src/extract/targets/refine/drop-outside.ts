/** Drops candidates that leave the range or touch an excluded span (table rows: their targets come from tables/). */
import { overlaps } from '../../../core/span.js';
import type { Refiner } from '../types.js';

export const dropOutside: Refiner = (cands, env) =>
  cands.filter(
    (c) => c.span.start >= env.range.start && c.span.end <= env.range.end && !env.exclude.some((x) => overlaps(x, c.span)),
  );
