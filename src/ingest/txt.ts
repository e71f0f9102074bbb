import iconv from 'iconv-lite';
import { message, type Message } from '../core/messages.js';
import type { IngestOutcome } from './types.js';
import { plausibility, type Language } from './text-quality.js';

/**
 * TXT: detect the encoding, reject what is not text, unify line ends.
 *
 * 1. A byte-order mark decides (UTF-8, UTF-16LE/BE).
 * 2. A known binary signature (PDF, zip, OLE2, images …): not text. RTF is text, but
 *    not plain text: refused too.
 * 3. UTF-16 without a mark (NUL bytes beside ASCII characters, and a plausible reading)
 *    is named and refused.
 * 4. Other NUL bytes, or many control bytes: binary data.
 * 5. Strict UTF-8.
 * 6. Otherwise every reading is scored for plausibility (text-quality.ts): UTF-8 with a
 *    few damaged bytes and GB18030 (covers GBK and GB2312) are accepted; when Big5,
 *    Shift-JIS, EUC-KR or UTF-16 reads better, the file is refused naming that
 *    encoding, instead of being read as mojibake.
 */
export async function ingestTxt(bytes: Uint8Array): Promise<IngestOutcome> {
  if (bytes.length === 0) return { ok: false, reason: 'empty file', ruleId: 'ingest/empty' };
  const decoded = decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (!decoded.ok) return decoded;
  const text = decoded.text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'empty file (only white space)', ruleId: 'ingest/empty' };
  const messages: Message[] = [];
  if (decoded.damaged > 0) {
    messages.push(
      message('warning', 'ingest', 'ingest/encoding-damaged', `${decoded.damaged} byte sequence(s) not valid ${decoded.encoding}, replaced by U+FFFD`),
    );
  }
  return { ok: true, value: { format: 'txt', text, pageMap: [], pages: null, encoding: decoded.encoding, messages } };
}

type Decoded = { ok: true; text: string; encoding: string; damaged: number } | { ok: false; reason: string; ruleId: string };

interface Reading {
  label: string;
  /** The encoding we read the file in when this reading wins; null: refused, but named. */
  accept: 'utf-8' | 'gb18030' | null;
  score: number | null;
}

const UNSUPPORTED = 'ingest/encoding';
const CONVERT = '(convert it to UTF-8 or GB18030)';

/** Readings we refuse but recognise, so that the reason names the encoding. */
const REFUSED: { encoding: string; label: string; lang: Language }[] = [
  { encoding: 'big5', label: 'Big5', lang: 'zh' },
  { encoding: 'shift_jis', label: 'Shift-JIS', lang: 'ja' },
  { encoding: 'euc-kr', label: 'EUC-KR', lang: 'ko' },
  { encoding: 'utf-16le', label: 'UTF-16LE without a byte-order mark', lang: 'zh' },
  { encoding: 'utf-16be', label: 'UTF-16BE without a byte-order mark', lang: 'zh' },
];

/** Bytes read to choose an encoding (whole file for strict UTF-8). */
const SAMPLE = 65536;

function decode(buf: Buffer): Decoded {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return lenientUtf8(buf.subarray(3), 'utf-8-bom');
  if (buf[0] === 0xff && buf[1] === 0xfe) return { ok: true, text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le', damaged: 0 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { ok: true, text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be', damaged: 0 };

  const sample = buf.subarray(0, SAMPLE);
  const signature = knownSignature(sample);
  if (signature === RTF) return { ok: false, reason: 'an RTF document, not plain text', ruleId: 'ingest/binary' };
  if (signature) return { ok: false, reason: `binary data, not text (${signature})`, ruleId: 'ingest/binary' };
  const utf16 = utf16WithoutMark(sample);
  if (utf16) return refuse(`unsupported text encoding: ${utf16} ${CONVERT}`);
  const control = controlBytes(sample);
  if (control) return { ok: false, reason: `binary data, not text (${control})`, ruleId: 'ingest/binary' };

  const utf8 = strictUtf8(buf);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8', damaged: 0 };

  // Score every reading of the sample; the best plausible one decides (on a tie, the first listed).
  const readings: Reading[] = [
    // UTF-8 with a few damaged bytes (plausibility allows up to 1% replacement characters)
    { label: 'UTF-8', accept: 'utf-8', score: plausibility(new TextDecoder('utf-8').decode(cutUtf8(sample, buf.length)), 'zh') },
    { label: 'GB18030', accept: 'gb18030', score: plausibility(iconv.decode(sample, 'gb18030'), 'zh') },
    ...REFUSED.map((r) => ({ label: r.label, accept: null, score: plausibility(iconv.decode(sample, r.encoding), r.lang) })),
  ];
  const chosen = readings.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score!)[0];
  if (!chosen) return refuse(`unsupported text encoding: neither UTF-8 nor GB18030/GBK ${CONVERT}`);
  if (chosen.accept === 'utf-8') return lenientUtf8(buf, 'utf-8');
  if (chosen.accept === 'gb18030') {
    const text = iconv.decode(buf, 'gb18030');
    return { ok: true, text, encoding: 'gb18030', damaged: countReplacement(text) };
  }
  return refuse(`unsupported text encoding: ${chosen.label} ${CONVERT}`);
}

function refuse(reason: string): Decoded {
  return { ok: false, reason, ruleId: UNSUPPORTED };
}

function strictUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    return null;
  }
}

function lenientUtf8(buf: Buffer, encoding: string): Decoded {
  const strict = strictUtf8(buf);
  if (strict !== null) return { ok: true, text: strict, encoding, damaged: 0 };
  const text = new TextDecoder('utf-8').decode(buf);
  return { ok: true, text, encoding, damaged: countReplacement(text) };
}

function countReplacement(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** A sample cut in the middle of the file must not end in half a UTF-8 sequence. */
function cutUtf8(sample: Buffer, fileLength: number): Buffer {
  if (sample.length === fileLength) return sample;
  let end = sample.length;
  for (let back = 0; back < 4 && end > 0 && (sample[end - 1] & 0xc0) === 0x80; back++) end--;
  if (end > 0 && sample[end - 1] >= 0xc0) end--;
  return sample.subarray(0, end);
}

/**
 * UTF-16 without a mark: the ASCII characters (digits, line ends, spaces) of a UTF-16
 * text put NUL bytes on one side of their pairs. Any NUL makes us try both byte orders;
 * binary data reads as nonsense either way. Chinese text without any ASCII has no NULs:
 * the plausibility scores in `decode` catch that case.
 */
function utf16WithoutMark(sample: Buffer): string | null {
  let even = 0;
  let odd = 0;
  const n = sample.length - (sample.length % 2);
  for (let i = 0; i < n; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  if (even + odd === 0) return null;
  const orders = odd >= even ? (['utf-16le', 'utf-16be'] as const) : (['utf-16be', 'utf-16le'] as const);
  for (const enc of orders) {
    if (plausibility(iconv.decode(sample.subarray(0, n), enc), 'zh') !== null) {
      return `${enc === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'} without a byte-order mark`;
    }
  }
  return null;
}

const RTF = 'RTF';

const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF file' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive, such as a DOCX or XLSX file' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an OLE2 compound file, such as a .doc, .wps or .xls file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0x52, 0x61, 0x72, 0x21], what: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], what: 'a 7-Zip archive' },
  { bytes: [0x1f, 0x8b], what: 'gzip data' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: RTF },
];

function knownSignature(sample: Buffer): string | null {
  for (const s of SIGNATURES) if (s.bytes.every((b, i) => sample[i] === b)) return s.what;
  return null;
}

/** NUL bytes, or more than 5% C0 control bytes other than tab/CR/LF/FF/SUB. */
function controlBytes(sample: Buffer): string | null {
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i];
    if (b === 0) return 'NUL bytes';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1a) control++;
  }
  return control / sample.length > 0.05 ? 'control bytes' : null;
}
