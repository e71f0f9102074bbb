/**
 * Every rule file the pipeline reads. Adding a rule file: write its definition in
 * `schemas/<name>.ts` (path, zod schema, compile) and add one line here.
 */
import { patterns } from './schemas/patterns.js';
import { normalise } from './schemas/normalise.js';
import { markers } from './schemas/markers.js';
import { sections } from './schemas/sections.js';
import { unitClauses } from './schemas/unit-clauses.js';
import { units } from './schemas/units.js';
import { abbreviations } from './schemas/abbreviations.js';
import { keywords, jiebaDict } from './schemas/keywords.js';
import { targets } from './schemas/targets.js';
import { comparators } from './schemas/comparators.js';
import { measures } from './schemas/measures.js';
import { nonTargets } from './schemas/non-targets.js';
import { tables } from './schemas/tables.js';
import { deadlines } from './schemas/deadlines.js';
import { metadata } from './schemas/metadata.js';

export const RULE_FILES = {
  patterns,
  normalise,
  markers,
  sections,
  unitClauses,
  units,
  abbreviations,
  keywords,
  jiebaDict,
  targets,
  comparators,
  measures,
  nonTargets,
  tables,
  deadlines,
  metadata,
} as const;

type Defs = typeof RULE_FILES;
type CompiledOf<D> = D extends { compile: (...args: never[]) => infer C } ? C : never;

export type RawRuleSet = { [K in keyof Defs]: unknown };
export type RuleSet = { readonly version: string; readonly dir: string } & { readonly [K in keyof Defs]: CompiledOf<Defs[K]> };
