/**
 * `policy-extract run`: every file through the pipeline, one JSON per document,
 * one SQLite database, a summary. One bad file never stops the batch.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import PQueue from 'p-queue';
import cliProgress from 'cli-progress';
import { documentId, sha256 } from './core/ids.js';
import { formatMessage, message } from './core/messages.js';
import { collectFiles } from './files.js';
import { DEFAULT_PIPELINE_OPTIONS, emptyDocument, formatOf, type PipelineOptions, type PipelineResult } from './pipeline.js';
import { createExtractor, type Extractor } from './workers/pool.js';
import type { RuleSet } from './ruleset/registry.js';
import { removeStaleTemps, writeJson } from './write/json.js';
import { acquireDbLock } from './write/lock.js';
import { SqliteWriter } from './write/sqlite.js';

export interface RunOptions {
  paths: string[];
  outDir: string;
  dbFile: string;
  concurrency: number;
  force: boolean;
  quiet: boolean;
  /** Time limit per document, in milliseconds. */
  timeoutMs?: number;
  pipeline?: PipelineOptions;
  /** How long to wait for another run that holds the database, in milliseconds (default 0). */
  lockWaitMs?: number;
  log?: (line: string) => void;
  /** Called after each extracted document is written (benchmark: per-stage times; `writeMs` is JSON + SQLite). */
  onDocument?: (path: string, result: PipelineResult, writeMs: number) => void;
  /** Workers to use, kept open after the batch (watch, bench); by default a pool is started and closed. */
  extractor?: Extractor;
  /** When aborted, documents not yet started are left out; those in flight are finished and written. */
  signal?: AbortSignal;
}

export interface RunSummary {
  documents: number;
  processed: number;
  skipped: number;
  failed: number;
  tasks: number;
  targets: number;
  units: number;
  errors: number;
  failuresByReason: Record<string, number>;
  failures: { path: string; reason: string }[];
  seconds: number;
}

export async function runBatch(opts: RunOptions, rules: RuleSet): Promise<RunSummary> {
  const t0 = performance.now();
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const { files, missing } = collectFiles(opts.paths);
  const summary: RunSummary = {
    documents: files.length, processed: 0, skipped: 0, failed: 0, tasks: 0, targets: 0, units: 0, errors: 0,
    failuresByReason: {}, failures: [], seconds: 0,
  };
  for (const m of missing) {
    summary.failed++;
    summary.failures.push({ path: m, reason: 'no such file or folder' });
    summary.failuresByReason['no such file or folder'] = (summary.failuresByReason['no such file or folder'] ?? 0) + 1;
  }
  // one run per database: throws LockHeldError when another live run keeps it past the wait
  const lock = await acquireDbLock(opts.dbFile, { waitMs: opts.lockWaitMs ?? 0 });
  let writer: SqliteWriter;
  try {
    writer = new SqliteWriter(opts.dbFile, rules, { groupCommit: true });
  } catch (e) {
    lock.release();
    throw e;
  }
  for (const name of removeStaleTemps(opts.outDir)) log(`${join(opts.outDir, name)}: removed (left by a run that was killed while writing it)`);
  // one query for the batch instead of one per file (the no-op re-run is mostly this check)
  const stored = opts.force ? new Map<string, { version: string; path: string }>() : writer.storedVersions();
  const bar =
    !opts.quiet && process.stderr.isTTY
      ? new cliProgress.SingleBar({ format: '{bar} {value}/{total} {file}', hideCursor: true }, cliProgress.Presets.shades_classic)
      : null;
  bar?.start(files.length, 0, { file: '' });
  const threads = Math.max(1, opts.concurrency);
  const pipelineOptions = opts.pipeline ?? DEFAULT_PIPELINE_OPTIONS;
  const extractor = opts.extractor ?? createExtractor(rules, threads, pipelineOptions, opts.timeoutMs ?? 60_000);
  // twice as many jobs in flight as threads, so reading the next file overlaps extraction
  const queue = new PQueue({ concurrency: threads * 2 });
  try {
    await Promise.all(
      files.map((path) =>
        queue.add(async () => {
          if (opts.signal?.aborted) return;
          let bytes: Uint8Array | null = null;
          let refused: PipelineResult | null = null;
          try {
            // a file over the size limit is never read into memory (only hashed, for its id)
            if (statSync(path).size > pipelineOptions.maxBytes) refused = tooLarge(path, pipelineOptions.maxBytes, rules.version);
            else bytes = readFileSync(path);
          } catch (e) {
            recordFailure(path, `cannot read file: ${(e as Error).message}`);
            return;
          }
          if (bytes) {
            const id = documentId(sha256(bytes));
            if (!opts.force && unchanged(stored.get(id), path) && existsSync(join(opts.outDir, `${id}.json`))) {
              summary.skipped++;
              tick(path, 'unchanged, skipped');
              return;
            }
          }
          const result = refused ?? (await extractor.extract(path, bytes!));
          const { doc, failed } = result;
          const tw = performance.now();
          writeJson(opts.outDir, doc);
          writer.writeDocument(doc, failed, result.searchTokens);
          opts.onDocument?.(path, result, performance.now() - tw);
          summary.processed++;
          summary.errors += doc.errors.filter((e) => e.severity === 'error').length;
          if (failed) {
            recordFailure(path, doc.errors.find((e) => e.severity === 'error')?.reason ?? 'failed');
            return;
          }
          summary.tasks += doc.tasks.length;
          summary.targets += doc.targets.length + doc.tasks.reduce((n, t) => n + t.targets.length, 0);
          summary.units += doc.tasks.reduce((n, t) => n + t.units.length, 0);
          for (const m of doc.errors) if (m.severity !== 'info' && !opts.quiet) log(formatMessage(path, m));
          tick(path, `${doc.tasks.length} tasks, ${doc.targets.length + doc.tasks.reduce((n, t) => n + t.targets.length, 0)} targets`);
        }),
      ),
    );
  } finally {
    bar?.stop();
    writer.close();
    if (!opts.extractor) await extractor.close();
    lock.release();
  }
  summary.seconds = (performance.now() - t0) / 1000;
  return summary;

  /**
   * Extracted with these rules, from this file or from a copy that is still there (identical
   * bytes are one document). A file moved or renamed is extracted again: its path is in the output.
   */
  function unchanged(was: { version: string; path: string } | undefined, path: string): boolean {
    return was !== undefined && was.version === rules.version && (was.path === path || existsSync(was.path));
  }

  function tick(path: string, what: string) {
    if (bar) bar.increment(1, { file: path });
    else if (!opts.quiet) log(`${path}: ${what}`);
  }
  function recordFailure(path: string, reason: string) {
    summary.failed++;
    summary.failures.push({ path, reason });
    const key = reason.replace(/\s*\(.*\)$/u, '').replace(/:.*$/u, '');
    summary.failuresByReason[key] = (summary.failuresByReason[key] ?? 0) + 1;
    if (bar) bar.increment(1, { file: path });
    log(`${path}: error: ${reason}`);
  }
}

/** The failed result of a file over the size limit, with the id its content would have. */
function tooLarge(path: string, maxBytes: number, rulesVersion: string): PipelineResult {
  const hash = createHash('sha256');
  const buf = Buffer.alloc(1 << 20);
  let size = 0;
  const fd = openSync(path, 'r');
  try {
    for (let n; (n = readSync(fd, buf, 0, buf.length, null)) > 0; size += n) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  const sha = hash.digest('hex');
  const source = { path, format: formatOf(path) ?? ('other' as const), sha256: sha, bytes: size, pages: null, encoding: null };
  const reason = `file too large (${size} bytes > ${maxBytes})`;
  return { failed: true, doc: emptyDocument(documentId(sha), rulesVersion, source, [message('error', 'ingest', 'ingest/too-large', reason)]) };
}

export function formatSummary(s: RunSummary): string {
  const lines = [
    `documents: ${s.documents} (processed ${s.processed}, unchanged ${s.skipped}, failed ${s.failed})`,
    `tasks: ${s.tasks}  targets: ${s.targets}  units: ${s.units}  errors: ${s.errors}`,
    `time: ${s.seconds.toFixed(2)} s`,
  ];
  if (s.failed) {
    lines.push('failures by reason:');
    for (const [r, n] of Object.entries(s.failuresByReason)) lines.push(`  ${n} × ${r}`);
    for (const f of s.failures) lines.push(`  ${f.path}: ${f.reason}`);
  }
  return lines.join('\n');
}
