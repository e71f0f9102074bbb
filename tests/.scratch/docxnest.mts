import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { ingestDocx } from '../../src/ingest/docx.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/ingest/types.js';
const base = readFileSync('corpus/taicang-culture-2025-draft.docx');
for (const [open, close] of [['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'], ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'], ['<w:ins>', '</w:ins>']]) {
for (const depth of [1000, 2000, 4000, 8000]) {
  const zip = await JSZip.loadAsync(base);
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace('<w:body>', `<w:body>${open.repeat(depth)}<w:p><w:r><w:t>一、深</w:t></w:r></w:p>${close.repeat(depth)}`));
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  const t0 = performance.now();
  const r = await ingestDocx(bytes, DEFAULT_INGEST_LIMITS);
  console.log(open, depth, (performance.now() - t0).toFixed(0), 'ms', r.ok ? 'ok' : r.reason);
}}
