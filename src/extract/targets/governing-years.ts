/**
 * The year that governs each section (SPEC §7): a `到YYYY年` / `YYYY年，` / `YYYY年底前，` in the
 * opening of the section's own text (its heading paragraph and the one after it, before its first
 * child) with no figure before it in its paragraph (`坚持创新驱动。到2025年，…` governs), or any year
 * in its heading (`（一）2023年主要目标`); a deadline run into its sentence (`2024年底前建成…`) is that
 * sentence's, not the section's, and a `到2023年，…` after sentences that state figures
 * (`新建幼儿园30所。到2023年，每个乡镇…`) governs only what follows it in its paragraph
 * (resolve/year.ts), else the year governing its parent (Shenzhen's `二、发展目标` intro `到2025年，…` governs
 * its children (一)…(五)).
 */
import { firstChildOf } from '../../core/lists.js';
import type { Span } from '../../core/span.js';
import type { DocContext, OutlineView } from '../context.js';
import { findYearMentions } from './matchers/year-mention.js';
import { paragraphEnd } from './text.js';

/** How many paragraphs of a section's own text may state its year. */
const OPENING_PARAGRAPHS = 2;

export function governingYears(ctx: DocContext, outline: OutlineView): Map<string, number> {
  const years = new Map<string, number>();
  const sections = outline.sections;
  for (const s of sections) {
    const firstChild = firstChildOf(s.id, sections);
    const ownEnd = firstChild ? Math.max(s.span.start, firstChild.span.start) : s.span.end;
    const window = opening(ctx.text, { start: s.span.start, end: ownEnd });
    const inHeading = (y: { span: { start: number; end: number } }) => y.span.start >= s.headingSpan.start && y.span.end <= s.headingSpan.end;
    const leads = (y: { span: { start: number } }) => noFigureBefore(ctx, y.span.start, s.headingSpan.end);
    const own = findYearMentions(ctx.text, window, ctx.rules).find(
      (y) =>
        ((y.kind === 'due' || y.kind === 'lead' || (y.kind === 'by' && y.opens)) && leads(y)) || (y.kind === 'bare' && inHeading(y)),
    );
    const inherited = s.parentId !== null ? years.get(s.parentId) : undefined;
    const year = own?.year ?? inherited;
    if (year !== undefined) years.set(s.id, year);
  }
  return years;
}

/** Whether no figure stands between `at` and the start of its paragraph (or the heading leading it). */
function noFigureBefore(ctx: DocContext, at: number, headingEnd: number): boolean {
  const paragraph = ctx.text.lastIndexOf('\n', at - 1) + 1;
  const from = headingEnd > paragraph && headingEnd <= at ? headingEnd : paragraph;
  return !FIGURE.test(ctx.text.slice(from, at));
}

const FIGURE = /[0-9０-９]/u;

function opening(text: string, own: Span): Span {
  let end = own.start;
  for (let n = 0; n < OPENING_PARAGRAPHS && end < own.end; n++) end = paragraphEnd(text, end) + 1;
  return { start: own.start, end: Math.min(own.end, end) };
}
