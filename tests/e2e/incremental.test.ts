import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const run = (args: string[]) => spawnSync(process.execPath, [CLI, 'run', ...args, '--quiet', '--no-report'], { encoding: 'utf8' });

const FILES = ['taicang-culture-2025-draft.txt', 'taicang-culture-2025-draft.docx', 'suzhou-cultural-creative-2023-2025.txt'];

describe('incremental re-extraction', () => {
  it('a second run skips every unchanged document; --force re-extracts; a changed file alone is redone', () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-incr-'));
    const inbox = join(root, 'in');
    const out = join(root, 'out');
    mkdirSync(inbox);
    for (const f of FILES) copyFileSync(join('corpus', f), join(inbox, f));

    const first = run([inbox, '--out', out]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/documents: 3 \(processed 3, unchanged 0, failed 0\)/);
    const jsons = readdirSync(out).filter((f) => f.endsWith('.json'));
    expect(jsons).toHaveLength(3);
    const mtimes = new Map(jsons.map((f) => [f, statSync(join(out, f)).mtimeMs]));
    const extractedAt = () => {
      const db = new Database(join(out, 'policies.sqlite'), { readonly: true });
      const rows = db.prepare('SELECT path, extracted_at FROM documents ORDER BY path').all() as { path: string; extracted_at: string }[];
      db.close();
      return rows;
    };
    const before = extractedAt();

    // unchanged: nothing is extracted or written again
    const second = run([inbox, '--out', out]);
    expect(second.status, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/documents: 3 \(processed 0, unchanged 3, failed 0\)/);
    for (const [f, t] of mtimes) expect(statSync(join(out, f)).mtimeMs).toBe(t);
    expect(extractedAt()).toEqual(before);

    // --force: everything again, same documents
    const forced = run([inbox, '--out', out, '--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toMatch(/documents: 3 \(processed 3, unchanged 0, failed 0\)/);
    expect(readdirSync(out).filter((f) => f.endsWith('.json')).sort()).toEqual([...jsons].sort());

    // one file changed: only it is extracted; its new version replaces the old rows
    appendFileSync(join(inbox, FILES[0]), '\n');
    const changed = run([inbox, '--out', out]);
    expect(changed.status, changed.stderr).toBe(0);
    expect(changed.stdout).toMatch(/documents: 3 \(processed 1, unchanged 2, failed 0\)/);
    const db = new Database(join(out, 'policies.sqlite'), { readonly: true });
    expect((db.prepare('SELECT count(*) n FROM documents').get() as { n: number }).n).toBe(3);
    db.close();
  });

  it('a renamed file is extracted again under its new path; an identical copy beside it is not', () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-move-'));
    const inbox = join(root, 'in');
    const out = join(root, 'out');
    mkdirSync(inbox);
    copyFileSync(join('corpus', FILES[0]), join(inbox, 'plan.txt'));
    expect(run([inbox, '--out', out]).stdout).toMatch(/documents: 1 \(processed 1, unchanged 0, failed 0\)/);
    const paths = () => {
      const db = new Database(join(out, 'policies.sqlite'), { readonly: true });
      const rows = db.prepare('SELECT id, path FROM documents').all() as { id: string; path: string }[];
      db.close();
      return rows;
    };
    const [{ id }] = paths();

    renameSync(join(inbox, 'plan.txt'), join(inbox, 'plan-2025.txt'));
    const moved = run([inbox, '--out', out]);
    expect(moved.stdout).toMatch(/documents: 1 \(processed 1, unchanged 0, failed 0\)/);
    expect(paths()).toEqual([{ id, path: join(inbox, 'plan-2025.txt') }]);
    const json = JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')) as { source: { path: string } };
    expect(json.source.path).toBe(join(inbox, 'plan-2025.txt'));

    // the same bytes under a second name: one document, and the runs after it do nothing
    copyFileSync(join(inbox, 'plan-2025.txt'), join(inbox, 'plan-copy.txt'));
    run([inbox, '--out', out]);
    expect(run([inbox, '--out', out]).stdout).toMatch(/documents: 2 \(processed 0, unchanged 2, failed 0\)/);
    expect(paths()).toHaveLength(1);
  });
});
