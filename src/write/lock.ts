/**
 * One run per database at a time. `run` holds an exclusive lock file next to the
 * database (`<db>.lock`, created with O_EXCL) that names the owner's pid. A second run
 * waits for it; a lock whose owner is dead (killed mid-batch) is stale and taken over.
 *
 * Taking over a stale lock is itself serialised by a short-lived `<db>.lock.takeover`
 * file, so that two waiting runs cannot both delete the stale lock and both believe
 * they hold the new one.
 */
import { closeSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';

export interface LockOptions {
  /** How long to wait for a live owner to finish, in milliseconds (0: do not wait). */
  waitMs: number;
  /** Delay between attempts, in milliseconds. */
  pollMs?: number;
}

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

export interface DbLock {
  readonly file: string;
  release(): void;
}

/** The database is in use by another live run; the message is what the CLI prints. */
export class LockHeldError extends Error {
  constructor(
    readonly dbFile: string,
    readonly owner: LockOwner | null,
  ) {
    super(`database ${dbFile} is in use by another run (pid ${owner?.pid ?? 'unknown'})`);
    this.name = 'LockHeldError';
  }
}

export function lockFileOf(dbFile: string): string {
  return `${dbFile}.lock`;
}

/** A takeover file older than this belongs to a process that died while holding it. */
const TAKEOVER_STALE_MS = 10_000;

/** A lock file still empty after this long was left by a process that died creating it. */
const EMPTY_STALE_MS = 5_000;

export async function acquireDbLock(dbFile: string, opts: LockOptions): Promise<DbLock> {
  const file = lockFileOf(dbFile);
  mkdirSync(dirname(file), { recursive: true });
  const deadline = Date.now() + opts.waitMs;
  const poll = opts.pollMs ?? 200;
  for (;;) {
    const lock = tryCreate(file);
    if (lock) return lock;
    const owner = readOwner(file);
    if (owner === 'missing') continue; // released between our two calls: try again now
    if (isStale(file, owner)) {
      removeStale(file, owner);
      continue;
    }
    if (Date.now() >= deadline) throw new LockHeldError(dbFile, owner);
    await sleep(Math.min(poll, Math.max(1, deadline - Date.now())));
  }
}

function tryCreate(file: string): DbLock | null {
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw e;
  }
  const owner: LockOwner = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  try {
    writeSync(fd, JSON.stringify(owner) + '\n');
  } finally {
    closeSync(fd);
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    // remove it only while it is still ours
    const now = readOwner(file);
    if (now !== 'missing' && now?.pid === owner.pid && now.since === owner.since) {
      try {
        unlinkSync(file);
      } catch {
        /* already gone */
      }
    }
  };
  // process.exit() skips `finally` blocks; a kill -9 leaves the file behind, which the
  // next run recognises as stale.
  process.on('exit', release);
  return { file, release };
}

/** The owner written in the lock file; null when unreadable or empty; 'missing' when gone. */
export function readOwner(file: string): LockOwner | null | 'missing' {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    return null;
  }
  try {
    const o = JSON.parse(text) as Partial<LockOwner>;
    if (typeof o.pid === 'number' && Number.isInteger(o.pid) && o.pid > 0) {
      return { pid: o.pid, host: typeof o.host === 'string' ? o.host : '', since: typeof o.since === 'string' ? o.since : '' };
    }
  } catch {
    /* a partly written or foreign file */
  }
  return null;
}

/** Whether a process with this pid exists (on this machine). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(file: string, owner: LockOwner | null): boolean {
  if (owner === null) return ageMs(file) > EMPTY_STALE_MS;
  if (owner.host && owner.host !== hostname()) return false; // cannot check another machine's pids
  return !pidAlive(owner.pid);
}

function removeStale(file: string, seen: LockOwner | null): void {
  const takeover = `${file}.takeover`;
  let fd: number;
  try {
    fd = openSync(takeover, 'wx');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    if (ageMs(takeover) > TAKEOVER_STALE_MS) unlinkQuiet(takeover);
    return; // someone else is taking over: the caller looks again
  }
  try {
    closeSync(fd);
    // still the same stale owner? (another run may have taken over and locked since)
    const now = readOwner(file);
    const same = now === null ? seen === null : now !== 'missing' && seen !== null && now.pid === seen.pid && now.since === seen.since;
    if (same && isStale(file, now === 'missing' ? null : now)) unlinkQuiet(file);
  } finally {
    unlinkQuiet(takeover);
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    /* gone already */
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((res) => setTimeout(res, ms));
}
