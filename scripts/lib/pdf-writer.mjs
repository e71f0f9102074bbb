// Assembling PDFs by hand for test fixtures (pdf.js cannot write them): objects, a correct xref
// table and the trailer. Shared by scripts/make-pdf-fixtures.mjs and scripts/make-pdf-task-table.mjs.

export /** Assembles a PDF from object bodies (object i + 1 is bodies[i]) with a correct xref table. */
function buildPdf(bodies, trailerExtra = '') {
  const chunks = [Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n', 'latin1')];
  let offset = chunks[0].length;
  const offsets = [];
  bodies.forEach((body, i) => {
    offsets.push(offset);
    const parts = [Buffer.from(`${i + 1} 0 obj\n`, 'latin1'), ...[].concat(body), Buffer.from('\nendobj\n', 'latin1')];
    for (const p of parts) {
      const b = typeof p === 'string' ? Buffer.from(p, 'latin1') : p;
      chunks.push(b);
      offset += b.length;
    }
  });
  const xref = [`xref\n0 ${bodies.length + 1}\n`, '0000000000 65535 f \n'];
  for (const o of offsets) xref.push(`${String(o).padStart(10, '0')} 00000 n \n`);
  xref.push(`trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${offset}\n%%EOF\n`);
  chunks.push(Buffer.from(xref.join(''), 'latin1'));
  return Buffer.concat(chunks);
}
