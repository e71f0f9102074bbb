/**
 * Bad and hostile input through the built CLI: one run over corpus/, the committed
 * fixtures in tests/fixtures/bad/ and the large hostile files that
 * scripts/make-bad-fixtures.mjs generates into a temp folder. Every good document is
 * written; every bad one gets a one-line reason in the summary, a JSON with `errors`,
 * a `documents` row with status 'failed' and a row in the `errors` table; exit code 1.
 */
import Database from 'better-sqlite3';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema, type PolicyDocument } from '../../src/schema/output.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 170_000 });


/** Committed fixtures: what the run must say about each (the ones that fail). */
const BAD: Record<string, { reason: RegExp; ruleId: string }> = {
  'empty.txt': { reason: /^empty file$/, ruleId: 'ingest/empty' },
  'blank-lines.txt': { reason: /^empty file \(only white space\)$/, ruleId: 'ingest/empty' },
  'attachment-image.txt': { reason: /^binary data, not text \(a PNG image\)$/, ruleId: 'ingest/binary' },
  'suzhou-plan-utf16le-no-bom.txt': { reason: /^unsupported text encoding: UTF-16LE without a byte-order mark \(convert it to UTF-8 or GB18030\)$/, ruleId: 'ingest/encoding' },
  'taiwan-plan-big5.txt': { reason: /^unsupported text encoding: Big5 /, ruleId: 'ingest/encoding' },
  'japan-plan-shift-jis.txt': { reason: /^unsupported text encoding: Shift-JIS /, ruleId: 'ingest/encoding' },
  'taicang-plan-truncated.pdf': { reason: /^corrupt or truncated PDF: /, ruleId: 'ingest/pdf-corrupt' },
  'encrypted.pdf': { reason: /^encrypted PDF/, ruleId: 'ingest/pdf-encrypted' },
  'no-text.pdf': { reason: /^no text layer; OCR needed$/, ruleId: 'ingest/pdf-no-text' },
  'scanned-no-text-layer.pdf': { reason: /^no text layer; OCR needed$/, ruleId: 'ingest/pdf-no-text' },
  'suzhou-plan-truncated.docx': { reason: /^corrupt DOCX: damaged zip archive/, ruleId: 'ingest/docx-corrupt' },
  'legacy-doc-renamed.docx': { reason: /^corrupt DOCX: not a zip archive \(an OLE2 compound file/, ruleId: 'ingest/docx-corrupt' },
  'spreadsheet-renamed.docx': { reason: /^corrupt DOCX: no word\/document\.xml$/, ruleId: 'ingest/docx-corrupt' },
  'zip-bomb-declared.docx': { reason: /^DOCX part word\/document\.xml too large \(1073741824 bytes uncompressed > limit 209715200\)$/, ruleId: 'ingest/docx-too-large' },
  'plan.doc': { reason: /^unsupported file type "\.doc" \(expected \.txt, \.pdf or \.docx\)$/, ruleId: 'ingest/unsupported' },
  'plan.wps': { reason: /^unsupported file type "\.wps"/, ruleId: 'ingest/unsupported' },
  'targets.xls': { reason: /^unsupported file type "\.xls"/, ruleId: 'ingest/unsupported' },
  'notice.ofd': { reason: /^unsupported file type "\.ofd"/, ruleId: 'ingest/unsupported' },
};

/** Generated at test time (scripts/make-bad-fixtures.mjs --large). */
const HOSTILE: Record<string, { reason: RegExp; ruleId: RegExp }> = {
  'zip-bomb.docx': { reason: /^DOCX part word\/document\.xml too large \(262144192 bytes uncompressed > limit/, ruleId: /^ingest\/docx-too-large$/ },
  'zip-bomb-lying-header.docx': { reason: /^DOCX part word\/document\.xml too large \(more than 209715200 bytes uncompressed, declared 1048576\)$/, ruleId: /^ingest\/docx-too-large$/ },
  'thousands-of-pages.pdf': { reason: /^too many pages \(5000 > 2000\)$/, ruleId: /^ingest\/pdf-pages$/ },
  // pdf.js gives up on the nesting; should that change, the time limit still applies
  'deeply-nested.pdf': { reason: /^(corrupt or truncated PDF|time limit exceeded)/, ruleId: /^(ingest\/pdf-corrupt|limits\/time)$/ },
  'huge-60mb.txt': { reason: /^file too large \(62914560 bytes > 52428800\)$/, ruleId: /^ingest\/too-large$/ },
};

/** Needs minutes of pdf.js: only the time limit stops it (its own run below, with a short limit). */
const SLOW = 'slow-content.pdf';

/** Fixtures that are odd but fine. */
const GOOD_FIXTURES = ['taicang-plan-gbk.txt', 'press-release-not-a-plan.txt'];

const corpusFiles = readdirSync(join(ROOT, 'corpus')).sort();
const badDirFiles = readdirSync(join(ROOT, 'tests/fixtures/bad')).filter((f) => !f.startsWith('.'));

let tmp: string;
let large: string;
let out: string;
let run: SpawnSyncReturns<string>;
let runSeconds: number;
let docs: Map<string, PolicyDocument>;
let db: Database.Database;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'bad-input-'));
  large = join(tmp, 'large');
  out = join(tmp, 'out');
  execFileSync(process.execPath, [join(ROOT, 'scripts/make-bad-fixtures.mjs'), '--large', large]);
  const hostile = Object.keys(HOSTILE).map((f) => join(large, f));
  const t0 = performance.now();
  // the default time limit (60 s): a loaded machine must not turn good documents into failures
  run = cli(['run', 'corpus', 'tests/fixtures/bad', ...hostile, '--out', out, '--quiet', '--concurrency', '2']);
  runSeconds = (performance.now() - t0) / 1000;
  docs = new Map();
  for (const f of readdirSync(out).filter((f) => f.endsWith('.json'))) {
    const doc = JSON.parse(readFileSync(join(out, f), 'utf8')) as PolicyDocument;
    docs.set(doc.source.path, doc);
  }
  db = new Database(join(out, 'policies.sqlite'), { readonly: true });
}, 180_000);

afterAll(() => {
  db?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const badPath = (f: string) => `tests/fixtures/bad/${f}`;
const allBad = () => [
  ...Object.entries(BAD).map(([f, e]) => ({ path: badPath(f), reason: e.reason, ruleId: (r: string) => r === e.ruleId })),
  ...Object.entries(HOSTILE).map(([f, e]) => ({ path: join(large, f), reason: e.reason, ruleId: (r: string) => e.ruleId.test(r) })),
];

describe('a run over corpus/ plus bad and hostile files', () => {
  it('every committed fixture is accounted for in this test', () => {
    expect(badDirFiles.sort()).toEqual([...Object.keys(BAD), ...GOOD_FIXTURES].sort());
  });

  it('exits 1, processes every file and counts the failures', () => {
    expect(run.error).toBeUndefined();
    expect(run.status, run.stderr).toBe(1);
    const total = corpusFiles.length + badDirFiles.length + Object.keys(HOSTILE).length;
    const failed = Object.keys(BAD).length + Object.keys(HOSTILE).length;
    expect(run.stdout).toContain(`documents: ${total} (processed ${total}, unchanged 0, failed ${failed})`);
    expect(docs.size).toBe(total);
    // bombs are refused by limits, not by running out of time
    expect(runSeconds).toBeLessThan(150);
  });

  it('lists each bad file with its one-line reason, in the summary and on stderr', () => {
    const summary = run.stdout.split('\n');
    for (const b of allBad()) {
      const line = summary.find((l) => l.startsWith(`  ${b.path}: `));
      expect(line, `${b.path} missing from the summary`).toBeDefined();
      expect(line!.slice(b.path.length + 4), b.path).toMatch(b.reason);
      expect(run.stderr).toContain(`${b.path}: error: ${line!.slice(b.path.length + 4)}\n`);
    }
  });

  it('counts failures by reason', () => {
    const section = run.stdout.slice(run.stdout.indexOf('failures by reason:'));
    const counts = [...section.matchAll(/^ {2}(\d+) × (.+)$/gmu)].map((m) => [m[2], Number(m[1])] as const);
    const byReason = Object.fromEntries(counts);
    expect(counts.reduce((n, [, c]) => n + c, 0)).toBe(Object.keys(BAD).length + Object.keys(HOSTILE).length);
    expect(byReason['unsupported text encoding']).toBe(3);
    expect(byReason['no text layer; OCR needed']).toBe(2);
    expect(byReason['empty file']).toBe(2);
    expect(byReason['file too large']).toBe(1);
    expect(byReason['too many pages']).toBe(1);
    expect(byReason['DOCX part word/document.xml too large']).toBe(3);
  });

  it('writes a valid JSON for every file; a failed one carries only its error', () => {
    for (const [path, doc] of docs) expect(DocumentSchema.safeParse(doc).success, path).toBe(true);
    for (const b of allBad()) {
      const doc = docs.get(b.path);
      expect(doc, b.path).toBeDefined();
      const errors = doc!.errors.filter((e) => e.severity === 'error');
      expect(errors, b.path).toHaveLength(1);
      expect(errors[0].reason, b.path).toMatch(b.reason);
      expect(b.ruleId(errors[0].ruleId), `${b.path}: ${errors[0].ruleId}`).toBe(true);
      expect(doc!.tasks).toEqual([]);
      expect(doc!.text).toBe('');
    }
  });

  it('records every failure in SQLite: a failed documents row and its error', () => {
    const row = db.prepare('SELECT d.status, e.severity, e.reason, e.rule_id FROM documents d JOIN errors e ON e.document_id = d.id WHERE d.path = ? AND e.severity = ?');
    for (const b of allBad()) {
      const r = row.get(b.path, 'error') as { status: string; reason: string; rule_id: string } | undefined;
      expect(r, b.path).toBeDefined();
      expect(r!.status).toBe('failed');
      expect(r!.reason).toMatch(b.reason);
    }
    const failed = db.prepare("SELECT count(*) AS n FROM documents WHERE status = 'failed'").get() as { n: number };
    expect(failed.n).toBe(Object.keys(BAD).length + Object.keys(HOSTILE).length);
  });

  it('writes every good document, with all its tasks', () => {
    const good = [...corpusFiles.map((f) => `corpus/${f}`), ...GOOD_FIXTURES.map(badPath)];
    const byPath = db.prepare(
      "SELECT d.status, d.task_count, (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks FROM documents d WHERE d.path = ?",
    );
    for (const path of good) {
      const r = byPath.get(path) as { status: string; task_count: number; tasks: number } | undefined;
      expect(r, path).toBeDefined();
      expect(r!.status, path).toBe('ok');
      expect(r!.tasks, path).toBe(r!.task_count);
      expect(docs.get(path)!.errors.filter((e) => e.severity === 'error'), path).toEqual([]);
      if (path.startsWith('corpus/')) expect(r!.task_count, path).toBeGreaterThan(0);
    }
  });

  it('reads the GBK copy of a plan like the UTF-8 original', () => {
    const gbk = docs.get(badPath('taicang-plan-gbk.txt'))!;
    const utf8 = docs.get('corpus/taicang-culture-2025-draft.txt')!;
    expect(gbk.source.encoding).toBe('gb18030');
    expect(gbk.text).toBe(utf8.text);
    expect(gbk.tasks.map((t) => t.title)).toEqual(utf8.tasks.map((t) => t.title));
  });

  it('processes a text that is not a policy plan with a warning, inventing no tasks', () => {
    const doc = docs.get(badPath('press-release-not-a-plan.txt'))!;
    expect(doc.tasks).toEqual([]);
    expect(doc.sections).toEqual([]);
    expect(doc.errors).toContainEqual(expect.objectContaining({ severity: 'warning', ruleId: 'outline/none' }));
    const w = db.prepare("SELECT e.reason FROM errors e WHERE e.path = ? AND e.severity = 'warning'").all(badPath('press-release-not-a-plan.txt'));
    expect(w.length).toBeGreaterThan(0);
  });
});

describe('the time limit per document', () => {
  it('stops a PDF that pdf.js would chew on for minutes, and goes on with the batch', () => {
    const dir = mkdtempSync(join(tmpdir(), 'time-limit-'));
    try {
      const slow = join(large, SLOW);
      const t0 = performance.now();
      const r = cli(['run', slow, 'corpus/taicang-culture-2025-draft.txt', '--out', dir, '--quiet', '--concurrency', '2', '--timeout', '3']);
      const seconds = (performance.now() - t0) / 1000;
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toContain(`  ${slow}: time limit exceeded (3 s per document)`);
      expect(r.stdout).toMatch(/documents: 2 \(processed 2, unchanged 0, failed 1\)/);
      expect(seconds).toBeLessThan(30);
      const d = new Database(join(dir, 'policies.sqlite'), { readonly: true });
      const rows = d.prepare('SELECT path, status FROM documents ORDER BY path').all();
      d.close();
      expect(rows).toEqual([
        { path: slow, status: 'failed' },
        { path: 'corpus/taicang-culture-2025-draft.txt', status: 'ok' },
      ].sort((a, b) => (a.path < b.path ? -1 : 1)));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stops the same PDF with --concurrency 1 (one thread is still a worker thread)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'time-limit-1-'));
    try {
      const slow = join(large, SLOW);
      const r = cli(['run', slow, '--out', dir, '--quiet', '--concurrency', '1', '--timeout', '3']);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stdout).toContain(`  ${slow}: time limit exceeded (3 s per document)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('run --max-bytes and exit codes', () => {
  it('exit 0 when everything is processed (warnings are not failures), 1 over --max-bytes, 2 for a bad value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'max-bytes-'));
    try {
      const file = badPath('press-release-not-a-plan.txt');
      const size = readFileSync(join(ROOT, file)).length;
      const ok = cli(['run', file, '--out', dir, '--quiet']);
      expect(ok.status, ok.stderr).toBe(0);
      const over = cli(['run', file, '--out', dir, '--quiet', '--max-bytes', String(size - 1)]);
      expect(over.status).toBe(1);
      expect(over.stdout).toContain(`  ${file}: file too large (${size} bytes > ${size - 1})`);
      const d = new Database(join(dir, 'policies.sqlite'), { readonly: true });
      const rows = d.prepare('SELECT status FROM documents WHERE path = ?').all(file) as { status: string }[];
      d.close();
      expect(rows).toEqual([{ status: 'failed' }]);
      for (const v of ['0', 'abc', '-5']) expect(cli(['run', file, '--out', dir, '--max-bytes', v]).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
