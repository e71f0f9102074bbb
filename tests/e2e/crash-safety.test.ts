/**
 * Crash safety through the built CLI. A run is killed with SIGKILL in the middle of a
 * batch, right as a document is being written: the database must hold every document
 * either fully or not at all, pass its integrity check, and the next run must finish
 * the rest. Two runs on the same database at once: the second fails with a clear
 * message (no wait) or waits its turn (with --lock-wait); neither corrupts anything.
 */
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DocumentSchema, type PolicyDocument } from '../../src/schema/output.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

let tmp: string;
let input: string;
let out: string;
let dbFile: string;
let total: number;
let killedPid: number;

/** The corpus plans, each as UTF-8, UTF-8 with BOM and GBK with CRLF: distinct files, distinct ids. */
function makeInput(dir: string): number {
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const f of readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(ROOT, 'corpus', f), 'utf8');
    const base = f.replace(/\.txt$/, '');
    writeFileSync(join(dir, `${base}.txt`), text);
    writeFileSync(join(dir, `${base}-bom.txt`), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    writeFileSync(join(dir, `${base}-gbk.txt`), iconv.encode(text.replace(/\u00a0/g, ' ').replace(/\n/g, '\r\n'), 'gbk'));
    n += 3;
  }
  return n;
}

interface Run {
  child: ChildProcess;
  stdout: string;
  stderr: string;
  done: Promise<number | null>;
}

function start(args: string[]): Run {
  const child = spawn(process.execPath, [CLI, 'run', input, '--out', out, '--concurrency', '1', ...args], { cwd: ROOT });
  const run: Run = { child, stdout: '', stderr: '', done: Promise.resolve(null) };
  child.stdout!.on('data', (d: Buffer) => (run.stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (run.stderr += d.toString()));
  run.done = new Promise((res) => child.on('close', (code) => res(code)));
  return run;
}

/** Resolves once `count` new document JSON files have appeared; rejects if the run ends first. */
function afterJsonFiles(run: Run, count: number): Promise<void> {
  mkdirSync(out, { recursive: true });
  const seen = new Set(readdirSync(out).filter((f) => f.endsWith('.json')));
  return new Promise((res, rej) => {
    const fresh = new Set<string>();
    const stop = () => {
      w.close();
      run.child.off('exit', ended);
    };
    const ended = () => {
      stop();
      rej(new Error(`the run ended before ${count} more documents were written:\n${run.stdout}\n${run.stderr}`));
    };
    const w = watch(out, (_event, name) => {
      if (!name || !name.endsWith('.json') || seen.has(name) || !existsSync(join(out, name))) return;
      fresh.add(name);
      if (fresh.size >= count) {
        stop();
        res();
      }
    });
    run.child.on('exit', ended);
  });
}

/** Resolves once the run holds the database lock (it has loaded its rules and is about to work). */
async function lockHeldBy(run: Run): Promise<void> {
  const lockFile = `${dbFile}.lock`;
  for (;;) {
    if (run.child.exitCode !== null || run.child.signalCode !== null) throw new Error(`the run ended early:\n${run.stdout}\n${run.stderr}`);
    try {
      if ((JSON.parse(readFileSync(lockFile, 'utf8')) as { pid: number }).pid === run.child.pid) return;
    } catch {
      /* not there yet */
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Resolves once the database holds `count` committed documents. `run` commits the documents written
 * in one turn of its event loop together, so a JSON file on disk does not yet mean committed rows.
 */
async function committed(run: Run, count: number): Promise<void> {
  for (;;) {
    if (run.child.exitCode !== null || run.child.signalCode !== null) throw new Error(`the run ended early:\n${run.stdout}\n${run.stderr}`);
    try {
      const db = new Database(dbFile, { readonly: true, fileMustExist: true });
      try {
        if ((db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n >= count) return;
      } finally {
        db.close();
      }
    } catch {
      /* not created yet, or busy */
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every document is whole: its counts match its rows, nothing is orphaned, SQLite agrees. */
function checkDatabase(): { ok: number; rows: number } {
  const db = new Database(dbFile);
  try {
    expect(db.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const torn = db
      .prepare(
        `SELECT d.path, d.task_count, d.target_count,
           (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks,
           (SELECT count(*) FROM targets x WHERE x.document_id = d.id) AS targets,
           (SELECT count(*) FROM task_fts f WHERE f.document_id = d.id) AS fts
         FROM documents d
         WHERE d.task_count != tasks OR d.target_count != targets OR d.task_count != fts`,
      )
      .all();
    expect(torn).toEqual([]);
    for (const table of ['sections', 'tasks', 'task_units', 'targets', 'deadlines', 'errors']) {
      const orphans = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE document_id NOT IN (SELECT id FROM documents)`).get() as { n: number };
      expect(orphans.n, table).toBe(0);
    }
    const rows = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
    const ok = (db.prepare("SELECT count(*) AS n FROM documents WHERE status = 'ok' AND task_count > 0").get() as { n: number }).n;
    return { ok, rows };
  } finally {
    db.close();
  }
}

/** Every JSON file that exists is complete and valid (written to a temporary file, then renamed). */
function checkJson(): number {
  const files = readdirSync(out).filter((f) => f.endsWith('.json'));
  for (const f of files) {
    const doc = JSON.parse(readFileSync(join(out, f), 'utf8')) as PolicyDocument;
    expect(DocumentSchema.safeParse(doc).success, f).toBe(true);
  }
  return files.length;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'crash-safety-'));
  input = join(tmp, 'in');
  out = join(tmp, 'out');
  dbFile = join(out, 'policies.sqlite');
  total = makeInput(input);
});

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('SIGKILL in the middle of a batch, then two runs at once', () => {
  it('leaves every document fully old or fully new; a second run is refused while the first lives', async () => {
    const first = start([]);
    killedPid = first.child.pid!;
    await lockHeldBy(first);
    const written = afterJsonFiles(first, 2);
    // a second run on the same database, not willing to wait: exit 2 and a clear message
    const second = start(['--lock-wait', '0', '--quiet']);
    expect(await second.done).toBe(2);
    expect(second.stderr).toContain(`error: database ${dbFile} is in use by another run (pid ${first.child.pid})`);
    await written;
    await committed(first, 2);
    // kill the first one the moment a further document's JSON lands: its SQLite write is under way
    await afterJsonFiles(first, 1);
    first.child.kill('SIGKILL');
    expect(await first.done).toBeNull();
    expect(first.child.signalCode).toBe('SIGKILL');

    const { ok, rows } = checkDatabase();
    expect(rows).toBe(ok);
    expect(rows).toBeGreaterThanOrEqual(2);
    expect(rows).toBeLessThan(total);
    // the JSON is written just before the database: one more JSON when the kill came mid-write
    expect(checkJson()).toBeGreaterThanOrEqual(rows);
    // the killed run's lock is still there, naming a dead process
    expect(existsSync(`${dbFile}.lock`)).toBe(true);
  });

  it('a killed re-run is just as safe', async () => {
    const again = start([]);
    await afterJsonFiles(again, 2);
    again.child.kill('SIGKILL');
    await again.done;
    const { ok, rows } = checkDatabase();
    expect(rows).toBe(ok);
  });

  it('the next runs take over the stale lock, one after the other, and complete the batch', async () => {
    const before = checkDatabase().rows;
    // what a kill in the middle of writing a JSON leaves (the rename not done): removed by the next run
    const orphan = join(out, `doc-0000000000000000.json.${killedPid}.tmp`);
    writeFileSync(orphan, '{"schemaVersion":');
    // two at once: whichever gets the lock finishes the batch; the other waits, then finds nothing to do
    const a = start(['--lock-wait', '120', '--quiet']);
    const b = start(['--lock-wait', '120', '--quiet']);
    const [ca, cb] = await Promise.all([a.done, b.done]);
    expect([ca, cb], a.stderr + b.stderr).toEqual([0, 0]);
    const summaries = [a.stdout, b.stdout].join('\n');
    expect(summaries).toContain(`documents: ${total} (processed ${total - before}, unchanged ${before}, failed 0)`);
    expect(summaries).toContain(`documents: ${total} (processed 0, unchanged ${total}, failed 0)`);

    const { ok, rows } = checkDatabase();
    expect(rows).toBe(total);
    expect(ok).toBe(total);
    expect(checkJson()).toBe(total);
    expect(existsSync(`${dbFile}.lock`)).toBe(false);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(a.stderr + b.stderr).toContain(`${orphan}: removed (left by a run that was killed while writing it)`);
  });
});

