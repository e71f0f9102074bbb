import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Files under the given paths (folders recursively, hidden entries skipped), sorted. */
export function collectFiles(paths: readonly string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (p: string) => {
    let st;
    try {
      st = statSync(p);
    } catch {
      missing.push(p);
      return;
    }
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) if (!name.startsWith('.')) walk(join(p, name));
    } else if (st.isFile()) files.push(p);
  };
  paths.forEach(walk);
  return { files: [...new Set(files)].sort(), missing };
}
