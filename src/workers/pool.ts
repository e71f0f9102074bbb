/**
 * Documents are extracted in worker threads (both cores busy); the caller keeps
 * one writer. Each job has a time limit: a worker that overruns it is terminated
 * and replaced, and the document gets an error instead of hanging the batch.
 * When running from TypeScript sources (tests), jobs run in-process.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { Worker } from 'node:worker_threads';
import { message } from '../core/messages.js';
import { documentId, sha256 } from '../core/ids.js';
import { addTerms, emptyDocument, formatOf, processDocument, timed, type PipelineOptions, type PipelineResult } from '../pipeline.js';
import { codeFingerprint } from '../ruleset/load.js';
import type { RuleSet } from '../ruleset/registry.js';
import { idfForThreads, jiebaSharedByThreads } from '../tasks/keywords.js';
import type { JobMessage, ResultMessage, WorkerInit } from './protocol.js';

export interface Extractor {
  extract(path: string, bytes: Uint8Array): Promise<PipelineResult>;
  close(): Promise<void>;
  readonly threads: number;
}

export function createExtractor(rules: RuleSet, threads: number, options: PipelineOptions, timeoutMs: number): Extractor {
  const workerFile = fileURLToPath(new URL('./extract-worker.js', import.meta.url));
  // one thread is still a worker thread: only a worker can be stopped inside pdf.js's synchronous parsing
  if (!existsSync(workerFile)) return inProcess(rules, options, timeoutMs);
  return new WorkerPool(workerFile, { rulesDir: rules.dir, codeFingerprint: codeFingerprint() }, threads, options, timeoutMs, rules);
}

function timeoutResult(path: string, bytes: Uint8Array, rulesVersion: string, timeoutMs: number): PipelineResult {
  const hash = sha256(bytes);
  const source = { path, format: formatOf(path) ?? ('other' as const), sha256: hash, bytes: bytes.length, pages: null, encoding: null };
  const reason = `time limit exceeded (${Math.round(timeoutMs / 1000)} s per document)`;
  return { failed: true, doc: emptyDocument(documentId(hash), rulesVersion, source, [message('error', 'ingest', 'limits/time', reason)]) };
}

function crashResult(path: string, bytes: Uint8Array, rulesVersion: string, error: string): PipelineResult {
  const hash = sha256(bytes);
  const source = { path, format: formatOf(path) ?? ('other' as const), sha256: hash, bytes: bytes.length, pages: null, encoding: null };
  const first = error.split('\n')[0];
  return {
    failed: true,
    doc: emptyDocument(documentId(hash), rulesVersion, source, [message('error', 'ingest', 'pipeline/crash', `internal error: ${first}`)]),
  };
}

/** Single-threaded: still bounded by the time limit for asynchronous stages (PDF parsing yields). */
function inProcess(rules: RuleSet, options: PipelineOptions, timeoutMs: number): Extractor {
  return {
    threads: 1,
    async extract(path, bytes) {
      let timer: NodeJS.Timeout | undefined;
      const limit = new Promise<PipelineResult>((res) => {
        timer = setTimeout(() => res(timeoutResult(path, bytes, rules.version, timeoutMs)), timeoutMs);
      });
      try {
        return await Promise.race([
          processDocument(path, bytes, rules, options).catch((e: Error) => crashResult(path, bytes, rules.version, e.stack ?? String(e))),
          limit,
        ]);
      } finally {
        clearTimeout(timer);
      }
    },
    async close() {},
  };
}

/** Semi-space size of a worker's young generation (V8's default), in MB. */
const WORKER_SEMI_SPACE_MB = 16;
/** Old-generation cap of a worker, in MB. */
const WORKER_OLD_GENERATION_MB = 1024;

interface Slot {
  worker: Worker;
  busy: boolean;
}

/**
 * Workers are started when a job needs one (a run where every document is unchanged starts none).
 * Task keywords are cut in the workers when nodejieba's threads share one loaded dictionary (the
 * postinstall patch; see {@link jiebaSharedByThreads}): the jieba work is then spread over the
 * cores instead of queueing in the thread that writes. With a stock nodejieba they are cut here,
 * in the calling thread, after the worker's result, so that its dictionaries (254 MB stock) are
 * loaded once per process, not once per worker.
 */
class WorkerPool implements Extractor {
  private readonly slots: Slot[] = [];
  private readonly waiting: ((slot: Slot) => void)[] = [];
  private nextId = 1;
  private readonly keywordsInWorkers = jiebaSharedByThreads();

  constructor(
    private readonly file: string,
    private readonly init: WorkerInit,
    readonly threads: number,
    private readonly options: PipelineOptions,
    private readonly timeoutMs: number,
    private readonly rules: RuleSet,
  ) {}

  private get rulesVersion(): string {
    return this.rules.version;
  }

  /**
   * Worker heaps. pdf.js keeps every document's objects (fonts, cmaps, streams) alive while it reads
   * it, and with small semi-spaces most of them survive two scavenges and are promoted, to be
   * collected by the old generation's far dearer collector: with 8 MB semi-spaces instead of V8's
   * default 16, pdf.js alone took 35 % longer. So workers get {@link WORKER_SEMI_SPACE_MB} MB, while
   * the main thread, which allocates little, runs with the CLI's smaller ones (`src/cli.ts`).
   * `--max-semi-space-size` is process-wide and read when an isolate is created (and, when set,
   * overrides a worker's `resourceLimits`), so it is set for the workers just before they start.
   * The old generation is capped at {@link WORKER_OLD_GENERATION_MB} MB, which keeps V8 collecting
   * early (uncapped, V8 lets a heap grow to four times its live size) and turns a memory bomb into an
   * error for one document.
   */
  private spawn(): Worker {
    v8.setFlagsFromString(`--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`);
    const resourceLimits = { maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB, maxYoungGenerationSizeMb: 3 * WORKER_SEMI_SPACE_MB };
    // workers that cut keywords share this thread's IDF table (12 MB) instead of reading their own
    const workerData: WorkerInit = this.keywordsInWorkers ? { ...this.init, idf: idfForThreads() } : this.init;
    const w = new Worker(this.file, { workerData, resourceLimits });
    w.unref();
    return w;
  }

  private acquire(): Promise<Slot> {
    const free = this.slots.find((s) => !s.busy);
    if (free) {
      free.busy = true;
      return Promise.resolve(free);
    }
    if (this.slots.length < this.threads) {
      const slot = { worker: this.spawn(), busy: true };
      this.slots.push(slot);
      return Promise.resolve(slot);
    }
    return new Promise((res) => this.waiting.push(res));
  }

  private release(slot: Slot): void {
    const next = this.waiting.shift();
    if (next) next(slot);
    else slot.busy = false;
  }

  async extract(path: string, bytes: Uint8Array): Promise<PipelineResult> {
    const result = await this.extractInWorker(path, bytes);
    if (!result.failed && result.doc.tasks.length > 0 && !result.searchTokens) {
      const timings = (result.timings ??= {});
      result.searchTokens = timed(timings, 'keywords', () => addTerms(result.doc, this.rules));
    }
    return result;
  }

  private async extractInWorker(path: string, bytes: Uint8Array): Promise<PipelineResult> {
    const slot = await this.acquire();
    const id = this.nextId++;
    try {
      return await new Promise<PipelineResult>((resolve) => {
        const w = slot.worker;
        const done = (r: PipelineResult) => {
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
          resolve(r);
        };
        const replace = () => {
          w.removeAllListeners();
          void w.terminate();
          slot.worker = this.spawn();
        };
        const timer = setTimeout(() => {
          replace();
          done(timeoutResult(path, bytes, this.rulesVersion, this.timeoutMs));
        }, this.timeoutMs);
        const onMessage = (m: ResultMessage) => {
          if (m.id !== id) return;
          done(m.ok ? m.result : crashResult(path, bytes, this.rulesVersion, m.error));
        };
        const onError = (e: Error) => {
          replace();
          done(crashResult(path, bytes, this.rulesVersion, `worker died: ${e.message}`));
        };
        const onExit = (code: number) => {
          replace();
          done(crashResult(path, bytes, this.rulesVersion, `worker exited with code ${code}`));
        };
        w.on('message', onMessage);
        w.once('error', onError);
        w.once('exit', onExit);
        const job: JobMessage = { id, path, bytes, options: { ...this.options, deferKeywords: !this.keywordsInWorkers } };
        w.postMessage(job);
      });
    } finally {
      this.release(slot);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
