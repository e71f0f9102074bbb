import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PolicyDocument } from '../schema/output.js';

/** `out/<document id>.json`, written to a temporary file and renamed, so a crash never leaves half a file. */
export function writeJson(outDir: string, doc: PolicyDocument): string {
  mkdirSync(outDir, { recursive: true });
  const file = join(outDir, `${doc.id}.json`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(doc, null, 1));
  renameSync(tmp, file);
  return file;
}
