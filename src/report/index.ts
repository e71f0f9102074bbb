/**
 * `policy-extract report`: `<out>/report/index.html` and one page per document, written from
 * the JSON files in the output folder. Pages are self-contained (style and script inlined, no
 * network): they open from disk and can be sent on their own.
 *
 * Cheap enough to run after every `run`: a cache beside the pages (`.cache.json`) keeps each
 * document's summary keyed by its JSON file's size and mtime, so only new or changed documents
 * are read and rendered again; the corpus page is rebuilt from the summaries. The cache is
 * dropped when the report code itself changes.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_VERSION, type PolicyDocument } from '../schema/output.js';
import { renderCorpusPage } from './corpus-page.js';
import { renderDocumentPage } from './document-page.js';
import { groupPlans, summarise, type DocSummary } from './model.js';

export interface ReportOptions {
  /** Default `<outDir>/report`. */
  reportDir?: string;
  /** Timestamp shown on the corpus page; default now. */
  generatedAt?: string;
  /** Ignore the cache: read and render every document. */
  force?: boolean;
}

export interface ReportResult {
  dir: string;
  index: string;
  documents: number;
  /** Document pages rendered (new or changed documents). */
  rendered: number;
  /** Pages of documents no longer in the output folder, removed. */
  removed: number;
  /** JSON files in the output folder that are not documents this report can show. */
  skipped: { file: string; reason: string }[];
  ms: number;
}

const CACHE_FILE = '.cache.json';
const REQUIRED_ARRAYS = ['pageMap', 'sections', 'tasks', 'targets', 'deadlines', 'tables', 'errors'] as const;

interface CacheEntry {
  size: number;
  mtimeMs: number;
  siblings: string;
  summary: DocSummary;
}
interface Cache {
  code: string;
  docs: Record<string, CacheEntry>;
}

/**
 * A document JSON, checked for shape only: files in the output folder were validated against
 * the zod schema when they were written, so a full parse here would only cost time.
 */
function readDocument(file: string): { doc?: PolicyDocument; reason?: string } {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return { reason: `not JSON (${(e as Error).message})` };
  }
  if (!raw || typeof raw !== 'object' || !('schemaVersion' in raw)) return { reason: 'not a document' };
  if (raw.schemaVersion !== SCHEMA_VERSION) return { reason: `schema version ${String(raw.schemaVersion)}, the report reads ${SCHEMA_VERSION}` };
  const bad =
    typeof raw.id !== 'string' || typeof raw.text !== 'string' || !raw.source || !raw.metadata || REQUIRED_ARRAYS.some((k) => !Array.isArray(raw[k]));
  if (bad) return { reason: 'not a complete document' };
  return { doc: raw as unknown as PolicyDocument };
}

/** Write `file` only when its content changed, atomically. */
function writeIfChanged(file: string, content: string): boolean {
  if (existsSync(file)) {
    try {
      if (readFileSync(file, 'utf8') === content) return false;
    } catch {
      // unreadable: rewrite
    }
  }
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, file);
  return true;
}

/** Size and mtime of the report's own code: a new version of it renders every page again. */
function codeFingerprint(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(here).filter((f) => /\.(js|ts)$/.test(f)).sort();
  return files.map((f) => {
    const st = statSync(join(here, f));
    return `${f}:${st.size}:${Math.round(st.mtimeMs)}`;
  }).join(',');
}

function readCache(file: string, code: string): Cache {
  try {
    const c = JSON.parse(readFileSync(file, 'utf8')) as Cache;
    if (c && c.code === code && c.docs && typeof c.docs === 'object') return c;
  } catch {
    // missing or damaged: start afresh
  }
  return { code, docs: {} };
}

export function writeReport(outDir: string, opts: ReportOptions = {}): ReportResult {
  const t0 = performance.now();
  const dir = opts.reportDir ?? join(outDir, 'report');
  const generatedAt = opts.generatedAt ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  mkdirSync(dir, { recursive: true });
  const code = codeFingerprint();
  const old = opts.force ? { code, docs: {} } : readCache(join(dir, CACHE_FILE), code);
  const cache: Cache = { code, docs: {} };

  // 1. a summary of every document: from the cache when its JSON is unchanged
  const files = existsSync(outDir) ? readdirSync(outDir).filter((f) => f.endsWith('.json') && !f.startsWith('.')).sort() : [];
  const docs: DocSummary[] = [];
  const fileOf = new Map<string, string>();
  const skipped: { file: string; reason: string }[] = [];
  const fresh = new Set<string>();
  for (const f of files) {
    let st;
    try {
      st = statSync(join(outDir, f));
    } catch {
      continue; // removed meanwhile
    }
    const hit = old.docs[f];
    if (hit && hit.size === st.size && hit.mtimeMs === st.mtimeMs && existsSync(join(dir, hit.summary.page))) {
      docs.push(hit.summary);
      fileOf.set(hit.summary.id, f);
      cache.docs[f] = { ...hit };
      continue;
    }
    const { doc, reason } = readDocument(join(outDir, f));
    if (!doc) {
      skipped.push({ file: f, reason: reason ?? 'unreadable' });
      continue;
    }
    const summary = summarise(doc);
    docs.push(summary);
    fileOf.set(summary.id, f);
    fresh.add(f);
    cache.docs[f] = { size: st.size, mtimeMs: st.mtimeMs, siblings: '', summary };
  }

  // 2. one page per document that is new, changed, or whose other versions changed
  const plans = groupPlans(docs);
  let rendered = 0;
  const pages = new Set<string>();
  for (const plan of plans) {
    for (const d of plan.docs) {
      const f = fileOf.get(d.id) as string;
      pages.add(d.page);
      const siblings = plan.docs.filter((x) => x.id !== d.id).map((x) => ({ page: x.page, format: x.format }));
      const key = JSON.stringify(siblings);
      const entry = cache.docs[f];
      if (!fresh.has(f) && entry.siblings === key) continue;
      const { doc, reason } = readDocument(join(outDir, f));
      if (!doc) {
        skipped.push({ file: f, reason: reason ?? 'unreadable' });
        continue;
      }
      const jsonHref = relative(dir, join(outDir, f)).split(sep).join('/');
      writeIfChanged(join(dir, d.page), renderDocumentPage(doc, { siblings, generatedAt: '', jsonHref }));
      entry.siblings = key;
      rendered++;
    }
  }

  // 3. the corpus page, the cache, and no pages of documents that are gone
  const index = join(dir, 'index.html');
  writeIfChanged(index, renderCorpusPage(docs, plans, { generatedAt, outDir, skipped }));
  writeIfChanged(join(dir, CACHE_FILE), JSON.stringify(cache));
  let removed = 0;
  for (const f of readdirSync(dir)) {
    if (/^doc-[0-9a-f]+\.html$/.test(f) && !pages.has(f)) {
      rmSync(join(dir, f), { force: true });
      removed++;
    }
  }
  return { dir, index, documents: docs.length, rendered, removed, skipped, ms: performance.now() - t0 };
}
