import type { PipelineOptions, PipelineResult } from '../pipeline.js';
import type { IdfData } from '../tasks/idf.js';

/** Main thread → worker: one document to extract. */
export interface JobMessage {
  id: number;
  path: string;
  bytes: Uint8Array;
  options: PipelineOptions;
}

/** Worker → main thread: the result (or a crash, reported as a value). */
export type ResultMessage =
  | { id: number; ok: true; result: PipelineResult; ms: number }
  | { id: number; ok: false; error: string };

/** Sent once at start-up. */
export interface WorkerInit {
  rulesDir: string;
  /** The main thread's `codeFingerprint()` (src/ruleset/load.ts; part of the rules version). */
  codeFingerprint: string;
  /** jieba's IDF table in shared memory, when the workers cut task keywords (src/tasks/keywords.ts). */
  idf?: IdfData;
}
