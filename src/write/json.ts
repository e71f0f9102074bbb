import { mkdirSync, readdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyDocument } from '../schema/output.js';
import { pidAlive } from './lock.js';

/** `out/<document id>.json`, written to a temporary file and renamed, so a crash never leaves half a file. */
export function writeJson(outDir: string, doc: PolicyDocument): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${doc.id}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(doc, null, 1));
  renameSync(tmp, file);
  return file;
}

const TEMP = /^(.+\.json)\.(\d+)\.tmp$/;

/**
 * Removes the temporary files that runs killed in the middle of {@link writeJson} left in `outDir`
 * (a process that no longer exists; this one's cannot be in flight, its writes are synchronous).
 * Returns the names removed.
 */
export function removeStaleTemps(outDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(outDir);
  } catch {
    return []; // no output folder yet
  }
  const removed: string[] = [];
  for (const name of names) {
    const m = TEMP.exec(name);
    if (!m || (Number(m[2]) !== process.pid && pidAlive(Number(m[2])))) continue;
    try {
      unlinkSync(join(outDir, name));
      removed.push(name);
    } catch {
      // gone already (another run cleaned up)
    }
  }
  return removed;
}
