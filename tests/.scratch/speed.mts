import { readFileSync } from 'node:fs';
import { processDocument } from '../../src/pipeline.js';
import { loadRules } from '../../src/ruleset/load.js';
const r = loadRules(); if (!r.ok) throw new Error('rules');
const rules = r.rules;
const t = readFileSync('corpus/hangzhou-culture-14th-five-year.txt', 'utf8');
for (const n of [2000, 5000, 10000, 42000]) {
  const t0 = performance.now();
  for (let i = 0; i < 5; i++) await processDocument('x.txt', Buffer.from(t.slice(i * 100, i * 100 + n)), rules);
  console.log('txt', n, ((performance.now() - t0) / 5).toFixed(1), 'ms');
}
for (const f of ['corpus/taicang-culture-2025-draft.pdf', 'corpus/taicang-culture-2025-draft.docx', 'tests/fixtures/docx/plan-numbering.docx', 'tests/fixtures/bad/no-text.pdf']) {
  const b = readFileSync(f);
  await processDocument(f, b, rules);
  const t0 = performance.now();
  for (let i = 0; i < 3; i++) await processDocument(f, b, rules);
  console.log(f, ((performance.now() - t0) / 3).toFixed(1), 'ms');
}
