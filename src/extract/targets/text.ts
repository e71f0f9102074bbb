/**
 * Where paragraphs, sentences and clauses start and end around an offset. The
 * characters that end them come from rules/targets.yaml `metric`; a newline ends all.
 */
import type { RuleSet } from '../../ruleset/registry.js';

/** Paragraph bounds by binary search over the newlines of a window (built once per extraction). */
export interface Paragraphs {
  start(at: number): number;
  end(at: number): number;
}

export function paragraphIndex(text: string, window: { start: number; end: number }): Paragraphs {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n', window.start); i >= 0 && i < window.end; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return new ParagraphIndex(text, window, breaks);
}

/** A class, not closures: its methods keep their optimised code from one document to the next. */
class ParagraphIndex implements Paragraphs {
  constructor(
    private readonly text: string,
    private readonly window: { start: number; end: number },
    private readonly breaks: readonly number[],
  ) {}

  start(at: number): number {
    const k = this.firstAtOrAfter(at) - 1;
    return k >= 0 ? this.breaks[k] + 1 : paragraphStart(this.text, Math.min(at, this.window.start));
  }

  end(at: number): number {
    const k = this.firstAtOrAfter(at);
    return k < this.breaks.length ? this.breaks[k] : paragraphEnd(this.text, Math.max(at, this.window.end));
  }

  private firstAtOrAfter(at: number): number {
    const breaks = this.breaks;
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The `look` characters after `at`, up to the end of its line or table cell (a tab: the next cell is another's). */
export function textAfter(text: string, at: number, look: number): string {
  const s = text.slice(at, at + look);
  const end = s.search(/[\t\n]/u);
  return end < 0 ? s : s.slice(0, end);
}

export function paragraphStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

export function paragraphEnd(text: string, at: number): number {
  const i = text.indexOf('\n', at);
  return i < 0 ? text.length : i;
}

/**
 * How far sentences and clauses are looked into: a run-on "sentence" longer than this (a table
 * flattened into one paragraph, a list with no full stops) is read from its last characters,
 * which keeps every look-back linear in the length of the text.
 */
export const MAX_REACH = 300;

/** The first offset after the last character of `ends` (or newline) before `at`, not before `floor`. */
export function startAfter(text: string, at: number, ends: ReadonlySet<string>, floor = Math.max(0, at - MAX_REACH)): number {
  for (let i = at - 1; i >= floor; i--) {
    const ch = text[i];
    if (ch === '\n' || ends.has(ch)) return i + 1;
  }
  return floor;
}

/** The offset of the first character of `ends` (or newline) at or after `at`, not after `ceiling`. */
export function endBefore(text: string, at: number, ends: ReadonlySet<string>, ceiling = Math.min(text.length, at + MAX_REACH)): number {
  for (let i = at; i < ceiling; i++) {
    const ch = text[i];
    if (ch === '\n' || ends.has(ch)) return i;
  }
  return ceiling;
}

export function sentenceStart(text: string, at: number, rules: RuleSet): number {
  return startAfter(text, at, rules.targets.metric.sentenceEnds);
}

/** Where the sentence holding `at` begins, with all its clauses (after 。, not after ；). */
export function fullSentenceStart(text: string, at: number, rules: RuleSet): number {
  return startAfter(text, at, rules.targets.metric.fullStops);
}

export function clauseStart(text: string, at: number, rules: RuleSet): number {
  return startAfter(text, at, rules.targets.metric.clauseEnds);
}

const SPACE = new Set([' ', '\t', '\u00a0', '\u3000']);
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.has(ch);
}

/** Where a 的 (rules: `metric.ofWords`) stands right after `end`, spaces skipped (`80%以上 的村卫生室`), or -1. */
export function ofWordAfter(text: string, end: number, ofWords: ReadonlySet<string>): number {
  let at = end;
  while (isSpace(text[at])) at++;
  return ofWords.has(text[at]) ? at : -1;
}

/** What stands between two items of a list (`14%和13.5%`, `2025年、2030年`). */
export const LIST_JOINER = /^\s*[和及与、]\s*$/u;
