import { readFileSync, readdirSync, statSync } from 'node:fs';
import { ingestPdf } from '../../src/ingest/pdf.js';
import { ingestDocx } from '../../src/ingest/docx.js';
import { ingestTxt } from '../../src/ingest/txt.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/ingest/types.js';
const dirs = process.argv.slice(2);
for (const d of dirs) for (const f of readdirSync(d)) {
  const p = d + '/' + f;
  if (statSync(p).size > 10e6) continue;
  const bytes = new Uint8Array(readFileSync(p));
  const ext = f.split('.').pop();
  const fn = ext === 'pdf' ? ingestPdf : ext === 'docx' ? ingestDocx : ext === 'txt' ? ingestTxt : null;
  if (!fn) { console.log(f, 'unsupported'); continue; }
  const t0 = performance.now(); const m0 = process.memoryUsage();
  const r = await Promise.race([fn(bytes, DEFAULT_INGEST_LIMITS), new Promise<any>(r => setTimeout(() => r({ ok: false, reason: 'TIMEOUT 20s' }), 20000))]);
  const m1 = process.memoryUsage();
  console.log(f, (performance.now() - t0).toFixed(0) + 'ms', 'rss+' + ((m1.rss - m0.rss) / 1e6).toFixed(0) + 'MB', r.ok ? `OK enc=${r.value.encoding} len=${r.value.text.length} msgs=${r.value.messages.map((m: any) => m.reason).join('|')} ${JSON.stringify(r.value.text.slice(0, 30))}` : `FAIL ${r.ruleId}: ${r.reason}`);
}
process.exit(0);
