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
 * horizon (`到2025年`, `展望2035年`), a `by` deadline in the target's own sentence or opening
 * one (`2024年底前，…`), or a lead/bare year from the plan's first year on (`2025年，新增…`;
 * `firstYear` is the plan's end when its start is unknown). Baselines and periods never do;
 * earlier years state past facts. `sentenceFrom`: where the target's sentence starts.
 */
export function statedYear(
  mentions: readonly YearMention[],
  firstYear: number | null,
  from = 0,
  to = Infinity,
  sentenceFrom = from,
  planStart: number | null = null,
  dueFrom = sentenceFrom,
  openingTo = Infinity,
): number | null {
  for (let i = firstMentionFrom(mentions, to) - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.span.end > to) continue;
    if (m.span.start < from) break;
    // (a year written out before the plan's period dates what is counted, `2000年底前建成、…的`: no due year)
    if ((m.kind === 'due' || m.kind === 'by') && m.written && planStart !== null && m.year < planStart) continue;
    // (a due year in the middle of an item, `…。到2027年全市…覆盖率达到98%。`, dates its own sentence, not the next)
    if (m.kind === 'due' && (m.opens || m.span.start >= dueFrom)) return m.year;
    // (and a deadline opening a sentence, `2024年底前，…`, its paragraph only from the paragraph's first sentence)
    if (m.kind === 'by' && ((m.opens && (m.span.start < openingTo || m.span.start >= dueFrom)) || m.span.start >= sentenceFrom)) return m.year;
    if (m.kind === 'lead' || m.kind === 'bare') {
      if (firstYear === null ? m.kind === 'lead' : m.year >= firstYear) return m.year;
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
