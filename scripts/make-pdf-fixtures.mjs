#!/usr/bin/env node
// Writes the small bad-input PDFs used by tests/unit/ingest-pdf.test.ts into
// tests/fixtures/bad/. pdf.js cannot write PDFs, so they are assembled by hand here
// (objects, xref table, trailer); the output is deterministic, so re-running the script
// reproduces the committed files byte for byte.
//
//   encrypted.pdf  one page of text, encrypted with the standard security handler
//                  (RC4 40-bit, revision 2) under the user password "secret": opening it
//                  without that password fails with a PasswordException.
//   no-text.pdf    one page whose content stream paints a rectangle and has no text
//                  operators, as a scan without OCR would.
//
// Usage: node scripts/make-pdf-fixtures.mjs

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPdf } from './lib/pdf-writer.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'tests', 'fixtures', 'bad');

function stream(data, dict = '') {
  return [`<< /Length ${data.length} ${dict}>>\nstream\n`, data, '\nendstream'];
}

// --- RC4 and the standard security handler, revision 2 (PDF 32000-1:2008, 7.6.3) ------

function rc4(key, data) {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]) & 255;
    [s[i], s[j]] = [s[j], s[i]];
    out[k] = data[k] ^ s[(s[i] + s[j]) & 255];
  }
  return out;
}

const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts)).digest();

const PAD = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);
const padded = (password) => Buffer.concat([Buffer.from(password, 'latin1'), PAD]).subarray(0, 32);

function standardSecurity({ userPassword, ownerPassword, permissions, fileId }) {
  const ownerKey = md5(padded(ownerPassword)).subarray(0, 5); // Algorithm 3
  const O = rc4(ownerKey, padded(userPassword));
  const P = Buffer.alloc(4);
  P.writeInt32LE(permissions);
  const key = md5(padded(userPassword), O, P, fileId).subarray(0, 5); // Algorithm 2
  const U = rc4(key, PAD); // Algorithm 4
  const objectKey = (num, gen) => {
    const suffix = Buffer.from([num & 255, (num >> 8) & 255, (num >> 16) & 255, gen & 255, (gen >> 8) & 255]);
    return md5(key, suffix).subarray(0, Math.min(key.length + 5, 16));
  };
  return { O, U, objectKey };
}

// --- fixtures ----------------------------------------------------------------------------

function encryptedPdf() {
  const fileId = md5(Buffer.from('policy-extract encrypted fixture'));
  const sec = standardSecurity({ userPassword: 'secret', ownerPassword: 'owner', permissions: -4, fileId });
  const content = Buffer.from('BT /F1 24 Tf 72 720 Td (Encrypted policy plan) Tj ET', 'latin1');
  const encryptedContent = rc4(sec.objectKey(4, 0), content);
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    stream(encryptedContent),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${sec.O.toString('hex')}> /U <${sec.U.toString('hex')}> /P -4 >>`,
  ];
  const id = fileId.toString('hex');
  return buildPdf(bodies, `/Encrypt 6 0 R /ID [<${id}> <${id}>] `);
}

function noTextPdf() {
  const content = Buffer.from('0.8 g 72 72 451 698 re f 0 g 100 600 m 495 600 l S', 'latin1');
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << >> >>',
    stream(content),
  ];
  return buildPdf(bodies);
}

mkdirSync(outDir, { recursive: true });
for (const [name, bytes] of [
  ['encrypted.pdf', encryptedPdf()],
  ['no-text.pdf', noTextPdf()],
]) {
  writeFileSync(path.join(outDir, name), bytes);
  console.log(`wrote ${path.relative(root, path.join(outDir, name))} (${bytes.length} bytes)`);
}
