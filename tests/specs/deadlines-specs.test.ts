/**
 * The one runner for the spec tables of the deadlines and metadata extractors
 * (tests/specs/deadlines.yaml, tests/specs/metadata.yaml): every SPEC §3 and §8
 * example is a row. Pending rows are skipped with their reason, and counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { extractDeadlines } from '../../src/extract/deadlines/index.js';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { docContext } from '../unit/deadlines-context.js';

interface DeadlineRow {
  name: string;
  pending?: string;
  input: string;
  referenceYear: number | null;
  planPeriod: [number, number] | null;
  expected: {
    text: string;
    at: number;
    kind: string;
    date?: string | null;
    start?: string | null;
    recurrence?: string | null;
    ruleId: string;
  }[];
}

interface MetadataRow {
  name: string;
  pending?: string;
  input: string;
  expected: {
    metadata: Record<string, unknown>;
    referenceYear?: number | null;
    bodyStartsWith?: string;
    noticeEndsWith?: string | null;
  };
}

function rows<T>(file: string): T[] {
  return YAML.parse(readFileSync(join('tests', 'specs', file), 'utf8')) as T[];
}

const deadlineRows = rows<DeadlineRow>('deadlines.yaml');
const metadataRows = rows<MetadataRow>('metadata.yaml');

describe('spec: deadlines (tests/specs/deadlines.yaml)', () => {
  for (const row of deadlineRows) {
    const run = row.pending ? it.skip : it;
    run(row.pending ? `${row.name} [pending: ${row.pending}]` : row.name, () => {
      const ctx = docContext(row.input);
      const opts = {
        referenceYear: row.referenceYear,
        planPeriod: row.planPeriod ? { start: row.planPeriod[0], end: row.planPeriod[1] } : null,
      };
      const found = extractDeadlines(ctx, { start: 0, end: row.input.length }, opts);
      const actual = found.map((d) => {
        expect(row.input.slice(d.span.start, d.span.end)).toBe(d.text);
        return {
          text: d.text,
          at: d.span.start,
          kind: d.kind,
          date: d.date,
          start: d.start,
          recurrence: d.recurrence,
          ruleId: d.ruleId,
        };
      });
      const expected = row.expected.map((e) => ({ date: null, start: null, recurrence: null, ...e }));
      expect(actual).toEqual(expected);
    });
  }
});

describe('spec: metadata (tests/specs/metadata.yaml)', () => {
  for (const row of metadataRows) {
    const run = row.pending ? it.skip : it;
    run(row.pending ? `${row.name} [pending: ${row.pending}]` : row.name, () => {
      const ctx = docContext(row.input);
      const info = extractMetadata(ctx);
      expect(info.metadata).toMatchObject(row.expected.metadata);
      if (row.expected.referenceYear !== undefined) expect(info.referenceYear).toBe(row.expected.referenceYear);
      if (row.expected.bodyStartsWith !== undefined) {
        expect(ctx.text.slice(info.bodyStart).startsWith(row.expected.bodyStartsWith)).toBe(true);
      }
      if (row.expected.noticeEndsWith !== undefined) {
        if (row.expected.noticeEndsWith === null) expect(info.notice).toBeNull();
        else expect(ctx.text.slice(info.notice!.start, info.notice!.end).endsWith(row.expected.noticeEndsWith)).toBe(true);
      }
    });
  }
});

it('spec tables: pending rows are counted', () => {
  const pending = [...deadlineRows, ...metadataRows].filter((r) => r.pending).length;
  expect(pending).toBeLessThanOrEqual(3);
});
