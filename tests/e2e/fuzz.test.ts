/**
 * Fuzzing: mutated corpus files through `processDocument`, in-process. For every case:
 * no exception, no hang, and either a valid document (DocumentSchema, spans inside the
 * text) or a failed one that says why; and the result can be written to SQLite.
 *
 * Seeded and bounded: FUZZ_SEED and FUZZ_CASES reproduce or widen a run
 * (`FUZZ_SEED=7 FUZZ_CASES=5000 npx vitest run tests/e2e/fuzz.test.ts`; FUZZ_VERBOSE=1
 * prints every case with its time and outcome). A failing
 * case is printed with its seed, index and mutations, and its bytes are saved under
 * tests/artifacts/fuzz/.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { processDocument, type PipelineResult } from '../../src/pipeline.js';
import { DocumentSchema, type PolicyDocument } from '../../src/schema/output.js';
import { SqliteWriter } from '../../src/write/sqlite.js';
import { testRules } from '../helpers/context.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20250517);
const CASES = Number(process.env.FUZZ_CASES ?? 600);
/** Far below the 60 s limit of a real run: a case this slow is a bug in itself. */
const CASE_LIMIT_MS = 10_000;

const root = (p: string) => fileURLToPath(new URL(`../../${p}`, import.meta.url));
const read = (p: string) => readFileSync(root(p));
const corpusFiles = readdirSync(root('corpus')).sort();
const TEXTS = corpusFiles.filter((f) => f.endsWith('.txt')).map((f) => read(`corpus/${f}`).toString('utf8'));
const PDFS = [
  read('corpus/taicang-culture-2025-draft.pdf'),
  read('tests/fixtures/bad/no-text.pdf'),
  read('tests/fixtures/bad/encrypted.pdf'),
  read('tests/fixtures/bad/scanned-no-text-layer.pdf'),
];
const DOCXS = [read('tests/fixtures/docx/plan-numbering.docx'), read('corpus/taicang-culture-2025-draft.docx'), read('corpus/suzhou-cultural-creative-2023-2025.docx')];

// --- seeded randomness -------------------------------------------------------------------

type Rng = () => number;
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

// --- text mutations ----------------------------------------------------------------------

const MARKERS = ['一、', '二、', '十一、', '（一）', '（二）', '(三)', '1.', '2．', '10.', '（1）', '(2)', '①', '②', '第一章', '第二节', '第三条', '一是', 'Ⅳ、', '【一】', '一．', '1、', '（十）'];
const ODD_CHARS = [
  '\u0000', '\ufffd', '\ufeff', '\u200b', '\u202e', '\u0301', '\u2028', '\u0085', '\r', '\t', '\f', '\v', '\u3000', '\u00a0',
  '\ud800', '\udfff', '😀', '𠀀', '１２３', '％', '—', '…', '“', '》', '《', '（', '）', '：', '；', '、', '\n\n\n',
];
const NUMBERS = ['1000000000000000000000亿元', '99.99.99%', '到2099年', '2025年13月45日', '第99999条', '-5家', '0.000001万', '3万-2万', '１．５倍', '翻两番', '十万八千七百', 'NaN', 'Infinity', '1e308'];

type TextMutation = (rng: Rng, text: string) => string;
const TEXT_MUTATIONS: Record<string, TextMutation> = {
  shuffleLines(rng, t) {
    const lines = t.split('\n');
    for (let i = lines.length - 1; i > 0; i--) {
      const j = int(rng, 0, i);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join('\n');
  },
  swapSomeLines(rng, t) {
    const lines = t.split('\n');
    for (let k = int(rng, 1, 5); k > 0; k--) {
      const i = int(rng, 0, lines.length - 1);
      const j = int(rng, 0, lines.length - 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
    }
    return lines.join('\n');
  },
  randomUnicode(rng, t) {
    const chars = [...t];
    for (let k = int(rng, 1, 30); k > 0; k--) {
      const ch = rng() < 0.6 ? pick(rng, ODD_CHARS) : String.fromCodePoint(int(rng, 0x20, 0x2ffff));
      chars.splice(int(rng, 0, chars.length), 0, ch);
    }
    return chars.join('');
  },
  markersWithoutText(rng, t) {
    const lines = t.split('\n');
    for (let k = int(rng, 1, 20); k > 0; k--) lines.splice(int(rng, 0, lines.length), 0, pick(rng, MARKERS));
    return lines.join('\n');
  },
  onlyMarkers(rng) {
    return Array.from({ length: int(rng, 1, 400) }, () => pick(rng, MARKERS) + (rng() < 0.3 ? pick(rng, MARKERS) : '')).join(rng() < 0.8 ? '\n' : '');
  },
  markerRun(rng, t) {
    const run = Array.from({ length: int(rng, 10, 300) }, () => pick(rng, MARKERS)).join('');
    const at = int(rng, 0, t.length);
    return t.slice(0, at) + run + t.slice(at);
  },
  weirdNumbers(rng, t) {
    let out = t;
    for (let k = int(rng, 1, 8); k > 0; k--) {
      const at = int(rng, 0, out.length);
      out = out.slice(0, at) + pick(rng, NUMBERS) + out.slice(at);
    }
    return out;
  },
  oneLongLine(_rng, t) {
    return t.replace(/\n/g, '');
  },
  lineEnds(rng, t) {
    return t.replace(/\n/g, () => pick(rng, ['\n', '\r\n', '\r', '\n\n', '\u2028']));
  },
  repeat(rng, t) {
    return t.repeat(int(rng, 2, 4)).slice(0, 20000);
  },
  cutChars(rng, t) {
    return t.slice(int(rng, 0, t.length >> 1), int(rng, t.length >> 1, t.length));
  },
  deleteRandomChars(rng, t) {
    const chars = [...t];
    for (let k = int(rng, 1, 50); k > 0 && chars.length; k--) chars.splice(int(rng, 0, chars.length - 1), 1);
    return chars.join('');
  },
  whitespaceOnly(rng) {
    return Array.from({ length: int(rng, 0, 50) }, () => pick(rng, [' ', '\n', '\t', '\u3000', '\r\n'])).join('');
  },
  punctuationOnly(rng) {
    return Array.from({ length: int(rng, 1, 300) }, () => pick(rng, ['，', '。', '、', '；', '：', '（', '）', '\n', '《', '》'])).join('');
  },
};

// --- byte mutations ------------------------------------------------------------------------

type ByteMutation = (rng: Rng, b: Buffer) => Buffer;
const BYTE_MUTATIONS: Record<string, ByteMutation> = {
  flipBytes(rng, b) {
    const out = Buffer.from(b);
    for (let k = int(rng, 1, 12); k > 0 && out.length; k--) out[int(rng, 0, out.length - 1)] = int(rng, 0, 255);
    return out;
  },
  flipBits(rng, b) {
    const out = Buffer.from(b);
    for (let k = int(rng, 1, 40); k > 0 && out.length; k--) out[int(rng, 0, out.length - 1)] ^= 1 << int(rng, 0, 7);
    return out;
  },
  truncate(rng, b) {
    return b.subarray(0, int(rng, 0, b.length));
  },
  zeroRange(rng, b) {
    const out = Buffer.from(b);
    const at = int(rng, 0, out.length);
    out.fill(0, at, Math.min(out.length, at + int(rng, 1, 512)));
    return out;
  },
  duplicateChunk(rng, b) {
    const at = int(rng, 0, b.length);
    const len = int(rng, 1, 2048);
    return Buffer.concat([b.subarray(0, at), b.subarray(at, at + len), b.subarray(at)]);
  },
};

// --- case generation ---------------------------------------------------------------------

interface Case {
  index: number;
  path: string;
  bytes: Buffer;
  steps: string[];
}

function textWindow(rng: Rng): string {
  const lines = pick(rng, TEXTS).split('\n');
  const start = int(rng, 0, Math.max(0, lines.length - 10));
  const out: string[] = [];
  let size = 0;
  const budget = int(rng, 200, 3000);
  for (let i = start; i < lines.length && size < budget; i++) {
    out.push(lines[i]);
    size += lines[i].length + 1;
  }
  return out.join('\n');
}

function encodeText(rng: Rng, text: string, steps: string[]): Buffer {
  const r = rng();
  if (r < 0.7) return Buffer.from(text, 'utf8');
  if (r < 0.85) {
    steps.push('gb18030');
    return iconv.encode(text, 'gb18030');
  }
  if (r < 0.95) {
    steps.push('utf-8-bom');
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  }
  steps.push('utf-16le-bom');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
}

function txtCase(rng: Rng, index: number): Case {
  const steps: string[] = [];
  let text = textWindow(rng);
  const names = Object.keys(TEXT_MUTATIONS);
  for (let k = int(rng, 1, 3); k > 0; k--) {
    const name = pick(rng, names);
    steps.push(name);
    text = TEXT_MUTATIONS[name](rng, text);
  }
  let bytes = encodeText(rng, text, steps);
  if (rng() < 0.3) {
    const name = pick(rng, Object.keys(BYTE_MUTATIONS));
    steps.push(name);
    bytes = BYTE_MUTATIONS[name](rng, bytes);
  }
  return { index, path: `fuzz/${index}.txt`, bytes, steps };
}

function pdfCase(rng: Rng, index: number): Case {
  // the corpus PDF costs ~100 times more than the small ones: one PDF case in six
  const base = rng() < 0.17 ? PDFS[0] : pick(rng, PDFS.slice(1));
  const steps = [`pdf#${PDFS.indexOf(base)}`];
  let bytes: Buffer = base;
  for (let k = int(rng, 1, 2); k > 0; k--) {
    const name = pick(rng, Object.keys(BYTE_MUTATIONS));
    steps.push(name);
    bytes = BYTE_MUTATIONS[name](rng, bytes);
  }
  return { index, path: `fuzz/${index}.pdf`, bytes, steps };
}

const XML_MUTATIONS: Record<string, (rng: Rng, xml: string) => string> = {
  dropTags(rng, xml) {
    let out = xml;
    for (let k = int(rng, 1, 20); k > 0; k--) {
      const at = out.indexOf('<', int(rng, 0, out.length));
      const end = out.indexOf('>', at);
      if (at >= 0 && end > at) out = out.slice(0, at) + out.slice(end + 1);
    }
    return out;
  },
  cutXml(rng, xml) {
    return xml.slice(0, int(rng, 0, xml.length));
  },
  textInRuns(rng, xml) {
    return xml.replace(/<w:t(\s[^>]*)?>([^<]*)<\/w:t>/g, (m, attrs = '', text: string) =>
      rng() < 0.2 ? `<w:t${attrs}>${TEXT_MUTATIONS[pick(rng, ['randomUnicode', 'markersWithoutText', 'weirdNumbers'])](rng, text).replace(/[<&]/g, '')}</w:t>` : m,
    );
  },
  duplicateParagraphs(rng, xml) {
    return xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => (rng() < 0.2 ? p.repeat(int(rng, 2, 5)) : p));
  },
  deepNesting(rng, xml) {
    const depth = int(rng, 100, 5000);
    return xml.replace('<w:body>', `<w:body>${'<w:sdt><w:sdtContent>'.repeat(depth)}<w:p><w:r><w:t>一、深</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(depth)}`);
  },
  numIds(_rng, xml) {
    return xml.replace(/w:numId w:val="\d+"/g, 'w:numId w:val="999"').replace(/w:ilvl w:val="\d+"/g, 'w:ilvl w:val="8"');
  },
};

async function docxCase(rng: Rng, index: number): Promise<Case> {
  const base = pick(rng, DOCXS);
  const steps = [`docx#${DOCXS.indexOf(base)}`];
  let bytes: Buffer;
  if (rng() < 0.35) {
    const name = pick(rng, Object.keys(BYTE_MUTATIONS));
    steps.push(name);
    bytes = BYTE_MUTATIONS[name](rng, base);
  } else {
    const zip = await JSZip.loadAsync(base);
    const part = rng() < 0.8 ? 'word/document.xml' : pick(rng, ['word/numbering.xml', 'word/styles.xml', '[Content_Types].xml', '_rels/.rels']);
    const xml = await zip.file(part)?.async('string');
    if (xml !== undefined) {
      const name = pick(rng, Object.keys(XML_MUTATIONS));
      steps.push(`${part}:${name}`);
      if (rng() < 0.1) {
        steps.push('removed');
        zip.remove(part);
      } else zip.file(part, XML_MUTATIONS[name](rng, xml));
    }
    bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
  }
  return { index, path: `fuzz/${index}.docx`, bytes, steps };
}

// --- checks --------------------------------------------------------------------------------

function problems(r: PipelineResult): string[] {
  const out: string[] = [];
  const parsed = DocumentSchema.safeParse(r.doc);
  if (!parsed.success) out.push(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const doc = r.doc;
  if (r.failed) {
    const err = doc.errors.find((e) => e.severity === 'error');
    if (!err || err.reason.trim() === '') out.push('failed without an error reason');
    if (doc.tasks.length || doc.sections.length) out.push('failed but has tasks or sections');
  } else {
    const n = doc.text.length;
    const inside = (what: string, s: { start: number; end: number }) => {
      if (!(s.start >= 0 && s.start <= s.end && s.end <= n)) out.push(`${what} span ${s.start}-${s.end} outside text of ${n}`);
    };
    for (const s of doc.sections) inside(`section ${s.id}`, s.span);
    for (const t of doc.tasks) {
      inside(`task ${t.id}`, t.span);
      for (const u of t.units) inside(`unit ${u.name}`, u.span);
      for (const x of t.targets) inside(`target ${x.text}`, x.span);
      for (const d of t.deadlines) inside(`deadline ${d.text}`, d.span);
    }
    for (const x of doc.targets) inside(`target ${x.text}`, x.span);
    for (const d of doc.deadlines) inside(`deadline ${d.text}`, d.span);
  }
  try {
    JSON.parse(JSON.stringify(doc));
  } catch (e) {
    out.push(`not JSON-safe: ${(e as Error).message}`);
  }
  return out;
}

// --- the run -------------------------------------------------------------------------------

const stats = {
  cases: 0,
  failed: 0,
  ok: 0,
  byKind: {} as Record<string, number>,
  msByKind: {} as Record<string, number>,
  slowestMs: 0,
  slowest: '',
  reasons: {} as Record<string, number>,
};

describe(`fuzz: ${CASES} mutated documents (seed ${SEED})`, () => {
  afterAll(() => {
    // one line for the CI log: what the run covered
    const top = Object.entries(stats.reasons).sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(
      `fuzz seed ${SEED}: ${stats.cases} cases (${JSON.stringify(stats.byKind)}, ms ${JSON.stringify(stats.msByKind)}), ${stats.ok} ok, ${stats.failed} failed; ` +
        `slowest ${stats.slowestMs.toFixed(0)} ms (${stats.slowest}); failure reasons: ${top.map(([r, n]) => `${n}× ${r}`).join(', ')}`,
    );
  });

  it('never throws, never hangs, and always gives a valid document or a reason', async () => {
    const rules = testRules();
    const writer = new SqliteWriter(':memory:', rules);
    const rng = mulberry32(SEED);
    const bad: string[] = [];
    try {
      for (let i = 0; i < CASES && bad.length < 5; i++) {
        const r = rng();
        const c = r < 0.8 ? txtCase(rng, i) : r < 0.9 ? pdfCase(rng, i) : await docxCase(rng, i);
        const kind = c.path.slice(c.path.lastIndexOf('.') + 1);
        stats.byKind[kind] = (stats.byKind[kind] ?? 0) + 1;
        const label = `case ${i} (${c.path}: ${c.steps.join(' → ')}, ${c.bytes.length} bytes)`;
        const t0 = performance.now();
        let result: PipelineResult | 'timeout';
        let timer: NodeJS.Timeout | undefined;
        try {
          result = await Promise.race([
            processDocument(c.path, new Uint8Array(c.bytes), rules),
            new Promise<'timeout'>((res) => (timer = setTimeout(() => res('timeout'), CASE_LIMIT_MS))),
          ]);
        } catch (e) {
          bad.push(`${label}: threw ${(e as Error).stack ?? e}`);
          save(c);
          continue;
        } finally {
          clearTimeout(timer);
        }
        const ms = performance.now() - t0;
        stats.cases++;
        stats.msByKind[kind] = Math.round((stats.msByKind[kind] ?? 0) + ms);
        if (ms > stats.slowestMs) [stats.slowestMs, stats.slowest] = [ms, label];
        if (result === 'timeout' || ms > CASE_LIMIT_MS) {
          bad.push(`${label}: took more than ${CASE_LIMIT_MS} ms`);
          save(c);
          continue;
        }
        const found = problems(result);
        try {
          writer.writeDocument(result.doc as PolicyDocument, result.failed);
        } catch (e) {
          found.push(`SQLite write threw: ${(e as Error).message}`);
        }
        if (found.length) {
          bad.push(`${label}: ${found.join(' | ')}`);
          save(c);
          continue;
        }
        if (process.env.FUZZ_VERBOSE) console.log(`${ms.toFixed(0)} ms ${label}: ${result.failed ? result.doc.errors.find((e) => e.severity === 'error')?.reason : 'ok'}`);
        if (result.failed) {
          stats.failed++;
          const reason = result.doc.errors.find((e) => e.severity === 'error')!.reason.replace(/\s*\(.*\)$/u, '').replace(/:.*$/u, '');
          stats.reasons[reason] = (stats.reasons[reason] ?? 0) + 1;
        } else stats.ok++;
      }
    } finally {
      writer.close();
    }
    expect(bad, `seed ${SEED}\n${bad.join('\n')}`).toEqual([]);
    expect(stats.cases).toBe(CASES);
  });
});

function save(c: Case): void {
  const dir = root('tests/artifacts/fuzz');
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/seed-${SEED}-case-${c.index}${c.path.slice(c.path.lastIndexOf('.'))}`, c.bytes);
}
