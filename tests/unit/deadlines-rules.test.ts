/** rules/deadlines.yaml and rules/metadata.yaml are validated at load: a bad entry names file and entry. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/ruleset/load.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function withEdit(file: string, edit: (s: string) => string): string[] {
  dir = mkdtempSync(join(tmpdir(), 'rules-'));
  cpSync('rules', dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  const r = loadRules(dir);
  return r.ok ? [] : r.errors.map((e) => e.reason);
}

describe('deadline and metadata rule files', () => {
  it('load as they are', () => {
    expect(loadRules().ok).toBe(true);
  });
  it('a broken form regex names the file and the form', () => {
    const errors = withEdit('deadlines.yaml', (s) => s.replace('outlook-year: "(?:{outlook})', 'outlook-year: "(?:{outlook}'));
    expect(errors.some((e) => e.includes('deadlines.yaml') && e.includes('forms.outlook-year'))).toBe(true);
  });
  it('an unknown recurrence names the file and the entry', () => {
    const errors = withEdit('deadlines.yaml', (s) => s.replace('  季度: quarterly\n', '  季度: fortnightly\n'));
    expect(errors.some((e) => e.includes('deadlines.yaml') && e.includes('every.季度'))).toBe(true);
  });
  it('an unknown named sub-pattern in metadata.yaml names the entry', () => {
    const errors = withEdit('metadata.yaml', (s) => s.replace('selfReference: "', 'selfReference: "{noSuchPattern}'));
    expect(errors.some((e) => e.includes('metadata.yaml') && e.includes('selfReference') && e.includes('noSuchPattern'))).toBe(true);
  });
});
