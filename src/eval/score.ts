/**
 * Scoring of one predicted document against one gold file, exactly as
 * `tests/gold/README.md` ("How output is scored against gold") describes it.
 *
 * Pure: no I/O. `evaluate()` in `./index.ts` reads the files and aggregates.
 *
 * Matching is always one-to-one and greedy: every admissible (gold, predicted) pair
 * is scored, the best pairs are taken first, and a gold or predicted item is used at
 * most once. Ties are broken by position in the document (the pair whose relative
 * positions are closest wins), so repeated headings pair up in order.
 */
import { z } from 'zod';
import type { Deadline, Metadata, PolicyDocument, Target, Task } from '../schema/output.js';
import { emptyMetadata } from '../schema/output.js';

// ---------------------------------------------------------------------------
// Gold file format (tests/gold/README.md)

const GoldUnitSchema = z.object({
  raw: z.string(),
  name: z.string(),
  canonical: z.string(),
  role: z.string(),
  kind: z.string(),
});

const GoldTargetSchema = z.object({
  text: z.string(),
  metric: z.string().nullable().optional(),
  comparator: z.string(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  year: z.number().int().nullable(),
  baseline: z.object({ year: z.number().int().nullable(), value: z.number().nullable() }).nullable().optional(),
  relative: z.object({ multiplier: z.number() }).nullable().optional(),
  aspirational: z.boolean().optional(),
  recurrence: z.string().nullable().optional(),
  optional: z.boolean().optional(),
  section: z.string().nullable().optional(),
  rawValue: z.string().nullable().optional(),
  rawUnit: z.string().nullable().optional(),
});

const GoldDeadlineSchema = z.object({
  text: z.string(),
  kind: z.string(),
  date: z.string().nullable(),
  start: z.string().nullable().optional(),
  recurrence: z.string().nullable(),
  optional: z.boolean().optional(),
});

export const GoldSchema = z.object({
  file: z.string(),
  metadata: z.object({
    title: z.string().nullable(),
    docType: z.string().nullable(),
    issuers: z.array(z.string()),
    docNumber: z.string().nullable(),
    issueDate: z.string().nullable(),
    region: z.string().nullable(),
    period: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
    draft: z.boolean(),
  }),
  sections: z.array(z.object({ marker: z.string(), heading: z.string(), level: z.number().int() })),
  tasks: z.array(
    z.object({
      marker: z.string(),
      title: z.string(),
      section: z.string().nullable().optional(),
      units: z.array(GoldUnitSchema),
      targets: z.array(GoldTargetSchema),
      deadlines: z.array(GoldDeadlineSchema),
    }),
  ),
  targets: z.array(GoldTargetSchema),
  deadlines: z.array(GoldDeadlineSchema),
});

export type Gold = z.infer<typeof GoldSchema>;
export type GoldTarget = z.infer<typeof GoldTargetSchema>;
export type GoldDeadline = z.infer<typeof GoldDeadlineSchema>;
export type GoldUnit = z.infer<typeof GoldUnitSchema>;

/** Validates a parsed gold file; a bad gold file is a bug in the gold, so this throws. */
export function parseGold(data: unknown, name = 'gold'): Gold {
  const r = GoldSchema.safeParse(data);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new Error(`${name}: invalid gold file at ${first?.path.join('.') ?? '?'}: ${first?.message ?? 'unknown'}`);
  }
  return r.data;
}

// ---------------------------------------------------------------------------
// Result types

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/**
 * A score is null when there was nothing to judge: precision with no predictions,
 * recall with no gold items, F1 with neither (e.g. units of a document whose tasks
 * matched none). Null scores are shown as `—` and never compared to the baseline.
 */
export interface PRF extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Accuracy {
  correct: number;
  total: number;
  /** `correct / total`, or null when there was nothing to judge (total 0). */
  value: number | null;
}

export type Category = 'sections' | 'tasks' | 'units' | 'targets' | 'deadlines';
export const CATEGORIES: readonly Category[] = ['sections', 'tasks', 'units', 'targets', 'deadlines'];

/** One gold item nobody matched (a miss) or one predicted item that matched no gold (spurious). */
export interface Finding {
  /** The item's own text: heading, task title, unit name, target/deadline text. */
  text: string;
  /** The matching key in readable form (`gte 50 个`, `by 2025-12-31`, `level 2`). */
  key?: string;
  /** Where it sits: the task title for units, targets and deadlines; absent for document level. */
  context?: string;
}

/** A matched pair (or a metadata field) that disagrees on a field scored as an accuracy. */
export interface Mismatch {
  category: Category | 'metadata';
  field: string;
  text: string;
  context?: string;
  expected: unknown;
  actual: unknown;
}

export interface DocumentScore {
  sections: PRF & { level: Accuracy };
  tasks: PRF;
  units: PRF & { role: Accuracy; canonical: Accuracy };
  /** `optionalMatched`: optional gold items matched by a prediction, removed from both sides. */
  targets: PRF & { year: Accuracy; optionalMatched: number };
  deadlines: PRF & { optionalMatched: number };
  metadata: Accuracy;
  misses: Record<Category, Finding[]>;
  spurious: Record<Category, Finding[]>;
  mismatches: Mismatch[];
}

// ---------------------------------------------------------------------------
// Small pure helpers (exported for tests and for the aggregator)

/** P/R/F1 from counts; F1 = 2tp / (2tp + fp + fn), null when all counts are 0. */
export function prf(c: Counts): PRF {
  const precision = c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
  const f1 = c.tp + c.fp + c.fn === 0 ? null : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, value: total === 0 ? null : correct / total };
}

/** Heading normalisation of the gold README: punctuation and spaces removed. */
export function normaliseHeading(s: string): string {
  return s.replace(/[\p{P}\p{Z}\s]/gu, '');
}

/**
 * README section rule: equal normalised headings, or one contains the other and the
 * shorter is at least 4 characters. Empty headings never match.
 * Returns 2 for an exact match, the length ratio (0, 1) for containment, 0 for none.
 */
export function headingMatchScore(gold: string, pred: string): number {
  const a = normaliseHeading(gold);
  const b = normaliseHeading(pred);
  if (a.length === 0 || b.length === 0) return 0;
  if (a === b) return 2;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  // Length in code points, so a character outside the BMP counts once.
  if ([...short].length >= 4 && long.includes(short)) return [...short].length / [...long].length;
  return 0;
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/**
 * Sørensen–Dice coefficient over character-bigram multisets of the two strings after
 * `normaliseHeading` (so PDF spaces and stray punctuation do not count). Strings of
 * fewer than two characters have no bigrams: they score 1 when equal, else 0.
 */
export function bigramDice(x: string, y: string): number {
  const a = normaliseHeading(x);
  const b = normaliseHeading(y);
  if ([...a].length < 2 || [...b].length < 2) return a === b && a.length > 0 ? 1 : 0;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let inter = 0;
  let na = 0;
  let nb = 0;
  for (const n of ga.values()) na += n;
  for (const n of gb.values()) nb += n;
  for (const [g, n] of ga) inter += Math.min(n, gb.get(g) ?? 0);
  return (2 * inter) / (na + nb);
}

/** Task titles match when their bigram Dice similarity is at least this. */
export const TASK_TITLE_THRESHOLD = 0.5;

/** Values are equal within 0.01 % (relative to the larger magnitude); null equals only null. */
export function valuesEqual(a: number | null | undefined, b: number | null | undefined): boolean {
  const x = a ?? null;
  const y = b ?? null;
  if (x === null || y === null) return x === y;
  if (x === y) return true;
  return Math.abs(x - y) <= 1e-4 * Math.max(Math.abs(x), Math.abs(y));
}

function trimOrNull(s: string | null | undefined): string | null {
  return s === null || s === undefined ? null : s.trim();
}

/**
 * Generic one-to-one greedy matching. `score(g, p)` returns null when the pair is not
 * admissible, else a tuple compared lexicographically (higher is better). Position
 * proximity breaks remaining ties, then document order.
 */
export function greedyMatch<G, P>(
  gold: readonly G[],
  pred: readonly P[],
  score: (g: G, p: P) => number[] | null,
): Array<[number, number]> {
  const cands: Array<{ gi: number; pi: number; s: number[]; dist: number }> = [];
  const ng = Math.max(gold.length, 1);
  const np = Math.max(pred.length, 1);
  for (let gi = 0; gi < gold.length; gi++) {
    for (let pi = 0; pi < pred.length; pi++) {
      const s = score(gold[gi], pred[pi]);
      if (s) cands.push({ gi, pi, s, dist: Math.abs(gi / ng - pi / np) });
    }
  }
  cands.sort((a, b) => {
    for (let k = 0; k < Math.max(a.s.length, b.s.length); k++) {
      const d = (b.s[k] ?? 0) - (a.s[k] ?? 0);
      if (d !== 0) return d;
    }
    return a.dist - b.dist || a.gi - b.gi || a.pi - b.pi;
  });
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Array<[number, number]> = [];
  for (const c of cands) {
    if (usedG.has(c.gi) || usedP.has(c.pi)) continue;
    usedG.add(c.gi);
    usedP.add(c.pi);
    pairs.push([c.gi, c.pi]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

// ---------------------------------------------------------------------------
// Keys

interface TargetLike {
  text: string;
  comparator: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  year: number | null;
  relative?: { multiplier: number } | null;
  optional?: boolean;
}

interface DeadlineLike {
  text: string;
  kind: string;
  date: string | null;
  recurrence: string | null;
  optional?: boolean;
}

/** (comparator, value, valueMax, unit, relative.multiplier), values within 0.01 %. */
export function targetKeysEqual(g: TargetLike, p: TargetLike): boolean {
  return (
    g.comparator === p.comparator &&
    valuesEqual(g.value, p.value) &&
    valuesEqual(g.valueMax, p.valueMax) &&
    trimOrNull(g.unit) === trimOrNull(p.unit) &&
    valuesEqual(g.relative?.multiplier, p.relative?.multiplier)
  );
}

export function targetKeyText(t: TargetLike): string {
  const v = t.valueMax !== null && t.valueMax !== undefined ? `${t.value}–${t.valueMax}` : `${t.value}`;
  const rel = t.relative ? ` ×${t.relative.multiplier}` : '';
  return `${t.comparator} ${v}${t.unit ? ' ' + t.unit : ''}${rel}`;
}

/** A deadline's second key field: the recurrence for `recurring`, else the date. */
function deadlineWhen(d: DeadlineLike): string | null {
  return d.kind === 'recurring' ? d.recurrence : d.date;
}

export function deadlineKeysEqual(g: DeadlineLike, p: DeadlineLike): boolean {
  return g.kind === p.kind && deadlineWhen(g) === deadlineWhen(p);
}

export function deadlineKeyText(d: DeadlineLike): string {
  return `${d.kind} ${deadlineWhen(d) ?? '∅'}`;
}

// ---------------------------------------------------------------------------
// Category scorers

function emptyLists(): Record<Category, Finding[]> {
  return { sections: [], tasks: [], units: [], targets: [], deadlines: [] };
}

interface Located<T> {
  item: T;
  /** Task title, or undefined for document-level items. */
  context?: string;
}

function scoreSections(gold: Gold, pred: ScorablePrediction, out: DocumentScore): void {
  const g = gold.sections;
  const p = pred.sections;
  const pairs = greedyMatch(g, p, (a, b) => {
    const s = headingMatchScore(a.heading, b.heading);
    return s > 0 ? [s, a.level === b.level ? 1 : 0] : null;
  });
  const mg = new Set(pairs.map(([a]) => a));
  const mp = new Set(pairs.map(([, b]) => b));
  let levelOk = 0;
  for (const [gi, pi] of pairs) {
    if (g[gi].level === p[pi].level) levelOk++;
    else
      out.mismatches.push({
        category: 'sections',
        field: 'level',
        text: g[gi].heading,
        expected: g[gi].level,
        actual: p[pi].level,
      });
  }
  g.forEach((s, i) => {
    if (!mg.has(i)) out.misses.sections.push({ text: s.heading, key: `${s.marker || '∅'} level ${s.level}` });
  });
  p.forEach((s, i) => {
    if (!mp.has(i)) out.spurious.sections.push({ text: s.heading, key: `${s.marker || '∅'} level ${s.level}` });
  });
  out.sections = {
    ...prf({ tp: pairs.length, fp: p.length - pairs.length, fn: g.length - pairs.length }),
    level: accuracy(levelOk, pairs.length),
  };
}

function scoreUnits(
  gold: Gold,
  pred: ScorablePrediction,
  taskPairs: Array<[number, number]>,
  out: DocumentScore,
): void {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let roleOk = 0;
  let canonOk = 0;
  let judged = 0;
  for (const [gi, pi] of taskPairs) {
    const gt = gold.tasks[gi];
    const pt = pred.tasks[pi];
    const gByName = new Map<string, GoldUnit>();
    for (const u of gt.units) if (!gByName.has(u.name.trim())) gByName.set(u.name.trim(), u);
    const pByName = new Map<string, Task['units'][number]>();
    for (const u of pt.units) if (!pByName.has(u.name.trim())) pByName.set(u.name.trim(), u);
    for (const [name, gu] of gByName) {
      const pu = pByName.get(name);
      if (!pu) {
        fn++;
        out.misses.units.push({ text: name, key: gu.role, context: gt.title });
        continue;
      }
      tp++;
      judged++;
      if (gu.role === pu.role) roleOk++;
      else out.mismatches.push({ category: 'units', field: 'role', text: name, context: gt.title, expected: gu.role, actual: pu.role });
      if (gu.canonical.trim() === pu.canonical.trim()) canonOk++;
      else
        out.mismatches.push({
          category: 'units',
          field: 'canonical',
          text: name,
          context: gt.title,
          expected: gu.canonical,
          actual: pu.canonical,
        });
    }
    for (const [name, pu] of pByName) {
      if (gByName.has(name)) continue;
      fp++;
      out.spurious.units.push({ text: name, key: pu.role, context: gt.title });
    }
  }
  out.units = { ...prf({ tp, fp, fn }), role: accuracy(roleOk, judged), canonical: accuracy(canonOk, judged) };
}

/**
 * Shared matcher for targets and deadlines, which both drop optional gold items.
 * Pairs with a non-optional gold item are preferred (a prediction is credited to a real
 * target before an optional reading of the same numbers), then the closer text.
 */
function matchWithOptional<GT extends { text: string; optional?: boolean }, PT extends { text: string }>(
  gold: Located<GT>[],
  pred: Located<PT>[],
  keysEqual: (g: GT, p: PT) => boolean,
): { pairs: Array<[number, number]>; optionalPairs: Array<[number, number]> } {
  const all = greedyMatch(gold, pred, (g, p) =>
    keysEqual(g.item, p.item) ? [g.item.optional ? 0 : 1, bigramDice(g.item.text, p.item.text)] : null,
  );
  return {
    pairs: all.filter(([gi]) => !gold[gi].item.optional),
    optionalPairs: all.filter(([gi]) => gold[gi].item.optional === true),
  };
}

function scoreTargets(gold: Gold, pred: ScorablePrediction, out: DocumentScore): void {
  const g: Located<GoldTarget>[] = [
    ...gold.tasks.flatMap((t) => t.targets.map((item) => ({ item, context: t.title }))),
    ...gold.targets.map((item) => ({ item })),
  ];
  const p: Located<Target>[] = [
    ...pred.tasks.flatMap((t) => t.targets.map((item) => ({ item, context: t.title }))),
    ...pred.targets.map((item) => ({ item })),
  ];
  const { pairs, optionalPairs } = matchWithOptional(g, p, targetKeysEqual);
  const mg = new Set([...pairs, ...optionalPairs].map(([a]) => a));
  const mp = new Set([...pairs, ...optionalPairs].map(([, b]) => b));
  let yearOk = 0;
  for (const [gi, pi] of pairs) {
    if (g[gi].item.year === p[pi].item.year) yearOk++;
    else
      out.mismatches.push({
        category: 'targets',
        field: 'year',
        text: g[gi].item.text,
        context: g[gi].context,
        expected: g[gi].item.year,
        actual: p[pi].item.year,
      });
  }
  let fn = 0;
  g.forEach((t, i) => {
    if (mg.has(i) || t.item.optional) return;
    fn++;
    out.misses.targets.push({ text: t.item.text, key: targetKeyText(t.item), context: t.context });
  });
  p.forEach((t, i) => {
    if (mp.has(i)) return;
    out.spurious.targets.push({ text: t.item.text, key: targetKeyText(t.item), context: t.context });
  });
  out.targets = {
    ...prf({ tp: pairs.length, fp: p.length - mp.size, fn }),
    year: accuracy(yearOk, pairs.length),
    optionalMatched: optionalPairs.length,
  };
}

function scoreDeadlines(gold: Gold, pred: ScorablePrediction, out: DocumentScore): void {
  const g: Located<GoldDeadline>[] = [
    ...gold.tasks.flatMap((t) => t.deadlines.map((item) => ({ item, context: t.title }))),
    ...gold.deadlines.map((item) => ({ item })),
  ];
  const p: Located<Deadline>[] = [
    ...pred.tasks.flatMap((t) => t.deadlines.map((item) => ({ item, context: t.title }))),
    ...pred.deadlines.map((item) => ({ item })),
  ];
  const { pairs, optionalPairs } = matchWithOptional(g, p, deadlineKeysEqual);
  const mg = new Set([...pairs, ...optionalPairs].map(([a]) => a));
  const mp = new Set([...pairs, ...optionalPairs].map(([, b]) => b));
  let fn = 0;
  g.forEach((d, i) => {
    if (mg.has(i) || d.item.optional) return;
    fn++;
    out.misses.deadlines.push({ text: d.item.text, key: deadlineKeyText(d.item), context: d.context });
  });
  p.forEach((d, i) => {
    if (mp.has(i)) return;
    out.spurious.deadlines.push({ text: d.item.text, key: deadlineKeyText(d.item), context: d.context });
  });
  out.deadlines = {
    ...prf({ tp: pairs.length, fp: p.length - mp.size, fn }),
    optionalMatched: optionalPairs.length,
  };
}

export const METADATA_FIELDS = [
  'title',
  'docType',
  'issuers',
  'docNumber',
  'issueDate',
  'region',
  'period',
  'draft',
] as const satisfies readonly (keyof Metadata)[];

function metadataFieldEqual(field: (typeof METADATA_FIELDS)[number], g: Gold['metadata'], p: Metadata): boolean {
  switch (field) {
    case 'issuers': {
      const a = new Set(g.issuers.map((s) => s.trim()));
      const b = new Set(p.issuers.map((s) => s.trim()));
      return a.size === b.size && [...a].every((s) => b.has(s));
    }
    case 'period':
      return g.period === null || p.period === null
        ? g.period === p.period
        : g.period.start === p.period.start && g.period.end === p.period.end;
    case 'draft':
      return g.draft === p.draft;
    default:
      return trimOrNull(g[field]) === trimOrNull(p[field]);
  }
}

function scoreMetadata(gold: Gold, pred: ScorablePrediction, out: DocumentScore): void {
  let ok = 0;
  for (const field of METADATA_FIELDS) {
    if (metadataFieldEqual(field, gold.metadata, pred.metadata)) ok++;
    else
      out.mismatches.push({
        category: 'metadata',
        field,
        text: field,
        expected: gold.metadata[field],
        actual: pred.metadata[field],
      });
  }
  out.metadata = accuracy(ok, METADATA_FIELDS.length);
}

// ---------------------------------------------------------------------------
// Entry point

/**
 * The part of a `PolicyDocument` the scorer reads. Output files are scored even when
 * they fail schema validation, so only these fields are required.
 */
export type ScorablePrediction = Pick<PolicyDocument, 'metadata' | 'sections' | 'tasks' | 'targets' | 'deadlines'>;

export function scoreDocument(pred: ScorablePrediction, gold: Gold): DocumentScore {
  const p = pred;
  const zero = prf({ tp: 0, fp: 0, fn: 0 });
  const out: DocumentScore = {
    sections: { ...zero, level: accuracy(0, 0) },
    tasks: zero,
    units: { ...zero, role: accuracy(0, 0), canonical: accuracy(0, 0) },
    targets: { ...zero, year: accuracy(0, 0), optionalMatched: 0 },
    deadlines: { ...zero, optionalMatched: 0 },
    metadata: accuracy(0, 0),
    misses: emptyLists(),
    spurious: emptyLists(),
    mismatches: [],
  };

  scoreSections(gold, p, out);

  const taskPairs = greedyMatch(gold.tasks, p.tasks, (a, b) => {
    const s = bigramDice(a.title, b.title);
    return s >= TASK_TITLE_THRESHOLD ? [s] : null;
  });
  const mg = new Set(taskPairs.map(([a]) => a));
  const mp = new Set(taskPairs.map(([, b]) => b));
  gold.tasks.forEach((t, i) => {
    if (!mg.has(i)) out.misses.tasks.push({ text: t.title, key: t.marker || undefined, context: t.section ?? undefined });
  });
  p.tasks.forEach((t, i) => {
    if (!mp.has(i)) out.spurious.tasks.push({ text: t.title, key: t.marker || undefined });
  });
  out.tasks = prf({ tp: taskPairs.length, fp: p.tasks.length - taskPairs.length, fn: gold.tasks.length - taskPairs.length });

  scoreUnits(gold, p, taskPairs, out);
  scoreTargets(gold, p, out);
  scoreDeadlines(gold, p, out);
  scoreMetadata(gold, p, out);
  return out;
}

/** An empty prediction: what a missing output is scored as. */
export function emptyPrediction(): ScorablePrediction {
  return {
    metadata: emptyMetadata(),
    sections: [],
    tasks: [],
    targets: [],
    deadlines: [],
  };
}

/** A gold document with no output: every item is a miss, every metadata field wrong. */
export function scoreMissing(gold: Gold): DocumentScore {
  const s = scoreDocument(emptyPrediction(), gold);
  s.metadata = accuracy(0, METADATA_FIELDS.length);
  s.mismatches = METADATA_FIELDS.map((field) => ({
    category: 'metadata' as const,
    field,
    text: field,
    expected: gold.metadata[field],
    actual: undefined,
  }));
  return s;
}
