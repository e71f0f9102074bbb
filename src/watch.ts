/**
 * `policy-extract watch DIR`: ingests plans as they land in a folder, with the same outputs as
 * `run` (one JSON per document, the SQLite database), until stopped.
 *
 * - At start the whole folder is processed once (unchanged documents are skipped, as in `run`).
 * - Then new and changed files are noticed with `fs.watch` (recursive; on Linux since Node 20), or,
 *   where that is unavailable or with `poll`, by listing the folder every `pollMs`. A folder that
 *   appears is listed at once and twice more shortly after (files written into it before its own
 *   watch was in place raise no event), and the whole folder is listed every `rescanMs` in case
 *   events were lost. Events are debounced; a file is read only once its size and modification time
 *   have stayed the same for `stableMs`, so a file still being copied in is not read half-written.
 * - Hidden files, Office lock files (`~$…`) and files that are not .txt/.pdf/.docx are ignored, so
 *   partial downloads (`plan.pdf.part`) never become failed documents.
 * - Each settled set of files is one `runBatch` (the database lock is taken per batch, so `run`
 *   can use the same database between arrivals); a changed file replaces its document's rows.
 * - Aborting `signal` (SIGINT/SIGTERM in the CLI) stops watching; the batch in progress finishes
 *   the documents already being extracted, leaves out the rest, writes and closes the database.
 */
import { watch, statSync, type FSWatcher } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { collectFiles } from './files.js';
import { formatOf } from './pipeline.js';
import type { RuleSet } from './ruleset/registry.js';
import { runBatch, type RunOptions, type RunSummary } from './run.js';
import { LockHeldError } from './write/lock.js';

export interface WatchOptions extends Omit<RunOptions, 'paths' | 'signal'> {
  dir: string;
  signal: AbortSignal;
  /** List the folder every `pollMs` instead of using fs.watch. */
  poll?: boolean;
  /** Interval of the folder listing (poll mode), in milliseconds. Default 1000. */
  pollMs?: number;
  /** Quiet time after the last event before files are looked at, in milliseconds. Default 300. */
  debounceMs?: number;
  /** How long size and modification time must stay unchanged before a file is read, in milliseconds. Default 500. */
  stableMs?: number;
  /** With fs.watch: list the whole folder this often anyway, in milliseconds. Default 30000. */
  rescanMs?: number;
  /** After each batch (the initial one included). */
  onBatch?: (summary: RunSummary, files: string[]) => void;
}

interface Seen {
  size: number;
  mtimeMs: number;
}

/** Runs until `opts.signal` is aborted. */
export async function watchFolder(opts: WatchOptions, rules: RuleSet): Promise<void> {
  const dir = resolve(opts.dir);
  const log = opts.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const debounceMs = opts.debounceMs ?? 300;
  const stableMs = opts.stableMs ?? 500;
  const pollMs = opts.pollMs ?? 1000;
  const { signal } = opts;
  /** Size and mtime of every file as last handed to runBatch. */
  const done = new Map<string, Seen>();
  /** Files waiting to settle: their size and mtime when last looked at. */
  const pending = new Map<string, Seen | null>();
  let timer: NodeJS.Timeout | undefined;
  const timers = new Set<NodeJS.Timeout>();
  let busy: Promise<void> = Promise.resolve();

  const eligible = (path: string) => {
    const name = basename(path);
    return !name.startsWith('.') && !name.startsWith('~$') && formatOf(path) !== null;
  };
  const stat = (path: string): (Seen & { dir: boolean }) | null => {
    try {
      const st = statSync(path);
      return { size: st.size, mtimeMs: st.mtimeMs, dir: st.isDirectory() };
    } catch {
      return null;
    }
  };
  const notice = (path: string) => {
    if (signal.aborted) return;
    const st = stat(path);
    if (st?.dir) {
      // a folder created or moved in: what is in it now, and what lands before its watch is set up
      rescan(path);
      for (const ms of [250, 1000]) {
        const t = setTimeout(() => {
          timers.delete(t);
          rescan(path);
        }, ms);
        timers.add(t);
      }
    } else if (eligible(path)) {
      pending.set(path, pending.get(path) ?? null);
    }
    schedule(debounceMs);
  };
  /** Files under `folder` that are new or changed since they were last handed to runBatch. */
  const rescan = (folder: string) => {
    if (signal.aborted) return;
    let found = false;
    for (const f of collectFiles([folder]).files) {
      if (!eligible(f) || pending.has(f)) continue;
      const st = stat(f);
      const last = done.get(f);
      if (st && !st.dir && (!last || last.size !== st.size || last.mtimeMs !== st.mtimeMs)) {
        pending.set(f, null);
        found = true;
      }
    }
    if (found) schedule(debounceMs);
  };
  const schedule = (ms: number) => {
    if (signal.aborted || pending.size === 0) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      busy = busy.then(settle);
    }, ms);
  };

  /** Files whose size and mtime held since the last look go to one batch; the others are looked at again. */
  async function settle(): Promise<void> {
    if (signal.aborted) return;
    const ready: string[] = [];
    for (const [path, before] of pending) {
      const now = stat(path);
      if (!now || now.dir) {
        pending.delete(path); // removed (or replaced by a folder: noticed through its own events)
        continue;
      }
      const last = done.get(path);
      if (last && last.size === now.size && last.mtimeMs === now.mtimeMs) {
        pending.delete(path); // an event without a change (touch of a parent, our own read)
        continue;
      }
      if (before && before.size === now.size && before.mtimeMs === now.mtimeMs) ready.push(path);
      else pending.set(path, { size: now.size, mtimeMs: now.mtimeMs });
    }
    if (ready.length > 0) {
      for (const p of ready) pending.delete(p);
      await batch(ready);
    }
    schedule(stableMs);
  }

  async function batch(files: string[]): Promise<void> {
    const seen = new Map(files.map((f) => [f, stat(f)] as const));
    try {
      const summary = await runBatch({ ...opts, paths: files, signal, lockWaitMs: opts.lockWaitMs ?? 10 * 60_000 }, rules);
      for (const [f, st] of seen) if (st) done.set(f, { size: st.size, mtimeMs: st.mtimeMs });
      if (!opts.quiet || summary.processed + summary.failed > 0) {
        log(
          `${new Date().toISOString()} ${summary.documents} file(s): processed ${summary.processed}, unchanged ${summary.skipped}, ` +
            `failed ${summary.failed} (${summary.seconds.toFixed(2)} s)`,
        );
      }
      opts.onBatch?.(summary, files);
    } catch (e) {
      if (e instanceof LockHeldError) {
        log(`${e.message}; trying again`);
        for (const f of files) pending.set(f, null);
      } else {
        log(`error: ${(e as Error).message} (${files.length} file(s) not ingested)`);
      }
    }
  }

  // 1. the folder as it is
  const initial = collectFiles([dir]).files.filter(eligible);
  if (initial.length > 0) await batch(initial);
  else log(`${dir}: no documents yet`);
  if (signal.aborted) return;

  // 2. then what lands in it
  let watcher: FSWatcher | undefined;
  let poller: NodeJS.Timeout | undefined;
  const startPolling = (ms: number, quietly = false) => {
    clearInterval(poller);
    poller = setInterval(() => rescan(dir), ms);
    if (!quietly) log(`watching ${dir} (listing it every ${ms} ms)`);
  };
  if (opts.poll) startPolling(pollMs);
  else {
    try {
      watcher = watch(dir, { recursive: true }, (_event, name) => {
        if (name) notice(join(dir, name.toString()));
      });
      watcher.on('error', (e) => {
        log(`fs.watch failed (${e.message}); listing the folder instead`);
        watcher?.close();
        watcher = undefined;
        startPolling(pollMs);
      });
      startPolling(opts.rescanMs ?? 30_000, true); // the safety net for lost events
      log(`watching ${dir}`);
    } catch (e) {
      log(`fs.watch unavailable (${(e as Error).message}); listing the folder instead`);
      startPolling(pollMs);
    }
  }

  await new Promise<void>((res) => {
    if (signal.aborted) res();
    else signal.addEventListener('abort', () => res(), { once: true });
  });
  watcher?.close();
  clearInterval(poller);
  clearTimeout(timer);
  for (const t of timers) clearTimeout(t);
  await busy; // the batch in progress: documents in flight are finished and written
}
