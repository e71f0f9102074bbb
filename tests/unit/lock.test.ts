import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDbLock, LockHeldError, lockFileOf, pidAlive, readOwner } from '../../src/write/lock.js';

let dir: string;
let db: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lock-test-'));
  db = join(dir, 'out', 'policies.sqlite');
  mkdirSync(join(dir, 'out'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  const pid = Number(r.stdout.toString());
  expect(pidAlive(pid)).toBe(false);
  return pid;
}

function writeLock(pid: number, since = '2025-01-01T00:00:00.000Z') {
  writeFileSync(lockFileOf(db), JSON.stringify({ pid, host: '', since }) + '\n');
}

describe('acquireDbLock', () => {
  it('creates <db>.lock (and its folder) naming this process, and removes it on release', async () => {
    const fresh = join(dir, 'not-yet', 'policies.sqlite');
    const lock = await acquireDbLock(fresh, { waitMs: 0 });
    expect(lock.file).toBe(`${fresh}.lock`);
    expect(readOwner(lock.file)).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lock.release(); // twice is harmless
  });

  it('refuses a second holder with the message the CLI prints', async () => {
    const lock = await acquireDbLock(db, { waitMs: 0 });
    try {
      const t0 = Date.now();
      const err = await acquireDbLock(db, { waitMs: 300, pollMs: 50 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LockHeldError);
      expect((err as Error).message).toBe(`database ${db} is in use by another run (pid ${process.pid})`);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    } finally {
      lock.release();
    }
  });

  it('waits for the holder to finish', async () => {
    const first = await acquireDbLock(db, { waitMs: 0 });
    setTimeout(() => first.release(), 300);
    const second = await acquireDbLock(db, { waitMs: 5000, pollMs: 50 });
    expect(readOwner(second.file)).toMatchObject({ pid: process.pid });
    second.release();
  });

  it('takes over a stale lock whose owner is dead (a run killed with SIGKILL)', async () => {
    writeLock(deadPid());
    const lock = await acquireDbLock(db, { waitMs: 0 });
    expect(readOwner(lock.file)).toMatchObject({ pid: process.pid });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
  });

  it('does not take over the lock of a live process', async () => {
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)'], { stdio: 'ignore' });
    try {
      writeLock(child.pid!);
      const err = await acquireDbLock(db, { waitMs: 200, pollMs: 50 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(LockHeldError);
      expect((err as LockHeldError).owner?.pid).toBe(child.pid);
      expect(readOwner(lockFileOf(db))).toMatchObject({ pid: child.pid });
    } finally {
      child.kill('SIGKILL');
    }
  });

  it('treats an unreadable lock file as held while fresh, and as stale once old', async () => {
    writeFileSync(lockFileOf(db), '');
    const err = await acquireDbLock(db, { waitMs: 100, pollMs: 20 }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/in use by another run \(pid unknown\)/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockFileOf(db), old, old);
    const lock = await acquireDbLock(db, { waitMs: 0 });
    lock.release();
  });

  it('lets only one of several waiting processes in at a time, even over a stale lock', async () => {
    writeLock(deadPid());
    const log = join(dir, 'log.txt');
    const lockModule = fileURLToPath(new URL('../../src/write/lock.ts', import.meta.url));
    const script = `
      import { appendFileSync } from 'node:fs';
      const { acquireDbLock } = await import(${JSON.stringify(lockModule)});
      const lock = await acquireDbLock(${JSON.stringify(db)}, { waitMs: 20000, pollMs: 10 });
      appendFileSync(${JSON.stringify(log)}, 'in ' + process.pid + '\\n');
      await new Promise((r) => setTimeout(r, 50));
      appendFileSync(${JSON.stringify(log)}, 'out ' + process.pid + '\\n');
      lock.release();`;
    const runs = Array.from({ length: 4 }, () =>
      new Promise<number>((res) => {
        const c = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'inherit'] });
        c.on('exit', (code) => res(code ?? -1));
      }),
    );
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0]);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(8);
    for (let i = 0; i < lines.length; i += 2) {
      expect(lines[i]).toMatch(/^in /);
      expect(lines[i + 1]).toBe(lines[i].replace('in', 'out'));
    }
    expect(existsSync(lockFileOf(db))).toBe(false);
  });
});
