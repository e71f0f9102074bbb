/**
 * One runner for the spec tables of the targets and tables extractors
 * (tests/specs/targets.yaml, tests/specs/tables.yaml). Only the fields a row writes are
 * compared; on failure the candidate trace of the phrase is printed.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { extractTables } from '../../src/extract/tables/index.js';
import type { Target } from '../../src/schema/output.js';
import { NO_OUTLINE } from '../unit/tables-context.js';
import { ctxOf, targetsOf, trace } from '../unit/targets-context.js';

const here = dirname(fileURLToPath(import.meta.url));
const read = <T>(file: string): T[] => YAML.parse(readFileSync(join(here, file), 'utf8')) as T[];

type Expected = Partial<Omit<Target, 'ruleId'>> & { rule?: string };

interface TargetRow {
  phrase: string;
  source?: string;
  guards?: string;
  scope?: { governingYear?: number | null; periodEnd?: number | null; periodStart?: number | null; issueYear?: number | null };
  pending?: string;
  expect?: Expected[];
}

interface TableRow {
  name: string;
  source?: string;
  lines: string[];
  kinds: ('indicator' | 'tasks' | 'list')[];
  expect: Expected[];
  periodEnd?: number;
  periodStart?: number;
}

function compare(actual: readonly Target[], expected: readonly Expected[], text: string, why: string) {
  expect(actual.length, `count${why}`).toBe(expected.length);
  expected.forEach((e, i) => {
    const a = actual[i];
    const { rule, ...fields } = e;
    const picked: Record<string, unknown> = {};
    for (const k of Object.keys(fields)) picked[k] = (a as unknown as Record<string, unknown>)[k];
    if (rule !== undefined) picked.rule = a.ruleId;
    expect(picked, `target ${i}${why}`).toEqual(e);
    expect(text.slice(a.span.start, a.span.end), `span of target ${i}`).toBe(a.text);
  });
}

const targetRows = read<TargetRow>('targets.yaml');
const pending = targetRows.filter((r) => r.pending);

describe('tests/specs/targets.yaml', () => {
  for (const row of targetRows) {
    const name = `${row.phrase}${row.guards ? ` (guards ${row.guards})` : ''}`;
    if (row.pending) {
      it.skip(`${name} — pending: ${row.pending}`, () => {});
      continue;
    }
    it(name, () => {
      const scope = { governingYear: null, periodEnd: 2025, ...row.scope };
      compare(targetsOf(row.phrase, scope), row.expect ?? [], row.phrase, trace(row.phrase, scope));
    });
  }
  it(`has ${pending.length} pending row(s), each with a reason`, () => {
    for (const r of pending) expect(r.pending).toMatch(/\S/);
  });
});

describe('tests/specs/tables.yaml', () => {
  for (const row of read<TableRow>('tables.yaml')) {
    it(row.name, () => {
      const text = row.lines.join('\n');
      const { tables, targets } = extractTables(ctxOf(text), NO_OUTLINE, { periodEnd: row.periodEnd ?? 2025, periodStart: row.periodStart ?? null });
      expect(tables.map((t) => t.kind)).toEqual(row.kinds);
      compare(targets, row.expect, text, '');
    });
  }
});
