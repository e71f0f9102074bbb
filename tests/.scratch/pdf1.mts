import { readFileSync } from 'node:fs';
import { ingestPdf } from '../../src/ingest/pdf.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/ingest/types.js';
const full = readFileSync('/work/main/corpus/taicang-culture-2025-draft.pdf');
for (const frac of [0.05, 0.2, 0.4, 0.6, 0.9, 0.99]) {
  const t0 = performance.now();
  const r = await ingestPdf(new Uint8Array(full.subarray(0, Math.floor(full.length * frac))), DEFAULT_INGEST_LIMITS);
  console.log(frac, (performance.now()-t0).toFixed(0)+'ms', r.ok ? `ok pages=${r.value.pages} len=${r.value.text.length} msgs=${r.value.messages.map(m=>m.reason).join('|')}` : r.reason);
}
