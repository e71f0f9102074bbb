import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { plausibility } from '../../src/ingest/text-quality.js';
import { ingestTxt } from '../../src/ingest/txt.js';
import type { IngestOutcome, IngestResult } from '../../src/ingest/types.js';

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const corpusTexts = readdirSync(root('corpus'))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({ name: f, text: readFileSync(root(`corpus/${f}`), 'utf8') }));
const bad = (name: string) => new Uint8Array(readFileSync(root(`tests/fixtures/bad/${name}`)));
/** GBK has no U+00A0 (the Shenzhen page has some): a GBK file would carry a plain space. */
const gbkSafe = (text: string) => text.replace(/\u00a0/g, ' ');
const bytes = (b: Buffer | string) => new Uint8Array(typeof b === 'string' ? Buffer.from(b, 'utf8') : b);

const KOREAN =
  '문화체육관광부는 지역 문화 산업의 경쟁력을 높이기 위하여 다음과 같은 계획을 수립하였다. 첫째, 지역 문화 콘텐츠 기업에 대한 지원을 확대한다. 둘째, 문화 인력 양성을 위한 교육 과정을 운영한다. 셋째, 국제 교류를 통하여 해외 시장 진출을 돕는다.';

function accepted(o: IngestOutcome): IngestResult {
  if (!o.ok) throw new Error(`refused: ${o.ruleId}: ${o.reason}`);
  return o.value;
}

function refused(o: IngestOutcome): { reason: string; ruleId: string } {
  if (o.ok) throw new Error(`accepted as ${o.value.encoding}: ${JSON.stringify(o.value.text.slice(0, 40))}`);
  return o;
}

describe('ingestTxt: accepted encodings', () => {
  it('reads UTF-8, with and without a byte-order mark', async () => {
    for (const { text } of corpusTexts) {
      const plain = accepted(await ingestTxt(bytes(text)));
      expect(plain.encoding).toBe('utf-8');
      expect(plain.text).toBe(text.replace(/\r\n?/g, '\n'));
      const bom = accepted(await ingestTxt(bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))));
      expect(bom.encoding).toBe('utf-8-bom');
      expect(bom.text).toBe(plain.text);
      expect(plain.messages).toEqual([]);
    }
  });

  it('reads every corpus plan re-encoded as GBK and as GB18030, with Windows line ends', async () => {
    for (const { name, text } of corpusTexts) {
      for (const enc of ['gbk', 'gb18030']) {
        const r = accepted(await ingestTxt(bytes(iconv.encode(gbkSafe(text).replace(/\n/g, '\r\n'), enc))));
        expect(r.encoding, name).toBe('gb18030');
        expect(r.text, name).toBe(gbkSafe(text));
        expect(r.messages).toEqual([]);
      }
    }
  });

  it('reads a GBK file longer than the sample used to choose the encoding', async () => {
    const long = gbkSafe(corpusTexts.map((c) => c.text).join('\n').repeat(2));
    const gbk = iconv.encode(long, 'gbk');
    expect(gbk.length).toBeGreaterThan(65536);
    expect(accepted(await ingestTxt(bytes(gbk))).text).toBe(long);
  });

  it('reads a one-line GBK title (fewer than 20 hanzi)', async () => {
    const r = accepted(await ingestTxt(bytes(iconv.encode('关于开展文化产业调查的通知', 'gbk'))));
    expect(r.text).toBe('关于开展文化产业调查的通知');
  });

  it('reads the committed GBK fixture as the plan it was made from', async () => {
    const r = accepted(await ingestTxt(bad('taicang-plan-gbk.txt')));
    expect(r.encoding).toBe('gb18030');
    expect(r.text).toBe(readFileSync(root('corpus/taicang-culture-2025-draft.txt'), 'utf8'));
  });

  it('reads UTF-16 with a byte-order mark (unambiguous)', async () => {
    const text = corpusTexts[0].text;
    const le = accepted(await ingestTxt(bytes(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]))));
    const be = accepted(await ingestTxt(bytes(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]))));
    expect([le.encoding, be.encoding]).toEqual(['utf-16le', 'utf-16be']);
    expect(le.text).toBe(text);
    expect(be.text).toBe(text);
  });

  it('unifies CRLF and lone CR line ends', async () => {
    expect(accepted(await ingestTxt(bytes('一、总体要求\r\n二、重点任务\r三、保障措施\n'))).text).toBe('一、总体要求\n二、重点任务\n三、保障措施\n');
  });

  it('keeps UTF-8 with a damaged byte, with a warning, rather than reading it as GB18030 mojibake', async () => {
    const text = corpusTexts[0].text;
    const b = Buffer.from(text);
    b[1000] = 0xff;
    const r = accepted(await ingestTxt(bytes(b)));
    expect(r.encoding).toBe('utf-8');
    expect(r.text.slice(0, 200)).toBe(text.slice(0, 200));
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toMatchObject({ severity: 'warning', ruleId: 'ingest/encoding-damaged' });
  });

  it('keeps UTF-8 cut in the middle of its last character', async () => {
    const b = Buffer.from(corpusTexts[1].text);
    const r = accepted(await ingestTxt(bytes(b.subarray(0, b.length - 1 - (b.length % 2)))));
    expect(r.encoding).toBe('utf-8');
  });
});

describe('ingestTxt: refused, with a reason', () => {
  it('refuses an empty file and one of only white space', async () => {
    expect(refused(await ingestTxt(bad('empty.txt')))).toEqual({ ok: false, reason: 'empty file', ruleId: 'ingest/empty' });
    expect(refused(await ingestTxt(bad('blank-lines.txt'))).reason).toBe('empty file (only white space)');
    // ideographic spaces in GBK are not UTF-8: still reported as empty, not as an encoding problem
    expect(refused(await ingestTxt(bytes(iconv.encode('\u3000\u3000\r\n\u3000', 'gbk')))).reason).toBe('empty file (only white space)');
  });

  it('names the kind of binary file saved as .txt', async () => {
    expect(refused(await ingestTxt(bad('attachment-image.txt'))).reason).toBe('binary data, not text (a PNG image)');
    expect(refused(await ingestTxt(bad('plan.doc'))).reason).toMatch(/^binary data, not text \(an OLE2 compound file/);
    expect(refused(await ingestTxt(readFileSync(root('corpus/taicang-culture-2025-draft.docx')))).reason).toMatch(/a zip archive/);
    expect(refused(await ingestTxt(readFileSync(root('corpus/taicang-culture-2025-draft.pdf')))).reason).toMatch(/a PDF file/);
    expect(refused(await ingestTxt(bytes('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}}'))).reason).toBe('an RTF document, not plain text');
  });

  it('refuses NUL and control bytes', async () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
    expect(refused(await ingestTxt(bytes(junk))).ruleId).toBe('ingest/binary');
    const controls = Buffer.from('abc\x01\x02\x03\x04\x05\x06\x07\x08def\x0e\x0f\x10\x11'.repeat(50), 'latin1');
    expect(refused(await ingestTxt(bytes(controls))).reason).toBe('binary data, not text (control bytes)');
  });

  it('names UTF-16 without a byte-order mark, both byte orders, with or without ASCII', async () => {
    expect(refused(await ingestTxt(bad('suzhou-plan-utf16le-no-bom.txt')))).toMatchObject({
      ruleId: 'ingest/encoding',
      reason: 'unsupported text encoding: UTF-16LE without a byte-order mark (convert it to UTF-8 or GB18030)',
    });
    const text = corpusTexts[2].text;
    expect(refused(await ingestTxt(bytes(iconv.encode(text, 'utf-16be')))).reason).toMatch(/UTF-16BE without a byte-order mark/);
    const hanziOnly = text.replace(/[\x00-\x7f]/g, '');
    expect(refused(await ingestTxt(bytes(iconv.encode(hanziOnly, 'utf-16le')))).reason).toMatch(/UTF-16LE without a byte-order mark/);
  });

  it('names Big5, Shift-JIS and EUC-KR instead of reading them as mojibake', async () => {
    expect(refused(await ingestTxt(bad('taiwan-plan-big5.txt'))).reason).toBe(
      'unsupported text encoding: Big5 (convert it to UTF-8 or GB18030)',
    );
    expect(refused(await ingestTxt(bad('japan-plan-shift-jis.txt'))).reason).toMatch(/: Shift-JIS \(/);
    expect(refused(await ingestTxt(bytes(iconv.encode(KOREAN, 'euc-kr')))).reason).toMatch(/: EUC-KR \(/);
  });

  it('refuses other single-byte encodings without guessing', async () => {
    const latin1 = iconv.encode('Plan de développement culturel — société, musée, théâtre. Über die Straße.\n'.repeat(5), 'latin1');
    expect(refused(await ingestTxt(bytes(latin1)))).toMatchObject({
      ruleId: 'ingest/encoding',
      reason: 'unsupported text encoding: neither UTF-8 nor GB18030/GBK (convert it to UTF-8 or GB18030)',
    });
  });
});

describe('plausibility', () => {
  it('scores right readings and gives wrong ones nothing', () => {
    const text = corpusTexts[3].text;
    const gbk = iconv.encode(text, 'gbk');
    expect(plausibility(iconv.decode(gbk, 'gb18030'), 'zh')).toBeGreaterThan(0.5);
    expect(plausibility(iconv.decode(gbk, 'big5'), 'zh')).toBeNull();
    expect(plausibility(iconv.decode(gbk, 'shift_jis'), 'ja')).toBeNull();
    expect(plausibility(iconv.decode(gbk, 'euc-kr'), 'ko')).toBeNull();
    expect(plausibility(iconv.decode(Buffer.from(text), 'gb18030'), 'zh')).toBeNull();
    expect(plausibility(KOREAN, 'ko')).toBeGreaterThan(0.5);
  });

  it('accepts plain ASCII as Chinese-compatible, and nothing with replacement characters', () => {
    expect(plausibility('Annex 1: Table of indicators, 2023-2025.\n', 'zh')).toBe(0.5);
    expect(plausibility('文化\ufffd\ufffd\ufffd产业'.repeat(3), 'zh')).toBeNull();
  });
});
