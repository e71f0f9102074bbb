import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const children: ChildProcess[] = [];

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

function start(args: string[]) {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return { child, log: () => log, exited };
}

async function until<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = probe();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The `documents` row of a path, read from the database (absent until the first batch has written it). */
function documentRow(db: string, path: string): { id: string; bytes: number; task_count: number; status: string } | undefined {
  if (!existsSync(db)) return undefined;
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return conn.prepare('SELECT id, bytes, task_count, status FROM documents WHERE path = ?').get(path) as
      | { id: string; bytes: number; task_count: number; status: string }
      | undefined;
  } catch (e) {
    // the file exists a moment before the writer has created its tables
    if (/no such table/.test((e as Error).message)) return undefined;
    throw e;
  } finally {
    conn.close();
  }
}

describe.each([
  ['file-system events', [] as string[]],
  ['polling', ['--poll', '200']],
])('policy-extract watch (%s)', (_mode, extra) => {
  it('ingests a plan dropped into the folder, then stops cleanly on SIGTERM', async () => {
    const root = mkdtempSync(join(tmpdir(), 'policy-watch-'));
    const inbox = join(root, 'in');
    const out = join(root, 'out');
    const db = join(out, 'policies.sqlite');
    mkdirSync(inbox);
    const w = start(['watch', inbox, '--out', out, ...extra]);
    await until('the watcher to start', () => /watching /.test(w.log()));

    // a plan dropped in
    const plan = join(inbox, 'taicang.txt');
    copyFileSync(join('corpus', 'taicang-culture-2025-draft.txt'), plan);
    const row = await until('the document row', () => documentRow(db, plan));
    expect(row.status).toBe('ok');
    expect(row.task_count).toBeGreaterThan(0);
    expect(existsSync(join(out, `${row.id}.json`))).toBe(true);
    const conn = new Database(db, { readonly: true });
    expect((conn.prepare('SELECT count(*) n FROM tasks WHERE document_id = ?').get(row.id) as { n: number }).n).toBe(row.task_count);
    conn.close();

    // a file copied in slowly, in two parts: read once complete, never half-written
    const full = readFileSync(join('corpus', 'suzhou-cultural-creative-2023-2025.txt'));
    const slow = join(inbox, 'sub', 'suzhou.txt');
    mkdirSync(join(inbox, 'sub'));
    writeFileSync(slow, full.subarray(0, 4000));
    await new Promise((r) => setTimeout(r, 150));
    appendFileSync(slow, full.subarray(4000));
    const second = await until('the second document', () => {
      const r = documentRow(db, slow);
      return r?.bytes === full.length && r;
    });
    expect(second.status).toBe('ok');
    // the first 4,000 bytes were never extracted on their own: two documents, two JSON files
    expect(readdirSync(out).filter((f) => f.endsWith('.json')).sort()).toEqual([`${row.id}.json`, `${second.id}.json`].sort());
    expect(w.log()).not.toMatch(/error/);

    w.child.kill('SIGTERM');
    expect(await w.exited).toBe(0);
  });
});
