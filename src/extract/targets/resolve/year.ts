/**
 * The year a target is due (SPEC §7): stated beside it, else the section's, else the plan's
 * end. Stated beats implied: a year read from `到2025年` is never replaced by a fallback.
 * No regexes: reads the year mentions found by matchers/year-mention.ts.
 */
import { firstMentionFrom, type YearMention } from '../matchers/year-mention.js';

export interface DueYear {
  year: number | null;
  source: 'stated' | 'section' | 'period' | null;
}

/**
 * The last year mention before the target in its paragraph that names a due year: a `due`
 * mention (`到2025年`, `展望2035年`), or a lead/bare year not before the plan's end
 * (`2025年，新增…`). Baselines and periods never do; earlier years state past facts.
 */
export function statedYear(mentions: readonly YearMention[], periodEnd: number | null, from = 0, to = Infinity): number | null {
  for (let i = firstMentionFrom(mentions, to) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.span.end > to) continue;
    if (m.span.start < from) break;
    if (m.kind === 'due') return m.year;
    if (m.kind === 'lead' || m.kind === 'bare') {
      if (periodEnd === null ? m.kind === 'lead' : m.year >= periodEnd) return m.year;
    }
  }
  return null;
}

export function dueYear(stated: number | null, governingYear: number | null, periodEnd: number | null): DueYear {
  if (stated !== null) return { year: stated, source: 'stated' };
  if (governingYear !== null) return { year: governingYear, source: 'section' };
  if (periodEnd !== null) return { year: periodEnd, source: 'period' };
  return { year: null, source: null };
}
