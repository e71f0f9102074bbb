import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import type { PolicyDocument } from '../../src/schema/output.js';
import { jiebaSharedByThreads } from '../../src/tasks/keywords.js';
import { testRules } from '../helpers/context.js';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const cli = (args: string[], cwd = process.cwd()) => spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
const tmp = () => mkdtempSync(join(tmpdir(), 'policy-cli-'));

describe('policy-extract CLI', () => {
  it('run: exit 0, one JSON per document, the database and a summary', () => {
    const out = tmp();
    const corpus = join(out, 'in');
    mkdirSync(corpus);
    for (const f of ['taicang-culture-2025-draft.txt', 'taicang-culture-2025-draft.docx']) copyFileSync(join('corpus', f), join(corpus, f));
    const r = cli(['run', corpus, '--out', join(out, 'o'), '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/documents: 2 \(processed 2/);
    expect(readdirSync(join(out, 'o')).filter((f) => f.endsWith('.json'))).toHaveLength(2);
    const db = new Database(join(out, 'o', 'policies.sqlite'), { readonly: true });
    expect((db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n).toBe(2);
    db.close();
    // unchanged content and rules: skipped
    const again = cli(['run', corpus, '--out', join(out, 'o'), '--quiet']);
    expect(again.stdout).toMatch(/unchanged 2/);
  });

  it('worker threads cut the keywords themselves, sharing one jieba dictionary, with the same result', async () => {
    // the postinstall patch (scripts/patch-nodejieba.mjs) makes nodejieba's threads share its dictionary,
    // held in the compact trie and dictionary entries of scripts/nodejieba/Trie.hpp
    expect(jiebaSharedByThreads()).toBe(true);
    const installedTrie = join('node_modules', 'nodejieba', 'submodules', 'cppjieba', 'include', 'cppjieba', 'Trie.hpp');
    expect(readFileSync(installedTrie, 'utf8')).toBe(readFileSync(join('scripts', 'nodejieba', 'Trie.hpp'), 'utf8'));
    const out = tmp();
    const corpus = join(out, 'in');
    mkdirSync(corpus);
    copyFileSync('corpus/suzhou-cultural-creative-2023-2025.txt', join(corpus, 'plan.txt'));
    const r = cli(['run', corpus, '--out', join(out, 'o'), '--quiet', '--no-report', '--concurrency', '2']);
    expect(r.status, r.stderr).toBe(0);
    const [file] = readdirSync(join(out, 'o')).filter((f) => f.endsWith('.json'));
    const fromWorkers = JSON.parse(readFileSync(join(out, 'o', file), 'utf8')) as PolicyDocument;
    const inProcess = (await processDocument(join(corpus, 'plan.txt'), readFileSync(join(corpus, 'plan.txt')), testRules())).doc;
    expect(fromWorkers.tasks.map((t) => t.keywords)).toEqual(inProcess.tasks.map((t) => t.keywords));
    expect(fromWorkers.tasks.find((t) => t.title === '推动苏工苏作创新发展')?.keywords.length).toBeGreaterThan(0);
    const db = new Database(join(out, 'o', 'policies.sqlite'), { readonly: true });
    const hit = db.prepare("SELECT count(*) n FROM task_fts WHERE task_fts MATCH '苏作'").get() as { n: number };
    db.close();
    expect(hit.n).toBeGreaterThan(0);
  });

  it('runs as an executable through its shebang (what npm start does), with its node flags', () => {
    const out = tmp();
    const corpus = join(out, 'in');
    mkdirSync(corpus);
    copyFileSync('corpus/taicang-culture-2025-draft.txt', join(corpus, 'plan.txt'));
    const r = spawnSync(CLI, ['run', corpus, '--out', join(out, 'o'), '--quiet'], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/documents: 1 \(processed 1/);
    const shebang = readFileSync(CLI, 'utf8').split('\n', 1)[0];
    // node exits with "bad option" on a flag it does not know, so the run above also checks them
    expect(shebang).toMatch(/^#!\/usr\/bin\/env -S .*node --max-semi-space-size=\d+ --heap-growing-percent=\d+$/);
  });

  it('run: exit 1 when a document fails, the others are still written', () => {
    const out = tmp();
    const corpus = join(out, 'in');
    mkdirSync(corpus);
    copyFileSync('corpus/suzhou-cultural-creative-2023-2025.txt', join(corpus, 'plan.txt'));
    writeFileSync(join(corpus, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = cli(['run', corpus, '--out', join(out, 'o'), '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('old.doc: unsupported file type ".doc"');
    expect(readdirSync(join(out, 'o')).filter((f) => f.endsWith('.json'))).toHaveLength(2);
  });

  it('exit 2 for a usage error and for a bad rule file', () => {
    expect(cli(['run', '--concurrency', 'zero']).status).toBe(2);
    expect(cli(['frobnicate']).status).toBe(2);
    const rules = tmp();
    spawnSync('cp', ['-r', 'rules/.', rules]);
    writeFileSync(join(rules, 'markers.yaml'), readFileSync('rules/markers.yaml', 'utf8').replace('numeral: cn\n', 'numeral: roman\n'));
    const r = cli(['--rules', rules, 'run', 'corpus/taicang-culture-2025-draft.txt', '--out', tmp()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/markers\.yaml: entry styles\.\d+\.numeral/);
  });

  it('schema prints the JSON Schema of the output', () => {
    const r = cli(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.tasks.type).toBe('array');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['metadata', 'sections', 'tasks', 'targets', 'deadlines', 'errors']));
  });

  it('export writes CSV with a BOM and JSONL', () => {
    const out = tmp();
    expect(cli(['run', 'corpus/taicang-culture-2025-draft.txt', '--out', out, '--quiet']).status).toBe(0);
    expect(cli(['export', '--format', 'csv', '--db', join(out, 'policies.sqlite'), '--out', join(out, 'x')]).status).toBe(0);
    const csv = readFileSync(join(out, 'x', 'tasks.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('育优企业梯队');
    expect(csv).toContain('市文体广旅局:responsible');
    expect(cli(['export', '--format', 'jsonl', '--db', join(out, 'policies.sqlite'), '--out', join(out, 'j')]).status).toBe(0);
    const lines = readFileSync(join(out, 'j', 'targets.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0])).toHaveProperty('comparator');
  });
});
