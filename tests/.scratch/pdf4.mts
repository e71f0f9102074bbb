import { ingestPdf } from '../../src/ingest/pdf.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/ingest/types.js';
function buildPdf(bodies: (string|Buffer)[], trailerExtra = '') {
  const chunks = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets: number[] = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), typeof body === 'string' ? Buffer.from(body, 'latin1') : body, Buffer.from('\nendobj\n')]);
    chunks.push(b); offset += b.length;
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n`, '0000000000 65535 f \n'];
  for (const o of offsets) xref.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`);
  chunks.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(chunks);
}
const stream = (d: string) => `<< /Length ${d.length} >>\nstream\n${d}\nendstream`;
async function run(name: string, pdf: Buffer) {
  const t0 = performance.now();
  const m0 = process.memoryUsage().rss;
  let r;
  try { r = await ingestPdf(new Uint8Array(pdf), DEFAULT_INGEST_LIMITS); } catch (e) { r = { ok: false, reason: 'THREW ' + (e as Error).message.slice(0, 200) }; }
  console.log(name, pdf.length, (performance.now() - t0).toFixed(0) + 'ms', ((process.memoryUsage().rss - m0) / 1e6).toFixed(0) + 'MB', r.ok ? `ok pages=${r.value.pages} text=${JSON.stringify(r.value.text.slice(0, 50))} msgs=${r.value.messages.length}` : r.reason);
}
const content = 'BT /F1 12 Tf 72 720 Td (Page) Tj ET';
// form xobject recursion: XObject drawing itself
await run('xobject-self', buildPdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [3 0 R] /Count 1 >>`, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>', stream(content + ' /X Do'), '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>', `<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 6 0 R >> /Font << /F1 5 0 R >> >> /Length ${(content + ' /X Do').length} >>\nstream\n${content} /X Do\nendstream`]));
