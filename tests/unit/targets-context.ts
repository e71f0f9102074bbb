/**
 * Test helpers for the targets and tables extractors: the real rules (rules/*.yaml via
 * loadRules), a DocContext over a snippet, and a trace of the candidate list after each
 * stage that tests print only when they fail (chrono's BufferedDebugHandler).
 */
import type { Span } from '../../src/core/span.js';
import type { DocContext } from '../../src/extract/context.js';
import { extractTargets, findCandidates, MATCHERS, REFINERS, type TargetScopeInput } from '../../src/extract/targets/index.js';
import { lexicon } from '../../src/extract/targets/lexicon.js';
import { findYearMentions } from '../../src/extract/targets/matchers/year-mention.js';
import { paragraphEnd, paragraphIndex, paragraphStart } from '../../src/extract/targets/text.js';
import type { TargetCandidate, TargetEnv, TargetMatcher } from '../../src/extract/targets/types.js';
import { loadRules } from '../../src/ruleset/load.js';
import type { RuleSet } from '../../src/ruleset/registry.js';
import type { Target } from '../../src/schema/output.js';

function load(): RuleSet {
  const r = loadRules();
  if (!r.ok) throw new Error(`rules do not load:\n${r.errors.map((e) => e.reason).join('\n')}`);
  return r.rules;
}

export const rules: RuleSet = load();

/** `{docId:'t', path:'t', text, lines, pageMap: [], rules, messages: []}` with lines = `\n`-separated spans. */
export function ctxOf(text: string): DocContext {
  const lines: Span[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    lines.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  return { docId: 't', path: 't', text, lines, pageMap: [], rules, messages: [] };
}

export const DEFAULT_SCOPE: TargetScopeInput = { sectionId: null, governingYear: null, periodEnd: 2025 };

/** Every target of the whole snippet. */
export function targetsOf(text: string, scope: Partial<TargetScopeInput> = {}): Target[] {
  return extractTargets(ctxOf(text), { start: 0, end: text.length }, { ...DEFAULT_SCOPE, ...scope });
}

export function envOf(text: string, periodEnd: number | null = 2025, range: Span = { start: 0, end: text.length }): TargetEnv {
  const window = { start: paragraphStart(text, range.start), end: paragraphEnd(text, range.end) };
  return {
    text,
    range,
    rules,
    lex: lexicon(rules),
    periodEnd,
    periodStart: null,
    firstYear: periodEnd,
    inTask: false,
    inGoal: false,
    exclude: [],
    paragraphs: paragraphIndex(text, window),
    years: findYearMentions(text, window, rules),
  };
}

/** What one matcher alone finds in the snippet. */
export function candidatesOf(text: string, matcher: TargetMatcher): TargetCandidate[] {
  return findCandidates(envOf(text), [matcher]);
}

/** The matched text of each candidate. */
export function texts(text: string, cands: readonly { span: Span }[]): string[] {
  return cands.map((c) => text.slice(c.span.start, c.span.end));
}

/** All matchers' candidates run through the refiners listed before `refiner` (inclusive). */
export function refinedUpTo(text: string, refinerName: string, periodEnd: number | null = 2025): TargetCandidate[] {
  const env = envOf(text, periodEnd);
  let cands = findCandidates(env, MATCHERS);
  for (const r of REFINERS) {
    cands = r(cands, env);
    if (r.name === refinerName) break;
  }
  return cands;
}

/** The candidate list after each stage, for failure messages. */
export function trace(text: string, scope: Partial<TargetScopeInput> = {}): string {
  const env = envOf(text, scope.periodEnd === undefined ? 2025 : scope.periodEnd);
  let cands = findCandidates(env, MATCHERS);
  const show = (cs: readonly TargetCandidate[]) =>
    cs.map((c) => `${c.ruleId}:${c.comparator}:${text.slice(c.span.start, c.span.end)}`).join(' | ') || '(none)';
  const lines = [`matchers: ${show(cands)}`];
  for (const r of REFINERS) {
    cands = r(cands, env);
    lines.push(`${r.name}: ${show(cands)}`);
  }
  return `\n${lines.join('\n')}`;
}

/** The fields a test compares, in a readable form. */
export function brief(t: Target): string {
  const v = t.valueMax !== null ? `${t.value}-${t.valueMax}` : `${t.value}`;
  return [t.comparator, v, t.unit, t.relative ? `x${t.relative.multiplier}` : null].filter((x) => x !== null).join(' ');
}
