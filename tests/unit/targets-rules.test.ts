/** The targets rule files are validated at load time: a bad entry names its file and entry. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultRulesDir, loadRules } from '../../src/ruleset/load.js';

function withEdit(file: string, edit: (s: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'rules-'));
  cpSync(defaultRulesDir(), dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return loadRules(dir);
}

describe('targets rule files', () => {
  it('load', () => {
    expect(loadRules().ok).toBe(true);
  });

  it('a comparator word under an unknown comparator is refused', () => {
    const r = withEdit('comparators.yaml', (s) => s.replace('  gte: [不少于', '  more: [不少于'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.reason).join('\n')).toMatch(/comparators\.yaml: entry before/);
  });

  it('a word listed under two comparators is refused', () => {
    const r = withEdit('comparators.yaml', (s) => s.replace('lt: [低于,', 'lt: [不少于, 低于,'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.reason).join('\n')).toMatch(/comparators\.yaml: entry before\.lt: "不少于" is already listed/);
  });

  it('a broken non-target pattern names its entry', () => {
    const r = withEdit('non-targets.yaml', (s) => s.replace('pattern: "第{sp}$"', 'pattern: "第{nope}$"'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.reason).join('\n')).toMatch(/non-targets\.yaml: entry before\.ordinal: unknown named pattern \{nope\}/);
  });

  it('a year pattern must capture the year', () => {
    const r = withEdit('targets.yaml', (s) => s.replace('    - "(?<y>{dateYear}){sp}年{sp}[，,：:]"', '    - "{dateYear}{sp}年{sp}[，,：:]"'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.reason).join('\n')).toMatch(/targets\.yaml: entry years\.lead\.0/);
  });

  it('a measure with a bad kind is refused', () => {
    const r = withEdit('measures.yaml', (s) => s.replace('{ word: 家, kind: count }', '{ word: 家, kind: thing }'));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.map((e) => e.reason).join('\n')).toMatch(/measures\.yaml: entry measures\.0\.kind/);
  });
});
