/** A worker thread: loads the rules once, then extracts documents sent to it. */
import { parentPort, workerData } from 'node:worker_threads';
import { processDocument } from '../pipeline.js';
import { knownCodeFingerprint, rulesOnce } from '../ruleset/load.js';
import { useSharedIdf } from '../tasks/keywords.js';
import type { JobMessage, ResultMessage, WorkerInit } from './protocol.js';

const init = workerData as WorkerInit;
knownCodeFingerprint(init.codeFingerprint);
if (init.idf) useSharedIdf(init.idf);
const rules = rulesOnce(init.rulesDir);

parentPort!.on('message', async (job: JobMessage) => {
  const t0 = performance.now();
  let reply: ResultMessage;
  try {
    const result = await processDocument(job.path, job.bytes, rules, job.options);
    reply = { id: job.id, ok: true, result, ms: performance.now() - t0 };
  } catch (e) {
    reply = { id: job.id, ok: false, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
