import type { Span } from '../../core/span.js';
import type { RuleSet } from '../../ruleset/registry.js';
import type { Comparator } from '../../schema/output.js';
import type { Lexicon } from './lexicon.js';
import type { YearMention } from './matchers/year-mention.js';
import type { Paragraphs } from './text.js';

/** What a matcher found: a quantity as written, before any value is resolved. */
export interface TargetCandidate {
  /** `targets/<matcher>`: the rule that made it. */
  readonly ruleId: string;
  /** Position of that rule in the matcher list: on a tie the lower rank wins. */
  readonly rank: number;
  /** The quantity as written, comparator words included (`不少于 100 家`, `3-5 家`, `实现翻番`). */
  readonly span: Span;
  /** The (first) number inside `span`; null for relative and phrase targets. */
  readonly numberSpan: Span | null;
  readonly comparator: Comparator;
  /** True when a comparator word is written; false for an implied `eq`. */
  readonly explicit: boolean;
  readonly rawValue: string | null;
  readonly rawValueMax: string | null;
  /** Scale and measure as written (`亿元`, `万件`, `%`), or null. */
  readonly rawUnit: string | null;
  readonly relative: { readonly multiplier: number } | null;
  /** A value fixed by the phrase itself (`两位数增长` → 10 %). */
  readonly fixed: { readonly value: number; readonly unit: string | null } | null;
  /** Only a target when a target before it in the same list governs it (`、5家省级…`). */
  readonly dependent: boolean;
}

/** What matchers and refiners may read; never mutated. */
export interface TargetEnv {
  readonly text: string;
  readonly range: Span;
  readonly rules: RuleSet;
  readonly lex: Lexicon;
  readonly periodEnd: number | null;
  /** The plan's first year, when its period is known. */
  readonly periodStart: number | null;
  /**
   * From this year on a lead or bare year (`2024年，…`) states targets; before it, facts
   * (`firstYear` in index.ts: the later of the plan's first and issue years, else its end).
   */
  readonly firstYear: number | null;
  /** The range is a task's (not a preamble's or a goal section's). */
  readonly inTask: boolean;
  /** The range is a goal section's. */
  readonly inGoal: boolean;
  /** Spans whose numbers are not prose targets (indicator tables, handled elsewhere). */
  readonly exclude: readonly Span[];
  /** Where the paragraphs around an offset start and end. */
  readonly paragraphs: Paragraphs;
  /** Year mentions in the paragraphs that hold the range. */
  readonly years: readonly YearMention[];
}

/** One surface form: a regex skeleton and an extractor that returns a candidate or null. */
export interface TargetMatcher {
  readonly id: string;
  /** Its regex (flags `dgu`), usually a skeleton compiled by the lexicon: `{name}`s come from patterns.yaml and the lexicon. */
  pattern(env: TargetEnv): RegExp;
  extract(m: RegExpExecArray, env: TargetEnv): Omit<TargetCandidate, 'ruleId' | 'rank'> | null;
}

/** A pure step over the candidate list. */
export type Refiner = (candidates: readonly TargetCandidate[], env: TargetEnv) => TargetCandidate[];

/** The span of named group `name` of a match made with the `d` flag. */
export function groupSpan(m: RegExpExecArray, name: string): Span | null {
  const ix = m.indices?.groups?.[name];
  return ix ? { start: ix[0], end: ix[1] } : null;
}
