import { readFileSync, readdirSync } from 'node:fs';
import { ingestPdf } from '../../src/ingest/pdf.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/ingest/types.js';
for (const f of readdirSync('corpus').filter(f=>f.endsWith('.pdf'))) {
const full = readFileSync('corpus/'+f);
for (const frac of [0.3, 0.7]) {
  const t0 = performance.now();
  const r = await ingestPdf(new Uint8Array(full.subarray(0, Math.floor(full.length * frac))), DEFAULT_INGEST_LIMITS);
  console.log(f, frac, (performance.now()-t0).toFixed(0)+'ms', r.ok ? `ok pages=${r.value.pages} len=${r.value.text.length} msgs=${r.value.messages.map(m=>m.reason).join('|')}` : r.reason);
}}
