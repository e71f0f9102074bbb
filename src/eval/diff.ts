/**
 * `policy-extract diff`: what changed between two runs, item by item, so a rule change
 * can be reviewed as a diff of extracted tasks, units, targets and deadlines.
 *
 * Both sides are `Snapshot`s: plain rows, produced by a loader. The folder loader
 * (one JSON per document) is here; a SQLite loader only has to build the same rows
 * and be added to `SNAPSHOT_LOADERS`.
 *
 * Keys: documents by id, falling back to source path; tasks by id; units by task id +
 * name; targets and deadlines by span + text. Same key with different fields is a change.
 * When one key occurs several times on a side (one phrase giving two targets), the
 * occurrences pair up in order.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { PolicyDocument } from '../schema/output.js';

// ---------------------------------------------------------------------------
// Snapshot rows

export interface SnapshotSpan {
  start: number;
  end: number;
}

export interface SnapshotTask {
  id: string;
  sectionId: string | null;
  marker: string;
  ordinal: number | null;
  title: string;
  text: string;
}

export interface SnapshotUnit {
  taskId: string;
  name: string;
  raw: string;
  canonical: string;
  role: string;
  kind: string;
}

export interface SnapshotTarget {
  /** null for a document-level target. */
  taskId: string | null;
  text: string;
  span: SnapshotSpan;
  metric: string | null;
  comparator: string;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  year: number | null;
  baseline: { year: number | null; value: number | null } | null;
  relative: { multiplier: number } | null;
  aspirational: boolean;
  recurrence: string | null;
}

export interface SnapshotDeadline {
  taskId: string | null;
  text: string;
  span: SnapshotSpan;
  kind: string;
  date: string | null;
  start: string | null;
  recurrence: string | null;
}

export interface SnapshotDocument {
  id: string;
  sourcePath: string;
  format: string | null;
  tasks: SnapshotTask[];
  units: SnapshotUnit[];
  targets: SnapshotTarget[];
  deadlines: SnapshotDeadline[];
}

export interface Snapshot {
  /** Where it was loaded from (folder or database path). */
  origin: string;
  documents: SnapshotDocument[];
}

export interface SnapshotLoader {
  name: string;
  /** Whether this loader reads `location` (`isDirectory` from a stat of it). */
  accepts(location: string, isDirectory: boolean): boolean;
  load(location: string): Promise<Snapshot>;
}

// ---------------------------------------------------------------------------
// Folder loader

/** The rows of one output JSON document. */
export function snapshotOfDocument(doc: PolicyDocument): SnapshotDocument {
  const target = (taskId: string | null, t: PolicyDocument['targets'][number]): SnapshotTarget => ({
    taskId,
    text: t.text,
    span: { start: t.span.start, end: t.span.end },
    metric: t.metric,
    comparator: t.comparator,
    value: t.value,
    valueMax: t.valueMax,
    unit: t.unit,
    year: t.year,
    baseline: t.baseline,
    relative: t.relative,
    aspirational: t.aspirational,
    recurrence: t.recurrence,
  });
  const deadline = (taskId: string | null, d: PolicyDocument['deadlines'][number]): SnapshotDeadline => ({
    taskId,
    text: d.text,
    span: { start: d.span.start, end: d.span.end },
    kind: d.kind,
    date: d.date,
    start: d.start,
    recurrence: d.recurrence,
  });
  return {
    id: doc.id,
    sourcePath: doc.source.path,
    format: doc.source.format,
    tasks: doc.tasks.map((t) => ({
      id: t.id,
      sectionId: t.sectionId,
      marker: t.marker,
      ordinal: t.ordinal,
      title: t.title,
      text: t.text,
    })),
    units: doc.tasks.flatMap((t) =>
      t.units.map((u) => ({ taskId: t.id, name: u.name, raw: u.raw, canonical: u.canonical, role: u.role, kind: u.kind })),
    ),
    targets: [...doc.tasks.flatMap((t) => t.targets.map((x) => target(t.id, x))), ...doc.targets.map((x) => target(null, x))],
    deadlines: [
      ...doc.tasks.flatMap((t) => t.deadlines.map((x) => deadline(t.id, x))),
      ...doc.deadlines.map((x) => deadline(null, x)),
    ],
  };
}

/** Every `*.json` document (has `schemaVersion` and `source`) in a folder; other JSON is skipped. */
export async function loadFolderSnapshot(dir: string): Promise<Snapshot> {
  const documents: SnapshotDocument[] = [];
  for (const f of (await readdir(dir)).sort()) {
    if (!f.endsWith('.json')) continue;
    let data: unknown;
    try {
      data = JSON.parse(await readFile(path.join(dir, f), 'utf8'));
    } catch {
      continue;
    }
    if (typeof data !== 'object' || data === null || !('schemaVersion' in data) || !('source' in data)) continue;
    const doc = data as PolicyDocument;
    documents.push(
      snapshotOfDocument({
        ...doc,
        tasks: doc.tasks ?? [],
        targets: doc.targets ?? [],
        deadlines: doc.deadlines ?? [],
      }),
    );
  }
  return { origin: dir, documents };
}

/** Loaders tried in order. A SQLite loader goes here when the database writer lands. */
export const SNAPSHOT_LOADERS: SnapshotLoader[] = [
  { name: 'folder', accepts: (_loc, isDir) => isDir, load: loadFolderSnapshot },
];

export async function loadSnapshot(location: string): Promise<Snapshot> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(location)).isDirectory();
  } catch {
    throw new Error(`${location}: does not exist`);
  }
  const loader = SNAPSHOT_LOADERS.find((l) => l.accepts(location, isDirectory));
  if (!loader) {
    throw new Error(
      `${location}: no snapshot loader for this input (supported: ${SNAPSHOT_LOADERS.map((l) => l.name).join(', ')})`,
    );
  }
  return loader.load(location);
}

// ---------------------------------------------------------------------------
// Diff

export type ItemKind = 'tasks' | 'units' | 'targets' | 'deadlines';
export const ITEM_KINDS: readonly ItemKind[] = ['tasks', 'units', 'targets', 'deadlines'];

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

export interface DiffItem {
  key: string;
  /** Readable one-liner: the task title, unit name, or target/deadline text with its reading. */
  label: string;
  /** Title of the task the item belongs to, when it belongs to one. */
  task?: string;
}

export interface ChangedItem extends DiffItem {
  fields: FieldChange[];
}

export interface KindDiff {
  added: DiffItem[];
  removed: DiffItem[];
  changed: ChangedItem[];
}

export interface DocumentDiff {
  id: string;
  sourcePath: string;
  /** `added`/`removed`: the document exists on one side only. */
  status: 'added' | 'removed' | 'changed' | 'unchanged';
  tasks: KindDiff;
  units: KindDiff;
  targets: KindDiff;
  deadlines: KindDiff;
}

export interface OutputDiff {
  old: string;
  new: string;
  documents: DocumentDiff[];
}

const COMPARED: { [K in ItemKind]: string[] } = {
  // Task spans are not compared: any normalisation change moves them all.
  tasks: ['sectionId', 'marker', 'ordinal', 'title', 'text'],
  units: ['raw', 'canonical', 'role', 'kind'],
  targets: [
    'taskId',
    'metric',
    'comparator',
    'value',
    'valueMax',
    'unit',
    'year',
    'baseline',
    'relative',
    'aspirational',
    'recurrence',
  ],
  deadlines: ['taskId', 'kind', 'date', 'start', 'recurrence'],
};

function keyOf(kind: ItemKind, row: object): string {
  switch (kind) {
    case 'tasks':
      return (row as SnapshotTask).id;
    case 'units': {
      const u = row as SnapshotUnit;
      return `${u.taskId}|${u.name}`;
    }
    default: {
      const t = row as SnapshotTarget | SnapshotDeadline;
      return `${t.span.start}-${t.span.end}|${t.text}`;
    }
  }
}

function labelOf(kind: ItemKind, row: object): string {
  switch (kind) {
    case 'tasks': {
      const t = row as SnapshotTask;
      return `${t.marker ? t.marker + ' ' : ''}${t.title}`;
    }
    case 'units': {
      const u = row as SnapshotUnit;
      return `${u.name} (${u.role})`;
    }
    case 'targets': {
      const t = row as SnapshotTarget;
      const v = t.valueMax !== null ? `${t.value}–${t.valueMax}` : `${t.value}`;
      const rel = t.relative ? ` ×${t.relative.multiplier}` : '';
      return `${t.text} [${t.comparator} ${v}${t.unit ? ' ' + t.unit : ''}${rel}, ${t.year ?? '?'}] @${t.span.start}`;
    }
    case 'deadlines': {
      const d = row as SnapshotDeadline;
      return `${d.text} [${d.kind} ${d.kind === 'recurring' ? d.recurrence : d.date}] @${d.span.start}`;
    }
  }
}

/** Keys with an occurrence suffix when one key repeats on a side. */
function keyed(kind: ItemKind, rows: readonly object[]): Map<string, object> {
  const seen = new Map<string, number>();
  const out = new Map<string, object>();
  for (const r of rows) {
    const k = keyOf(kind, r);
    const n = seen.get(k) ?? 0;
    seen.set(k, n + 1);
    out.set(n === 0 ? k : `${k}#${n + 1}`, r);
  }
  return out;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function diffKind(
  kind: ItemKind,
  before: readonly object[],
  after: readonly object[],
  titles: { before: Map<string, string>; after: Map<string, string> },
): KindDiff {
  const a = keyed(kind, before);
  const b = keyed(kind, after);
  const taskOf = (row: object, side: Map<string, string>): string | undefined => {
    if (kind === 'tasks') return undefined;
    const id = (row as { taskId: string | null }).taskId;
    return id === null ? undefined : (side.get(id) ?? id);
  };
  const out: KindDiff = { added: [], removed: [], changed: [] };
  for (const [k, row] of a) {
    const other = b.get(k);
    if (!other) {
      out.removed.push({ key: k, label: labelOf(kind, row), task: taskOf(row, titles.before) });
      continue;
    }
    const fields: FieldChange[] = [];
    for (const f of COMPARED[kind]) {
      const x = (row as Record<string, unknown>)[f];
      const y = (other as Record<string, unknown>)[f];
      if (!same(x, y)) fields.push({ field: f, before: x ?? null, after: y ?? null });
    }
    if (fields.length) out.changed.push({ key: k, label: labelOf(kind, other), task: taskOf(other, titles.after), fields });
  }
  for (const [k, row] of b) {
    if (!a.has(k)) out.added.push({ key: k, label: labelOf(kind, row), task: taskOf(row, titles.after) });
  }
  return out;
}

function emptyDocument(like: SnapshotDocument): SnapshotDocument {
  return { id: like.id, sourcePath: like.sourcePath, format: like.format, tasks: [], units: [], targets: [], deadlines: [] };
}

function diffDocument(before: SnapshotDocument | null, after: SnapshotDocument | null): DocumentDiff {
  const a = before ?? emptyDocument(after!);
  const b = after ?? emptyDocument(before!);
  const titles = {
    before: new Map(a.tasks.map((t) => [t.id, t.title])),
    after: new Map(b.tasks.map((t) => [t.id, t.title])),
  };
  const kinds = {
    tasks: diffKind('tasks', a.tasks, b.tasks, titles),
    units: diffKind('units', a.units, b.units, titles),
    targets: diffKind('targets', a.targets, b.targets, titles),
    deadlines: diffKind('deadlines', a.deadlines, b.deadlines, titles),
  };
  const anyChange = ITEM_KINDS.some(
    (k) => kinds[k].added.length + kinds[k].removed.length + kinds[k].changed.length > 0,
  );
  return {
    id: b.id,
    sourcePath: b.sourcePath,
    status: !before ? 'added' : !after ? 'removed' : anyChange ? 'changed' : 'unchanged',
    ...kinds,
  };
}

/** Pairs documents by id, then the rest by source path, and diffs each pair. */
export function diffOutputs(oldSnap: Snapshot, newSnap: Snapshot): OutputDiff {
  const remainingNew = new Map(newSnap.documents.map((d, i) => [i, d]));
  const pairs: Array<[SnapshotDocument | null, SnapshotDocument | null]> = [];
  const unpairedOld: SnapshotDocument[] = [];
  for (const d of oldSnap.documents) {
    const hit = [...remainingNew].find(([, n]) => n.id === d.id);
    if (hit) {
      remainingNew.delete(hit[0]);
      pairs.push([d, hit[1]]);
    } else unpairedOld.push(d);
  }
  for (const d of unpairedOld) {
    const hit = [...remainingNew].find(([, n]) => n.sourcePath === d.sourcePath);
    if (hit) {
      remainingNew.delete(hit[0]);
      pairs.push([d, hit[1]]);
    } else pairs.push([d, null]);
  }
  for (const n of remainingNew.values()) pairs.push([null, n]);
  const documents = pairs
    .map(([a, b]) => diffDocument(a, b))
    .sort((x, y) => x.sourcePath.localeCompare(y.sourcePath) || x.id.localeCompare(y.id));
  return { old: oldSnap.origin, new: newSnap.origin, documents };
}

/** Loads two locations with `loadSnapshot` and diffs them. */
export async function diffLocations(oldLocation: string, newLocation: string): Promise<OutputDiff> {
  return diffOutputs(await loadSnapshot(oldLocation), await loadSnapshot(newLocation));
}

// ---------------------------------------------------------------------------
// Printing

const SINGULAR: Record<ItemKind, string> = { tasks: 'task', units: 'unit', targets: 'target', deadlines: 'deadline' };

function brief(v: unknown): string {
  const s = JSON.stringify(v ?? null);
  return s.length > 80 ? s.slice(0, 77) + '…' : s;
}

export function formatDiff(diff: OutputDiff, opts: { limit?: number } = {}): string {
  const limit = opts.limit ?? Infinity;
  const out: string[] = [`diff ${diff.old} → ${diff.new}`];
  const totals = Object.fromEntries(ITEM_KINDS.map((k) => [k, { added: 0, removed: 0, changed: 0 }])) as Record<
    ItemKind,
    { added: number; removed: number; changed: number }
  >;
  let changedDocs = 0;
  for (const d of diff.documents) {
    if (d.status === 'unchanged') continue;
    changedDocs++;
    out.push('', `== ${d.sourcePath} (${d.id})${d.status === 'changed' ? '' : ` [document ${d.status}]`}`);
    for (const k of ITEM_KINDS) {
      const kd = d[k];
      totals[k].added += kd.added.length;
      totals[k].removed += kd.removed.length;
      totals[k].changed += kd.changed.length;
      const lines: string[] = [
        ...kd.added.map((i) => `  + ${SINGULAR[k]} ${i.label}${i.task ? ` in 「${i.task}」` : ''}`),
        ...kd.removed.map((i) => `  - ${SINGULAR[k]} ${i.label}${i.task ? ` in 「${i.task}」` : ''}`),
        ...kd.changed.map(
          (i) =>
            `  ~ ${SINGULAR[k]} ${i.label}${i.task ? ` in 「${i.task}」` : ''}: ` +
            i.fields.map((f) => `${f.field} ${brief(f.before)} → ${brief(f.after)}`).join('; '),
        ),
      ];
      out.push(...lines.slice(0, limit));
      if (lines.length > limit) out.push(`  … ${lines.length - limit} more ${k}`);
    }
  }
  out.push(
    '',
    `${changedDocs} of ${diff.documents.length} documents differ; ` +
      ITEM_KINDS.map((k) => `${k} +${totals[k].added} -${totals[k].removed} ~${totals[k].changed}`).join(', '),
  );
  return out.join('\n');
}

// ---------------------------------------------------------------------------
// Command

export interface RunDiffOptions {
  /** Old run: an output folder (a SQLite file once its loader exists). */
  old: string;
  /** New run, same kinds of location. */
  new: string;
  json?: boolean;
  /** Lines per item kind per document (default: all). */
  limit?: number;
  stdout?: (s: string) => void;
  stderr?: (s: string) => void;
}

/** Exit codes: 0 the diff was printed (whether or not anything differs); 2 a side could not be loaded. */
export async function runDiff(opts: RunDiffOptions): Promise<number> {
  const stdout = opts.stdout ?? ((s: string) => void process.stdout.write(s.endsWith('\n') ? s : s + '\n'));
  const stderr = opts.stderr ?? ((s: string) => void process.stderr.write(s.endsWith('\n') ? s : s + '\n'));
  let diff: OutputDiff;
  try {
    diff = await diffLocations(opts.old, opts.new);
  } catch (e) {
    stderr(`diff: ${(e as Error).message}`);
    return 2;
  }
  stdout(opts.json ? JSON.stringify(diff, null, 2) : formatDiff(diff, { limit: opts.limit }));
  return 0;
}
