import type { Span } from '../../core/span.js';
import type { DocContext } from '../context.js';

/** The lines of the text with their spans, and where the head (before the plan's outline) ends. */
export interface Lines {
  spans: readonly Span[];
  texts: readonly string[];
  /** Index of the first line after the head: the first outline item, or `head.maxLines`. */
  headEnd: number;
}

export function readLines(ctx: DocContext): Lines {
  const rules = ctx.rules.metadata;
  const spans = ctx.lines.length > 0 ? ctx.lines : splitLines(ctx.text);
  const texts: string[] = [];
  for (const s of spans) texts.push(ctx.text.slice(s.start, s.end).trim());
  let headEnd = Math.min(spans.length, rules.head.maxLines);
  for (let i = 0; i < headEnd; i++) {
    if (rules.head.outlineStart.test(texts[i])) {
      headEnd = i;
      break;
    }
  }
  return { spans, texts, headEnd };
}

function splitLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  return out;
}

/** Index of the line holding `offset` (the last line starting at or before it). */
export function lineAt(lines: Lines, offset: number): number {
  let lo = 0;
  let hi = lines.spans.length - 1;
  if (hi < 0) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines.spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
