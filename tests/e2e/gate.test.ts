/**
 * The regression gate and `diff` on a one-line rule change, through the CLI on real
 * corpus plans: the change shows up as changed units, and `eval --check` fails.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const CLI = join(process.cwd(), 'dist', 'cli.js');
const cli = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
const dir = mkdtempSync(join(tmpdir(), 'policy-gate-'));
const corpus = join(dir, 'corpus');
const rules = join(dir, 'rules');

beforeAll(() => {
  mkdirSync(corpus);
  for (const f of ['suzhou-cultural-creative-2023-2025.txt', 'taicang-culture-2025-draft.txt']) copyFileSync(join('corpus', f), join(corpus, f));
  cpSync('rules', rules, { recursive: true });
  // the one-line rule change: forget what 工信局 stands for
  const general = join(rules, 'abbreviations', 'general.yaml');
  writeFileSync(general, readFileSync(general, 'utf8').replace(/^ {2}工信局: 工业和信息化局\n/m, ''));
  expect(cli(['run', corpus, '--out', join(dir, 'old'), '--quiet', '--no-report']).status).toBe(0);
  expect(cli(['--rules', rules, 'run', corpus, '--out', join(dir, 'new'), '--quiet', '--no-report']).status).toBe(0);
});

describe('a one-line rule change', () => {
  it('diff shows its effect per document', () => {
    const r = cli(['diff', join(dir, 'old'), join(dir, 'new'), '--json']);
    expect(r.status).toBe(0);
    const text = r.stdout;
    expect(text).toContain('苏州市工业和信息化局');
    expect(text).toContain('苏州市工信局');
    expect(text).toContain('太仓市工信局');
  });

  it('the gate passes on the old output and fails on the new', () => {
    const baseline = join(dir, 'baseline.json');
    const common = ['eval', '--gold', 'tests/gold', '--corpus', corpus, '--baseline', baseline];
    expect(cli([...common, '--out', join(dir, 'old'), '--write-baseline']).status).toBe(0);
    expect(cli([...common, '--out', join(dir, 'old'), '--check']).status).toBe(0);
    const broken = cli([...common, '--out', join(dir, 'new'), '--check']);
    expect(broken.status).toBe(1);
    expect(broken.stdout + broken.stderr).toMatch(/canonical/i);
  });
});
