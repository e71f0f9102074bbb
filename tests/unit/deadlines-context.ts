/**
 * Test helpers for the deadlines and metadata extractors: a DocContext over text that is
 * already normalised (one paragraph per line, no indentation, no blank lines, no web chrome),
 * and a way to run one matcher alone.
 */
import { expect } from 'vitest';
import type { Span } from '../../src/core/span.js';
import type { DocContext } from '../../src/extract/context.js';
import { extractDeadlines, type DeadlineOptions } from '../../src/extract/deadlines/index.js';
import type { DeadlineCandidate, Matcher, ResolvedCandidate } from '../../src/extract/deadlines/types.js';
import { loadRules } from '../../src/ruleset/load.js';
import type { RuleSet } from '../../src/ruleset/registry.js';
import type { Deadline } from '../../src/schema/output.js';

let cached: RuleSet | undefined;

/** Every rule file, loaded once; a broken rule file fails the test with its messages. */
export function rules(): RuleSet {
  if (cached) return cached;
  const r = loadRules();
  if (!r.ok) throw new Error(r.errors.map((e) => e.reason).join('\n'));
  cached = r.rules;
  return cached;
}

/** Spans of the `\n`-separated non-empty lines. */
export function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.length > 0) out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

export function docContext(text: string): DocContext {
  return { docId: 't', path: 't', text, lines: lineSpans(text), pageMap: [], rules: rules(), messages: [] };
}

/** One matcher alone over the whole text: its regex from the rules, then its `extract`. */
export function runMatcher(matcher: Matcher, text: string): DeadlineCandidate[] {
  const r = rules().deadlines;
  const re = new RegExp(r.forms[matcher.form].source, 'gu');
  const out: DeadlineCandidate[] = [];
  for (const m of text.matchAll(re)) {
    const c = matcher.extract(m as RegExpExecArray, { text, rules: r });
    if (c) out.push(c);
  }
  return out;
}

/** Hits of one matcher as `[text, start]`, each span checked against the text. */
export function hits(matcher: Matcher, text: string): Array<[string, number]> {
  return runMatcher(matcher, text).map((c) => {
    expect(c.ruleId).toBe(`deadlines/${matcher.form}`);
    return [text.slice(c.span.start, c.span.end), c.span.start];
  });
}

export const DEFAULT_OPTS: DeadlineOptions = { referenceYear: 2023, planPeriod: { start: 2023, end: 2025 } };

/** extractDeadlines over the whole text; every item's text is checked against its span. */
export function deadlinesIn(text: string, opts: DeadlineOptions = DEFAULT_OPTS, range?: Span): Deadline[] {
  const ctx = docContext(text);
  const found = extractDeadlines(ctx, range ?? { start: 0, end: text.length }, opts);
  for (const d of found) expect(text.slice(d.span.start, d.span.end)).toBe(d.text);
  return found;
}

/** A deadline in one line: `到2025年 by 2025-12-31`, `每年 recurring yearly`, `… period 2023-01-01..2025-12-31`. */
export function brief(d: Pick<Deadline, 'text' | 'kind' | 'date' | 'start' | 'recurrence'>): string {
  if (d.kind === 'recurring') return `${d.text} recurring ${d.recurrence}`;
  if (d.kind === 'period') return `${d.text} period ${d.start}..${d.date}`;
  return `${d.text} by ${d.date}`;
}

/** A resolved candidate for refiner tests. */
export function cand(
  start: number,
  end: number,
  value: Partial<ResolvedCandidate['value']> = {},
  order = 0,
  ruleId = 'deadlines/test',
): ResolvedCandidate {
  return {
    ruleId,
    span: { start, end },
    when: { type: 'date', year: null, month: null, monthPart: null, day: null, part: null },
    value: { kind: 'by', date: '2025-12-31', start: null, recurrence: null, ...value },
    order,
  };
}
