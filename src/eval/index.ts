/**
 * `policy-extract eval`: scores an output folder against the gold files and guards
 * against regressions with a committed baseline (tests/gold/baseline.json).
 *
 * Scores are per document × format (`suzhou-cultural-creative-2023-2025.pdf`), and
 * overall as MICRO averages: tp/fp/fn summed over every document, accuracies over
 * every judged pair. A gold document with no output for a format that is expected
 * counts as all-miss.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DocumentSchema } from '../schema/output.js';
import {
  accuracy,
  CATEGORIES,
  parseGold,
  prf,
  scoreDocument,
  scoreMissing,
  type Accuracy,
  type Category,
  type DocumentScore,
  type Finding,
  type Gold,
  type PRF,
  type ScorablePrediction,
} from './score.js';

export * from './score.js';

export type Format = 'txt' | 'pdf' | 'docx';
export const FORMATS: readonly Format[] = ['txt', 'pdf', 'docx'];

/** The scores the table shows and the baseline guards, in table order. */
export const METRICS = [
  'sections.f1',
  'sections.level',
  'tasks.f1',
  'units.f1',
  'units.role',
  'units.canonical',
  'targets.f1',
  'targets.year',
  'deadlines.f1',
  'metadata',
] as const;
export type MetricName = (typeof METRICS)[number];
/** null: nothing to judge (an accuracy over zero pairs). */
export type FlatScores = Record<MetricName, number | null>;

const COLUMN_TITLES: Record<MetricName, string> = {
  'sections.f1': 'sect F1',
  'sections.level': 'level',
  'tasks.f1': 'task F1',
  'units.f1': 'unit F1',
  'units.role': 'role',
  'units.canonical': 'canon',
  'targets.f1': 'tgt F1',
  'targets.year': 'year',
  'deadlines.f1': 'ddl F1',
  metadata: 'meta',
};

/** Counts without the finding lists: what is summed for the overall row. */
export interface Totals {
  sections: PRF & { level: Accuracy };
  tasks: PRF;
  units: PRF & { role: Accuracy; canonical: Accuracy };
  targets: PRF & { year: Accuracy; optionalMatched: number };
  deadlines: PRF & { optionalMatched: number };
  metadata: Accuracy;
}

export interface DocumentResult {
  /** `<gold base name>.<format>`, e.g. `suzhou-cultural-creative-2023-2025.pdf`. */
  key: string;
  gold: string;
  format: Format;
  /** The output JSON scored, or null when the document is missing. */
  output: string | null;
  missing: boolean;
  /** Non-fatal problems with the output file (e.g. it fails the current schema). */
  warnings: string[];
  scores: FlatScores;
  score: DocumentScore;
}

export interface EvalReport {
  goldDir: string;
  outDir: string;
  documents: DocumentResult[];
  /** Keys of expected documents with no output (scored as all-miss). */
  missing: string[];
  /** Output files that were not scored, with the reason. */
  ungraded: Array<{ path: string; reason: string }>;
  overall: Totals;
  scores: FlatScores;
}

export interface EvaluateOptions {
  goldDir: string;
  outDir: string;
  /**
   * Corpus folder: a gold document is expected in every format present there as
   * `<base>.<format>`. Without it, the formats expected are those seen in the output
   * folder plus the format of the gold's own `file`.
   */
  corpusDir?: string;
}

// ---------------------------------------------------------------------------
// Aggregation

export function totalsOf(s: DocumentScore): Totals {
  return {
    sections: s.sections,
    tasks: s.tasks,
    units: s.units,
    targets: s.targets,
    deadlines: s.deadlines,
    metadata: s.metadata,
  };
}

function sumPrf(xs: PRF[]): PRF {
  return prf({
    tp: xs.reduce((n, x) => n + x.tp, 0),
    fp: xs.reduce((n, x) => n + x.fp, 0),
    fn: xs.reduce((n, x) => n + x.fn, 0),
  });
}

function sumAcc(xs: Accuracy[]): Accuracy {
  return accuracy(
    xs.reduce((n, x) => n + x.correct, 0),
    xs.reduce((n, x) => n + x.total, 0),
  );
}

/** Micro aggregation: counts summed over all documents. */
export function aggregate(all: Totals[]): Totals {
  return {
    sections: { ...sumPrf(all.map((t) => t.sections)), level: sumAcc(all.map((t) => t.sections.level)) },
    tasks: sumPrf(all.map((t) => t.tasks)),
    units: {
      ...sumPrf(all.map((t) => t.units)),
      role: sumAcc(all.map((t) => t.units.role)),
      canonical: sumAcc(all.map((t) => t.units.canonical)),
    },
    targets: {
      ...sumPrf(all.map((t) => t.targets)),
      year: sumAcc(all.map((t) => t.targets.year)),
      optionalMatched: all.reduce((n, t) => n + t.targets.optionalMatched, 0),
    },
    deadlines: {
      ...sumPrf(all.map((t) => t.deadlines)),
      optionalMatched: all.reduce((n, t) => n + t.deadlines.optionalMatched, 0),
    },
    metadata: sumAcc(all.map((t) => t.metadata)),
  };
}

export function flatScores(t: Totals): FlatScores {
  return {
    'sections.f1': t.sections.f1,
    'sections.level': t.sections.level.value,
    'tasks.f1': t.tasks.f1,
    'units.f1': t.units.f1,
    'units.role': t.units.role.value,
    'units.canonical': t.units.canonical.value,
    'targets.f1': t.targets.f1,
    'targets.year': t.targets.year.value,
    'deadlines.f1': t.deadlines.f1,
    metadata: t.metadata.value,
  };
}

// ---------------------------------------------------------------------------
// Reading

/** `corpus/suzhou-cultural-creative-2023-2025.pdf` → `suzhou-cultural-creative-2023-2025`. */
export function goldBaseOf(sourcePath: string): string {
  const base = sourcePath.split(/[\\/]/).pop() ?? sourcePath;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

function formatOf(source: { path?: unknown; format?: unknown }): Format | null {
  if (typeof source.format === 'string' && (FORMATS as readonly string[]).includes(source.format)) {
    return source.format as Format;
  }
  const ext = typeof source.path === 'string' ? source.path.split('.').pop()?.toLowerCase() : undefined;
  return ext && (FORMATS as readonly string[]).includes(ext) ? (ext as Format) : null;
}

export async function loadGoldDir(goldDir: string): Promise<Map<string, Gold>> {
  const golds = new Map<string, Gold>();
  for (const f of (await readdir(goldDir)).sort()) {
    if (!f.endsWith('.gold.json')) continue;
    const raw: unknown = JSON.parse(await readFile(path.join(goldDir, f), 'utf8'));
    golds.set(f.slice(0, -'.gold.json'.length), parseGold(raw, f));
  }
  return golds;
}

function isDocumentLike(x: unknown): x is ScorablePrediction & { schemaVersion: unknown; source: Record<string, unknown> } {
  return (
    typeof x === 'object' &&
    x !== null &&
    'schemaVersion' in x &&
    'source' in x &&
    typeof (x as { source: unknown }).source === 'object' &&
    (x as { source: unknown }).source !== null
  );
}

interface OutputFile {
  file: string;
  mtimeMs: number;
  doc: ScorablePrediction;
  warnings: string[];
}

// ---------------------------------------------------------------------------
// evaluate

export async function evaluate(opts: EvaluateOptions): Promise<EvalReport> {
  const golds = await loadGoldDir(opts.goldDir);
  const ungraded: EvalReport['ungraded'] = [];
  const byKey = new Map<string, OutputFile>();
  const formatsSeen = new Set<Format>();

  for (const f of (await readdir(opts.outDir)).sort()) {
    if (!f.endsWith('.json')) continue;
    const file = path.join(opts.outDir, f);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, 'utf8'));
    } catch (e) {
      ungraded.push({ path: file, reason: `not readable JSON: ${(e as Error).message}` });
      continue;
    }
    if (!isDocumentLike(data)) continue; // run summary or other non-document JSON
    const sourcePath = typeof data.source.path === 'string' ? data.source.path : '';
    const format = formatOf(data.source);
    if (!format) {
      ungraded.push({ path: file, reason: `unknown source format (${sourcePath})` });
      continue;
    }
    formatsSeen.add(format);
    const base = goldBaseOf(sourcePath);
    if (!golds.has(base)) {
      ungraded.push({ path: file, reason: `no gold file ${base}.gold.json` });
      continue;
    }
    const warnings: string[] = [];
    const check = DocumentSchema.safeParse(data);
    if (!check.success) {
      const first = check.error.issues[0];
      warnings.push(`fails the output schema at ${first?.path.join('.') ?? '?'}: ${first?.message ?? ''}`);
    }
    const key = `${base}.${format}`;
    const mtimeMs = (await stat(file)).mtimeMs;
    const prev = byKey.get(key);
    const candidate: OutputFile = { file, mtimeMs, doc: data, warnings };
    if (prev) {
      // Two outputs for one input: score the newer, list the other.
      const [keep, drop] = prev.mtimeMs >= mtimeMs ? [prev, candidate] : [candidate, prev];
      byKey.set(key, keep);
      ungraded.push({ path: drop.file, reason: `older duplicate output for ${key} (scored ${keep.file})` });
    } else {
      byKey.set(key, candidate);
    }
  }

  const documents: DocumentResult[] = [];
  const missing: string[] = [];
  for (const [base, gold] of golds) {
    const expected = new Set<Format>();
    if (opts.corpusDir) {
      for (const fmt of FORMATS) if (existsSync(path.join(opts.corpusDir, `${base}.${fmt}`))) expected.add(fmt);
    } else {
      for (const fmt of formatsSeen) expected.add(fmt);
      const own = formatOf({ path: gold.file });
      if (own) expected.add(own);
    }
    for (const fmt of FORMATS) if (byKey.has(`${base}.${fmt}`)) expected.add(fmt);

    for (const format of FORMATS) {
      if (!expected.has(format)) continue;
      const key = `${base}.${format}`;
      const out = byKey.get(key);
      const score = out ? scoreDocument(out.doc, gold) : scoreMissing(gold);
      if (!out) missing.push(key);
      documents.push({
        key,
        gold: base,
        format,
        output: out?.file ?? null,
        missing: !out,
        warnings: out?.warnings ?? [],
        scores: flatScores(totalsOf(score)),
        score,
      });
    }
  }

  const overall = aggregate(documents.map((d) => totalsOf(d.score)));
  return {
    goldDir: opts.goldDir,
    outDir: opts.outDir,
    documents,
    missing,
    ungraded,
    overall,
    scores: flatScores(overall),
  };
}

// ---------------------------------------------------------------------------
// Printing

function fmtScore(x: number | null): string {
  return x === null ? '—' : x.toFixed(3);
}

/** Aligned columns; a `null` row is a horizontal rule. */
function table(rows: Array<string[] | null>, rightAlignFrom: number): string {
  const body = rows.filter((r): r is string[] => r !== null);
  const widths = body[0].map((_, c) => Math.max(...body.map((r) => [...(r[c] ?? '')].length)));
  const total = widths.reduce((n, w) => n + w, 0) + 2 * (widths.length - 1);
  return rows
    .map((r) =>
      r === null
        ? '-'.repeat(total)
        : r
        .map((cell, c) => {
          const pad = ' '.repeat(widths[c] - [...cell].length);
          return c >= rightAlignFrom ? pad + cell : cell + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** One row per document × format, then the overall (micro) row. */
export function formatReportTable(report: EvalReport): string {
  const header = ['document', ...METRICS.map((m) => COLUMN_TITLES[m])];
  const rows: Array<string[] | null> = [header, null];
  for (const d of report.documents) {
    rows.push([d.missing ? `${d.key} (missing)` : d.key, ...METRICS.map((m) => fmtScore(d.scores[m]))]);
  }
  rows.push(null);
  rows.push(['OVERALL (micro)', ...METRICS.map((m) => fmtScore(report.scores[m]))]);
  const lines = [table(rows, 1)];
  const o = report.overall;
  lines.push(
    '',
    `counts  sections ${o.sections.tp}/${o.sections.fp}/${o.sections.fn}  tasks ${o.tasks.tp}/${o.tasks.fp}/${o.tasks.fn}` +
      `  units ${o.units.tp}/${o.units.fp}/${o.units.fn}  targets ${o.targets.tp}/${o.targets.fp}/${o.targets.fn}` +
      `  deadlines ${o.deadlines.tp}/${o.deadlines.fp}/${o.deadlines.fn}  (tp/fp/fn)`,
  );
  if (report.missing.length) lines.push(`missing outputs (scored as all-miss): ${report.missing.join(', ')}`);
  for (const u of report.ungraded) lines.push(`not scored: ${u.path}: ${u.reason}`);
  for (const d of report.documents) for (const w of d.warnings) lines.push(`warning: ${d.output}: ${w}`);
  return lines.join('\n');
}

function findingLine(f: Finding): string {
  const parts = [f.text || '∅'];
  if (f.key) parts.push(`[${f.key}]`);
  if (f.context) parts.push(`in 「${f.context}」`);
  return parts.join(' ');
}

function show(v: unknown): string {
  return v === undefined ? '∅' : JSON.stringify(v);
}

/** Misses, spurious items and disagreements per document, `limit` per list. */
export function formatMisses(report: EvalReport, opts: { limit?: number } = {}): string {
  const limit = opts.limit ?? 20;
  const out: string[] = [];
  const list = (label: string, items: string[]): void => {
    if (!items.length) return;
    out.push(`  ${label} (${items.length})`);
    for (const s of items.slice(0, limit)) out.push(`    ${s}`);
    if (items.length > limit) out.push(`    … ${items.length - limit} more`);
  };
  for (const d of report.documents) {
    out.push(`== ${d.key}${d.missing ? ' (missing: everything below is a miss)' : ''}`);
    if (d.missing) {
      const n = CATEGORIES.reduce((k, c) => k + d.score.misses[c].length, 0);
      out.push(`  ${n} gold items not produced`);
      continue;
    }
    for (const c of CATEGORIES as readonly Category[]) {
      list(`${c} missed`, d.score.misses[c].map(findingLine));
      list(`${c} spurious`, d.score.spurious[c].map(findingLine));
    }
    list(
      'disagreements',
      d.score.mismatches.map(
        (m) =>
          `${m.category}.${m.field}: ${m.text}${m.context ? ` in 「${m.context}」` : ''}: expected ${show(m.expected)}, got ${show(m.actual)}`,
      ),
    );
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// Baseline

export interface Baseline {
  overall: Partial<Record<MetricName, number | null>>;
  documents?: Record<string, Partial<Record<MetricName, number | null>>>;
}

export interface Drop {
  /** `overall` or a document key. */
  scope: string;
  metric: MetricName;
  baseline: number;
  current: number;
  delta: number;
}

export interface BaselineComparison {
  /** Overall scores that dropped by more than the tolerance: the gate fails. */
  failures: Drop[];
  /** Per-document drops beyond the tolerance: shown, not failing. */
  warnings: Drop[];
  /** Things not compared (a document gone from the report, a score now n/a). */
  notes: string[];
  tolerance: number;
}

const EPS = 1e-9;

function drops(
  scope: string,
  base: Baseline['overall'],
  cur: FlatScores,
  tolerance: number,
  notes: string[],
): Drop[] {
  const out: Drop[] = [];
  for (const m of METRICS) {
    const b = base[m];
    if (b === undefined || b === null) continue;
    const c = cur[m];
    if (c === null) {
      notes.push(`${scope} ${m}: baseline ${b.toFixed(3)}, now nothing to judge`);
      continue;
    }
    if (b - c > tolerance + EPS) out.push({ scope, metric: m, baseline: b, current: c, delta: c - b });
  }
  return out;
}

export function compareToBaseline(report: EvalReport, baseline: Baseline, tolerance = 0.005): BaselineComparison {
  const notes: string[] = [];
  const failures = drops('overall', baseline.overall ?? {}, report.scores, tolerance, notes);
  const warnings: Drop[] = [];
  const byKey = new Map(report.documents.map((d) => [d.key, d]));
  for (const [key, base] of Object.entries(baseline.documents ?? {})) {
    const d = byKey.get(key);
    if (!d) {
      notes.push(`${key}: in the baseline but not evaluated`);
      continue;
    }
    warnings.push(...drops(key, base, d.scores, tolerance, notes));
  }
  return { failures, warnings, notes, tolerance };
}

export function formatComparison(c: BaselineComparison): string {
  const line = (d: Drop): string =>
    `  ${d.scope} ${d.metric}: ${d.baseline.toFixed(3)} → ${d.current.toFixed(3)} (${d.delta.toFixed(3)})`;
  const out: string[] = [];
  if (c.failures.length) {
    out.push(`FAIL: overall scores dropped more than ${c.tolerance} below the baseline:`, ...c.failures.map(line));
  } else {
    out.push(`baseline: no overall score dropped more than ${c.tolerance}`);
  }
  if (c.warnings.length) out.push('warning: per-document drops:', ...c.warnings.map(line));
  for (const n of c.notes) out.push(`note: ${n}`);
  return out.join('\n');
}

function round4(x: number | null): number | null {
  return x === null ? null : Math.round(x * 1e4) / 1e4;
}

function roundScores(s: FlatScores): Record<MetricName, number | null> {
  return Object.fromEntries(METRICS.map((m) => [m, round4(s[m])])) as Record<MetricName, number | null>;
}

export function baselineOf(report: EvalReport): Baseline & { note: string } {
  return {
    note: 'Overall (micro) scores guarded by `eval --check`. Raise only deliberately, with `eval --write-baseline`, in a reviewed commit.',
    overall: roundScores(report.scores),
    documents: Object.fromEntries(report.documents.map((d) => [d.key, roundScores(d.scores)])),
  };
}

export async function readBaseline(file: string): Promise<Baseline> {
  const data = JSON.parse(await readFile(file, 'utf8')) as Baseline;
  if (typeof data !== 'object' || data === null || typeof data.overall !== 'object') {
    throw new Error(`${file}: not a baseline file (no "overall" object)`);
  }
  return data;
}

// ---------------------------------------------------------------------------
// Command

export interface RunEvalOptions {
  goldDir: string;
  outDir: string;
  /** See `EvaluateOptions.corpusDir`. */
  corpusDir?: string;
  /** Print the machine-readable report (with the baseline comparison) instead of tables. */
  json?: boolean;
  /** Default: `<goldDir>/baseline.json`. */
  baselinePath?: string;
  /** Exit 1 when an overall score dropped more than `tolerance` below the baseline. */
  check?: boolean;
  /** Write the current overall and per-document scores to the baseline file. */
  writeBaseline?: boolean;
  /** Default 0.005. */
  tolerance?: number;
  /** Also print misses and spurious items, this many per list (true: 20). */
  misses?: number | boolean;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

/**
 * Exit codes: 0 ok; 1 `check` and an overall score dropped more than the tolerance;
 * 2 the evaluation could not run (missing folder, bad gold, no baseline to check against).
 */
export async function runEval(opts: RunEvalOptions): Promise<number> {
  const stdout = opts.stdout ?? ((s: string) => void process.stdout.write(s.endsWith('\n') ? s : s + '\n'));
  const stderr = opts.stderr ?? ((s: string) => void process.stderr.write(s.endsWith('\n') ? s : s + '\n'));
  const tolerance = opts.tolerance ?? 0.005;
  const baselinePath = opts.baselinePath ?? path.join(opts.goldDir, 'baseline.json');

  for (const [label, dir] of [
    ['gold folder', opts.goldDir],
    ['output folder', opts.outDir],
  ] as const) {
    if (!existsSync(dir)) {
      stderr(`eval: ${label} ${dir} does not exist`);
      return 2;
    }
  }

  let report: EvalReport;
  try {
    report = await evaluate({ goldDir: opts.goldDir, outDir: opts.outDir, corpusDir: opts.corpusDir });
  } catch (e) {
    stderr(`eval: ${(e as Error).message}`);
    return 2;
  }

  let comparison: BaselineComparison | null = null;
  if (existsSync(baselinePath)) {
    try {
      comparison = compareToBaseline(report, await readBaseline(baselinePath), tolerance);
    } catch (e) {
      stderr(`eval: cannot read baseline: ${(e as Error).message}`);
      if (opts.check) return 2;
    }
  } else if (opts.check) {
    stderr(`eval: no baseline at ${baselinePath}; create one with --write-baseline`);
    return 2;
  }

  if (opts.json) {
    stdout(JSON.stringify({ ...report, comparison }, null, 2));
  } else {
    stdout(formatReportTable(report));
    if (opts.misses) {
      stdout('');
      stdout(formatMisses(report, { limit: typeof opts.misses === 'number' ? opts.misses : 20 }));
    }
    if (comparison) {
      stdout('');
      stdout(formatComparison(comparison));
    }
  }

  if (opts.writeBaseline) {
    if (comparison?.failures.length) {
      stderr(`eval: writing a baseline LOWER than the previous one for: ${comparison.failures.map((d) => d.metric).join(', ')}`);
    }
    await writeFile(baselinePath, JSON.stringify(baselineOf(report), null, 2) + '\n', 'utf8');
    stderr(`eval: baseline written to ${baselinePath}`);
  }

  return opts.check && comparison && comparison.failures.length > 0 ? 1 : 0;
}
