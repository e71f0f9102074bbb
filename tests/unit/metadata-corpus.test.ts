/**
 * Metadata of every corpus plan equals its gold metadata (all eight fields), for TXT read
 * as one paragraph per line, and for TXT, PDF and DOCX through ingest and normalisation.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/extract/metadata/index.js';
import { ingestDocx } from '../../src/ingest/docx.js';
import { ingestPdf } from '../../src/ingest/pdf.js';
import { ingestTxt } from '../../src/ingest/txt.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/ingest/types.js';
import { normalise } from '../../src/normalise/index.js';
import type { Metadata } from '../../src/schema/output.js';
import { docContext, rules } from './deadlines-context.js';

const CORPUS = 'corpus';
const GOLD = join('tests', 'gold');
const plans = readdirSync(GOLD)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.gold\.json$/, ''))
  .sort();

function gold(plan: string): Metadata {
  return JSON.parse(readFileSync(join(GOLD, `${plan}.gold.json`), 'utf8')).metadata as Metadata;
}

/** Issuers compared as a set (the gold README scores them so). */
function comparable(m: Metadata) {
  return { ...m, issuers: [...m.issuers].sort() };
}

/** The TXT as the brief describes normalised text: no indentation, no blank lines, no web chrome. */
function plainLines(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) =>
      l
        .replace(/\[bookmark: [^\]]*\]/g, '')
        .replace(/字号\s*[：:]\s*【\s*大\s*中\s*小\s*】|【\s*内容纠错\s*】|分享到\s*[：:]?/g, '')
        .trim(),
    )
    .filter((l) => l.length > 0)
    .join('\n');
}

describe.each(plans)('%s', (plan) => {
  it('TXT, one paragraph per line', () => {
    const text = plainLines(readFileSync(join(CORPUS, `${plan}.txt`), 'utf8'));
    expect(comparable(extractMetadata(docContext(text)).metadata)).toEqual(comparable(gold(plan)));
  });

  it.each(['txt', 'pdf', 'docx'] as const)('%s through ingest and normalisation', async (format) => {
    const bytes = new Uint8Array(readFileSync(join(CORPUS, `${plan}.${format}`)));
    const ingest = { txt: ingestTxt, pdf: ingestPdf, docx: ingestDocx }[format];
    const out = await ingest(bytes, DEFAULT_INGEST_LIMITS);
    if (!out.ok) throw new Error(out.reason);
    const n = normalise(out.value.text, out.value.pageMap, rules());
    const ctx = { docId: 't', path: plan, text: n.text, lines: n.lines, pageMap: n.pageMap, rules: rules(), messages: [] };
    expect(comparable(extractMetadata(ctx).metadata)).toEqual(comparable(gold(plan)));
  });
});
