#!/usr/bin/env node
// Benchmark: the full pipeline against the formats' own libraries, on a corpus built from corpus/.
//
//   npm run bench                    # 2,100 documents (1,300 PDF = 20,800 pages, 400 TXT, 400 DOCX),
//                                    # then the same on 200 documents (peak RSS must not grow with size)
//   npm run bench -- --docs 150      # a quick run
//
// Options: --docs N (default 2100)  --small N (second, smaller corpus for the memory comparison; default
// 200, 0 = none)  --concurrency N (default: number of cores)  --rules DIR  --dir DIR (work folder, default
// $TMPDIR/policy-extract-bench)  --json FILE (write every figure)  --keep (keep output folders).
//
// The corpus is deterministic: copies of the corpus plans, each copy varied in bytes that do not change
// what is read from it, so every copy has its own content hash (and its own document id):
//   TXT   a last line of spaces and tabs (the copy number in binary);
//   PDF   a comment after %%EOF (`%policy-extract-bench N`);
//   DOCX  a zip archive comment (end-of-central-directory record).
// Folders 0-warmup/ (2 documents per format, timed as start-up), docx/, pdf/, txt/ are processed one after
// the other, so every format has its own time.
//
// Measured, each side in its own child process (peak RSS is the child's, worker threads included):
//   1. pipeline   runBatch (what `policy-extract run` does) into a fresh output folder, one pool of workers
//                 and one output folder and database for the whole run, with the CLI's node flags and environment (its shebang);
//   2. raw        the libraries alone, in as many worker threads as the pipeline uses:
//                 PDF pdf.js getTextContent of every page (loaded and called as src/ingest/pdf.ts does);
//                 DOCX mammoth.extractRawText + nodejieba cut of that text;
//                 TXT read + UTF-8 decode + nodejieba cut of that text;
//      1 and 2 take turns on the same chunks of files (~10 s of work each), so that the load of a shared
//      machine weighs on both alike;
//   3. no-op      the pipeline again over the whole corpus: every document unchanged;
//   4. forced     `--force` over the TXT documents again, into the full database: every document's rows
//                 replaced (what a rules change does to a corpus);
//   5. pipeline on the small corpus (peak RSS only).
// Per format, the ratio is pipeline / raw wall time of the same files in the same bench run, both on all
// cores (--concurrency threads each); CPU seconds (user + system, all threads) are printed beside it.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const SELF = fileURLToPath(import.meta.url);
const ROOT = resolve(dirname(SELF), '..');
const dist = (p) => pathToFileURL(join(ROOT, 'dist', p)).href;
const FORMATS = ['docx', 'pdf', 'txt'];
/**
 * What the CLI runs with, from its shebang (`#!/usr/bin/env -S NAME=value … node --flag …`): the
 * environment variables and node flags the pipeline children are given too.
 */
function cliLaunch() {
  const words = readFileSync(join(ROOT, 'dist', 'cli.js'), 'utf8').split('\n', 1)[0].replace(/^#!\S*env\s+-S\s+/, '').split(/\s+/).filter(Boolean);
  const at = words.indexOf('node');
  const env = Object.fromEntries(words.slice(0, Math.max(at, 0)).map((w) => w.split(/=(.*)/s).slice(0, 2)));
  return { env, flags: at < 0 ? [] : words.slice(at + 1) };
}
const WARMUP = '0-warmup';
const PHASES = [WARMUP, ...FORMATS];

// ------------------------------------------------------------------------------------------
// Orchestrator

async function main(opts, docs, small) {
  if (!Number.isInteger(docs) || docs < 3) throw new Error('--docs must be a whole number ≥ 3');
  if (!existsSync(join(ROOT, 'dist', 'run.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  mkdirSync(opts.dir, { recursive: true });
  const machine = {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    node: process.version,
    loadBefore: loadavg().map((x) => x.toFixed(2)).join(' '),
  };
  const say = (s) => process.stderr.write(s + '\n');

  say(`building corpus of ${docs} documents in ${opts.dir} …`);
  const corpus = buildCorpus(opts.dir, docs);
  say(`  ${corpus.counts.pdf} PDF (${corpus.pages} pages), ${corpus.counts.txt} TXT, ${corpus.counts.docx} DOCX (+ ${corpus.warmup} warm-up)`);

  const out = join(opts.dir, `out-${docs}`);
  rmSync(out, { recursive: true, force: true });
  say('pipeline (fresh output folder) and libraries alone, alternating in chunks …');
  const { pipeline, raw } = await alternate(opts, corpus.dir, out, say);
  say(`  pipeline ${pipeline.wall.toFixed(1)} s, libraries ${raw.wall.toFixed(1)} s`);
  say('no-op re-run (everything unchanged) …');
  const noop = await runChild('pipeline', { ...opts, corpus: corpus.dir, out }, [{ phase: 'all', files: filesUnder(corpus.dir) }]);
  say(`  ${noop.wall.toFixed(2)} s`);
  say('forced re-extraction of the TXT documents (rows replaced in the full database) …');
  const forced = await runChild('pipeline', { ...opts, corpus: corpus.dir, out, force: true }, [
    { phase: 'warmup', files: filesUnder(join(corpus.dir, WARMUP)) }, // start-up, as in the full run
    { phase: 'txt', files: filesUnder(join(corpus.dir, 'txt')) },
  ]);
  say(`  ${forced.phases.txt.wall.toFixed(2)} s`);
  let smallRun = null;
  if (small > 0 && small < docs) {
    say(`pipeline on ${small} documents (memory comparison) …`);
    const sc = buildCorpus(opts.dir, small);
    const so = join(opts.dir, `out-${small}`);
    rmSync(so, { recursive: true, force: true });
    const chunks = PHASES.map((folder) => ({ phase: phaseName(folder), files: filesUnder(join(sc.dir, folder)) }));
    smallRun = { docs: small, ...(await runChild('pipeline', { ...opts, corpus: sc.dir, out: so }, chunks)) };
    if (!opts.keep) rmSync(so, { recursive: true, force: true });
  }
  if (!opts.keep) rmSync(out, { recursive: true, force: true });
  machine.loadAfter = loadavg().map((x) => x.toFixed(2)).join(' ');

  const result = { machine, concurrency: opts.concurrency, corpus: { ...corpus, dir: undefined }, pipeline, noop, forced, raw, small: smallRun };
  if (opts.json) writeFileSync(opts.json, JSON.stringify(result, null, 2));
  process.stdout.write(report(result) + '\n');
}

/**
 * The pipeline and the libraries alone, each in its own child process kept alive for the whole run,
 * take turns on the same chunks of files (pipeline then libraries, then the other way round for the
 * next chunk): a shared machine's load then weighs on both sides alike, and the ratio compares like
 * with like. Chunks are ~10 s of work on two cores; each phase (format) is its own chunks.
 */
async function alternate(opts, corpusDir, out, say) {
  const pipeline = startChild('pipeline', { ...opts, corpus: corpusDir, out });
  const raw = startChild('raw', { ...opts, corpus: corpusDir });
  let turn = 0;
  for (const folder of PHASES) {
    const phase = phaseName(folder);
    const chunks = chunked(filesUnder(join(corpusDir, folder)), CHUNK_DOCS[phase] ?? 100);
    for (const files of chunks) {
      const order = turn++ % 2 === 0 ? [pipeline, raw] : [raw, pipeline];
      for (const side of order) await side.run({ phase, files });
    }
    say(`  ${phase}: ${chunks.length} chunk(s)`);
  }
  return { pipeline: await pipeline.finish(), raw: await raw.finish() };
}

/** A child run over the given chunks, one after the other (no alternation). */
async function runChild(kind, o, chunks) {
  const c = startChild(kind, o);
  for (const chunk of chunks) await c.run(chunk);
  return c.finish();
}

/** Documents per chunk, by phase, for ~10 s of work (PDF ~0.13 s, DOCX and TXT ~0.02 s per document on two cores). */
const CHUNK_DOCS = { warmup: Infinity, pdf: 80, docx: 200, txt: 200 };

function chunked(files, size) {
  const out = [];
  for (let i = 0; i < files.length; i += size) out.push(files.slice(i, i + size));
  return out;
}

/**
 * A child process (`--child pipeline|raw`) that processes chunks sent over IPC and answers each with its
 * figures; `finish()` returns them summed by phase, with the child's peak RSS. The pipeline children run
 * with the CLI's node flags and environment (its shebang).
 */
function startChild(kind, o) {
  const args = [SELF, '--child', kind, '--concurrency', String(o.concurrency), '--rules', o.rules];
  if (o.out) args.push('--out', o.out);
  if (o.force) args.push('--force');
  const launch = kind === 'raw' ? { env: {}, flags: [] } : cliLaunch();
  const p = spawn(process.execPath, [...launch.flags, ...args], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], env: { ...process.env, ...launch.env } });
  const replies = [];
  const waiting = [];
  let failure = null;
  p.on('message', (m) => (waiting.length ? waiting.shift().res(m) : replies.push(m)));
  p.on('exit', (code) => {
    failure = new Error(`${kind} child exited with ${code}`);
    for (const w of waiting.splice(0)) w.rej(failure);
  });
  const ask = (msg) => {
    if (failure) return Promise.reject(failure);
    p.send(msg);
    return replies.length ? Promise.resolve(replies.shift()) : new Promise((res, rej) => waiting.push({ res, rej }));
  };
  const phases = {};
  return {
    async run(chunk) {
      const r = await ask(chunk);
      if (r.error) throw new Error(`${kind} child: ${r.error}`);
      const ph = (phases[chunk.phase] ??= { stages: {} });
      for (const [k, v] of Object.entries(r)) {
        if (k === 'stages') addStages(ph.stages, v);
        else if (typeof v === 'number') ph[k] = (ph[k] ?? 0) + v;
      }
    },
    async finish() {
      const end = await ask({ done: true });
      const sum = (k) => Object.values(phases).reduce((n, ph) => n + (ph[k] ?? 0), 0);
      return { wall: sum('wall'), cpu: sum('cpu'), documents: sum('docs'), processed: sum('processed'), skipped: sum('skipped'), failed: sum('failed'), maxRssMb: end.maxRssMb, phases };
    },
  };
}

// ------------------------------------------------------------------------------------------
// Corpus

/** Copies of corpus/ plans, varied in bytes that do not change their reading. Reused when up to date. */
function buildCorpus(workDir, docs) {
  const srcDir = join(ROOT, 'corpus');
  const sources = {};
  for (const f of FORMATS) sources[f] = readdirSync(srcDir).filter((n) => n.endsWith(`.${f}`)).sort();
  const pdf = Math.round((docs * 13) / 21);
  const txt = Math.floor((docs - pdf) / 2);
  const counts = { pdf, txt, docx: docs - pdf - txt };
  const srcHash = createHash('sha256');
  for (const f of FORMATS) for (const n of sources[f]) srcHash.update(n).update(readFileSync(join(srcDir, n)));
  const manifest = { version: 1, docs, counts, sources: srcHash.digest('hex') };
  const dir = join(workDir, `corpus-${docs}`);
  const manifestFile = join(workDir, `corpus-${docs}.json`);
  const pagesOf = Object.fromEntries(sources.pdf.map((n) => [n, pdfPageCount(readFileSync(join(srcDir, n)))]));
  let pages = 0;
  for (let i = 0; i < counts.pdf; i++) pages += pagesOf[sources.pdf[i % sources.pdf.length]];
  const info = { dir, docs, counts, pages, warmup: 2 * FORMATS.length, bytes: {} };
  const cached = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : null;
  if (cached && JSON.stringify(cached.manifest) === JSON.stringify(manifest) && existsSync(dir)) return { ...info, bytes: cached.bytes };

  rmSync(dir, { recursive: true, force: true });
  const bytes = {};
  const write = (folder, name, buf) => {
    mkdirSync(join(dir, folder), { recursive: true });
    writeFileSync(join(dir, folder, name), buf);
    if (folder !== WARMUP) bytes[folder] = (bytes[folder] ?? 0) + buf.length;
  };
  for (const f of FORMATS) {
    const originals = sources[f].map((n) => readFileSync(join(srcDir, n)));
    for (let i = 0; i < 2; i++) write(WARMUP, `warmup-${i}.${f}`, vary(f, originals[i % originals.length], 100000 + i));
    for (let i = 0; i < counts[f]; i++) {
      const k = i % originals.length;
      const name = `${basename(sources[f][k], `.${f}`)}-${String(i + 1).padStart(5, '0')}.${f}`;
      write(f, name, vary(f, originals[k], i + 1));
    }
  }
  writeFileSync(manifestFile, JSON.stringify({ manifest, bytes }));
  return { ...info, bytes };
}

function vary(format, buf, n) {
  if (format === 'txt') {
    // a last line of white space: the copy number in binary (space 0, tab 1)
    const bits = n.toString(2).replace(/0/g, ' ').replace(/1/g, '\t');
    const sep = buf[buf.length - 1] === 0x0a ? '' : '\n';
    return Buffer.concat([buf, Buffer.from(`${sep}${bits}\n`)]);
  }
  if (format === 'pdf') return Buffer.concat([buf, Buffer.from(`\n%policy-extract-bench ${n}\n`, 'latin1')]);
  // DOCX: replace the zip comment in the end-of-central-directory record
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error('DOCX without an end-of-central-directory record');
  const comment = Buffer.from(`policy-extract-bench ${n}`);
  const head = Buffer.from(buf.subarray(0, eocd + 22));
  head.writeUInt16LE(comment.length, 20);
  return Buffer.concat([head, comment]);
}

/** Pages of a PDF without parsing it: `/Type /Page` objects (the corpus PDFs are plain, uncompressed object tables). */
function pdfPageCount(buf) {
  const m = buf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g);
  return m ? m.length : 0;
}


// ------------------------------------------------------------------------------------------
// Phases: 0-warmup/ (start-up), then docx/, pdf/, txt/, each run to completion before the next, so
// that each format's time is its own (at a phase boundary one worker would otherwise still be busy
// with the previous format).

function phaseName(folder) {
  return folder === WARMUP ? 'warmup' : folder;
}

function filesUnder(dir) {
  const files = [];
  const walk = (p) => {
    for (const n of readdirSync(p).sort()) {
      const q = join(p, n);
      if (statSync(q).isDirectory()) walk(q);
      else files.push(q);
    }
  };
  if (existsSync(dir)) walk(dir);
  return files.sort();
}

function clock() {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
  };
}

function addStages(into, timings) {
  for (const [k, v] of Object.entries(timings)) into[k] = (into[k] ?? 0) + v;
}

// ------------------------------------------------------------------------------------------
// Children: each serves chunks sent over IPC ({phase, files} → figures; {done} → peak RSS, exit).

function serve(handle, close) {
  process.on('message', async (m) => {
    if (m.done) {
      await close();
      process.send({ maxRssMb: process.resourceUsage().maxRSS / 1024 }, () => process.exit(0));
      return;
    }
    try {
      const lap = clock();
      const figures = await handle(m);
      process.send({ ...figures, ...lap() });
    } catch (e) {
      process.send({ error: String(e?.stack ?? e) });
    }
  });
}

/** The pipeline: runBatch (as `policy-extract run` calls it) on each chunk, into one output folder and database. */
async function childPipeline(o) {
  const { runBatch } = await import(dist('run.js'));
  const { loadRules } = await import(dist('ruleset/load.js'));
  const { createExtractor } = await import(dist('workers/pool.js'));
  const { DEFAULT_PIPELINE_OPTIONS } = await import(dist('pipeline.js'));
  const loaded = loadRules(o.rules);
  if (!loaded.ok) throw new Error(`rules: ${loaded.errors.map((e) => e.reason).join('; ')}`);
  // one pool for all chunks (as one `run` over the whole folder has): workers start with the first
  const extractor = createExtractor(loaded.rules, o.concurrency, DEFAULT_PIPELINE_OPTIONS, 60_000);
  serve(async ({ files }) => {
    const ph = { docs: 0, failed: 0, pages: 0, bytes: 0, stages: {} };
    const summary = await runBatch(
      {
        paths: files,
        outDir: o.out,
        dbFile: join(o.out, 'policies.sqlite'),
        concurrency: o.concurrency,
        force: Boolean(o.force),
        quiet: true,
        log: () => {},
        extractor,
        onDocument(path, result, writeMs) {
          ph.pages += result.doc.source.pages ?? 0;
          ph.bytes += result.doc.source.bytes;
          addStages(ph.stages, { ...(result.timings ?? {}), write: writeMs });
        },
      },
      loaded.rules,
    );
    return { ...ph, docs: summary.documents, processed: summary.processed, skipped: summary.skipped, failed: summary.failed };
  }, () => extractor.close());
}

/** The libraries alone, in worker threads started once. */
async function childRaw(o) {
  const workers = Array.from({ length: o.concurrency }, () => new Worker(SELF, { workerData: { rules: o.rules } }));
  serve(async ({ files }) => {
    const ph = { docs: 0, pages: 0, chars: 0, stages: {} };
    let next = 0;
    await Promise.all(
      workers.map(
        (w) =>
          new Promise((res, rej) => {
            const feed = () => {
              if (next >= files.length) {
                w.off('message', onMessage);
                w.off('error', rej);
                return res();
              }
              w.postMessage(files[next++]);
            };
            const onMessage = (m) => {
              if (m.error) return rej(new Error(`${m.path}: ${m.error}`));
              ph.docs++;
              ph.pages += m.pages ?? 0;
              ph.chars += m.chars;
              addStages(ph.stages, m.ms);
              feed();
            };
            w.on('message', onMessage);
            w.on('error', rej);
            feed();
          }),
      ),
    );
    return ph;
  }, () => Promise.all(workers.map((w) => w.terminate())));
}

async function rawWorker() {
  const require = createRequire(join(ROOT, 'package.json'));
  // pdf.js loaded as src/ingest/pdf.ts loads it: both bundles, then the built-ins its core-js
  // polyfills replace on Node 20 (Array.prototype.push, JSON.parse/stringify) are put back
  const natives = [[Array.prototype, 'push'], [JSON, 'parse'], [JSON, 'stringify'], [Function.prototype, 'toString']].map(
    ([owner, key]) => [owner, key, Object.getOwnPropertyDescriptor(owner, key)],
  );
  await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.worker.min.mjs')).href);
  const pdfjs = await import(pathToFileURL(require.resolve('pdfjs-dist/legacy/build/pdf.min.mjs')).href);
  for (const [owner, key, d] of natives) Object.defineProperty(owner, key, d);
  const pdfjsDir = dirname(require.resolve('pdfjs-dist/package.json'));
  const mammoth = require('mammoth');
  const jieba = require('nodejieba');
  jieba.load({ userDict: join(workerData.rules, 'jieba', 'user.dict.utf8') });
  parentPort.on('message', async (path) => {
    try {
      const ms = {};
      let t = performance.now();
      const lap = (k) => {
        const now = performance.now();
        ms[k] = (ms[k] ?? 0) + now - t;
        t = now;
      };
      const bytes = readFileSync(path);
      lap('read');
      const format = extname(path).slice(1);
      let chars = 0;
      let pages;
      if (format === 'pdf') {
        const doc = await pdfjs.getDocument({
          data: new Uint8Array(bytes),
          cMapUrl: join(pdfjsDir, 'cmaps') + '/',
          cMapPacked: true,
          standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
          isEvalSupported: false,
          useSystemFonts: false,
          disableFontFace: true,
          verbosity: 0,
        }).promise;
        pages = doc.numPages;
        for (let p = 1; p <= pages; p++) {
          const page = await doc.getPage(p);
          const content = await page.getTextContent();
          for (const item of content.items) chars += item.str?.length ?? 0;
          page.cleanup();
        }
        await doc.destroy();
        lap('pdfjs');
      } else {
        let text;
        if (format === 'docx') {
          text = (await mammoth.extractRawText({ buffer: bytes })).value;
          lap('mammoth');
        } else {
          text = new TextDecoder('utf-8').decode(bytes);
          lap('decode');
        }
        chars = text.length;
        jieba.cut(text);
        lap('cut');
      }
      parentPort.postMessage({ path, ms, chars, pages });
    } catch (e) {
      parentPort.postMessage({ path, error: String(e?.stack ?? e) });
    }
  });
}

// ------------------------------------------------------------------------------------------
// Report

function report(r) {
  const { pipeline: p, raw, noop, forced, corpus, machine } = r;
  const f1 = (x) => (x == null || !Number.isFinite(x) ? '–' : x.toFixed(1));
  const f2 = (x) => (x == null || !Number.isFinite(x) ? '–' : x.toFixed(2));
  const int = (x) => Math.round(x).toLocaleString('en-US');
  const mb = (b) => b / 1048576;
  const lines = [];
  const total = corpus.docs + corpus.warmup;
  lines.push(
    `policy-extract bench: ${int(total)} documents (${int(corpus.counts.pdf)} PDF = ${int(corpus.pages)} pages, ` +
      `${int(corpus.counts.txt)} TXT = ${f1(mb(corpus.bytes.txt ?? 0))} MB, ${int(corpus.counts.docx)} DOCX, ${corpus.warmup} warm-up), concurrency ${r.concurrency}`,
  );
  lines.push(`machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; load average before ${machine.loadBefore}, after ${machine.loadAfter}`);
  lines.push('');
  lines.push('| full run | documents | wall s | documents/s | CPU s (user+sys) | CPU utilisation | peak RSS MB |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|');
  lines.push(`| pipeline (fresh output) | ${int(p.documents)} | ${f1(p.wall)} | ${f1(p.documents / p.wall)} | ${f1(p.cpu)} | ${f2(p.cpu / p.wall)} | ${int(p.maxRssMb)} |`);
  lines.push(`| raw libraries | ${int(raw.documents)} | ${f1(raw.wall)} | ${f1(raw.documents / raw.wall)} | ${f1(raw.cpu)} | ${f2(raw.cpu / raw.wall)} | ${int(raw.maxRssMb)} |`);
  lines.push(`| no-op re-run (${int(noop.skipped)} unchanged) | ${int(noop.documents)} | ${f2(noop.wall)} | ${f1(noop.documents / noop.wall)} | ${f2(noop.cpu)} | ${f2(noop.cpu / noop.wall)} | ${int(noop.maxRssMb)} |`);
  if (r.small) {
    const s = r.small;
    lines.push(`| pipeline, ${int(s.documents)} documents | ${int(s.documents)} | ${f1(s.wall)} | ${f1(s.documents / s.wall)} | ${f1(s.cpu)} | ${f2(s.cpu / s.wall)} | ${int(s.maxRssMb)} |`);
  }
  lines.push('');
  lines.push('| phase | documents | pipeline s | raw s | pipeline / raw | target | throughput | pipeline CPU s | raw CPU s | CPU ratio |');
  lines.push('|---|---:|---:|---:|---:|---:|---|---:|---:|---:|');
  const targets = { pdf: 1.3, txt: 2, docx: 2 };
  for (const ph of ['warmup', ...FORMATS]) {
    const a = p.phases[ph];
    const b = raw.phases[ph];
    if (!a || !b) continue;
    let tp = `${f1(a.docs / a.wall)} documents/s`;
    if (ph === 'pdf') tp += `, ${int(a.pages / a.wall)} pages/s`;
    if (ph === 'txt' || ph === 'docx') tp += `, ${f2(mb(a.bytes) / a.wall)} MB/s`;
    const ratio = a.wall / b.wall;
    const target = ph === 'warmup' ? '' : `≤ ${targets[ph]} ${ratio <= targets[ph] ? '✓' : '✗'}`;
    lines.push(`| ${ph === 'warmup' ? 'start-up (warm-up files)' : ph.toUpperCase()} | ${int(a.docs)} | ${f1(a.wall)} | ${f1(b.wall)} | ${f2(ratio)} | ${target} | ${tp} | ${f1(a.cpu)} | ${f1(b.cpu)} | ${f2(a.cpu / b.cpu)} |`);
  }
  lines.push('');
  const stages = ['ingest', 'normalise', 'metadata', 'outline', 'tasks', 'units', 'targets', 'deadlines', 'tables', 'validate', 'keywords', 'write'];
  lines.push(`| ms per document | ${stages.join(' | ')} | raw: ${['read', 'pdfjs', 'mammoth', 'decode', 'cut'].join(' | ')} |`);
  lines.push(`|---|${stages.map(() => '---:').join('|')}|${Array(5).fill('---:').join('|')}|`);
  for (const ph of FORMATS) {
    const a = p.phases[ph];
    const b = raw.phases[ph];
    if (!a || !b) continue;
    const per = (s, k, n) => (s[k] ? f1(s[k] / n) : '–');
    lines.push(
      `| ${ph.toUpperCase()} | ${stages.map((k) => per(a.stages, k, a.docs)).join(' | ')} | ${['read', 'pdfjs', 'mammoth', 'decode', 'cut'].map((k) => per(b.stages, k, b.docs)).join(' | ')} |`,
    );
  }
  lines.push('');
  lines.push(
    'stages: ms per document, wall clock inside the thread that ran them (worker: ingest … validate, and keywords = jieba ' +
      'when nodejieba\'s threads share its dictionary, else the main thread; main thread: write = JSON + SQLite); ' +
      'with more threads than cores these include waiting for a core.',
  );
  lines.push(
    `no-op re-run: ${f2(noop.wall)} s = ${f1((100 * noop.wall) / p.wall)} % of the full run (target < 5 %); ` +
      `peak RSS ${int(p.maxRssMb)} MB (target < 500)` +
      (r.small ? `, ${int(r.small.maxRssMb)} MB on ${int(r.small.documents)} documents (${p.maxRssMb <= r.small.maxRssMb * 1.1 ? 'within' : 'more than'} 10 %)` : '') +
      `; CPU utilisation ${f2(p.cpu / p.wall)} of ${machine.cores} cores.`,
  );
  const [fresh, again] = [p.phases.txt, forced.phases.txt];
  if (fresh && again) {
    lines.push(
      `--force over the ${int(again.docs)} TXT documents, every one's rows replaced in the ${int(p.documents)}-document database: ` +
        `${f2(again.wall)} s, against ${f2(fresh.wall)} s when they were first written (${f2(again.wall / fresh.wall)}×).`,
    );
  }
  if (p.failed) lines.push(`warning: ${p.failed} document(s) failed in the pipeline run`);
  return lines.join('\n');
}

// ------------------------------------------------------------------------------------------

const USAGE = `npm run bench -- [options]   (builds first; or node scripts/bench.mjs after npm run build)

  --docs N          documents in the benchmark corpus (default 2100: 13/21 PDF, the rest TXT and DOCX)
  --small N         documents in the memory-comparison corpus (default 200; 0 skips that run)
  --concurrency N   worker threads (default: the number of cores)
  --rules DIR       rules folder (default rules/)
  --dir DIR         where corpora are built and kept between runs (default $TMPDIR/policy-extract-bench)
  --json FILE       also write every figure as JSON
  --keep            keep the pipeline's output folder
  -h, --help        this text
`;

if (!isMainThread) {
  await rawWorker();
} else {
  const { values } = parseArgs({
    options: {
      docs: { type: 'string', default: '2100' },
      small: { type: 'string', default: '200' },
      concurrency: { type: 'string', default: String(availableParallelism()) },
      rules: { type: 'string', default: join(ROOT, 'rules') },
      dir: { type: 'string', default: join(tmpdir(), 'policy-extract-bench') },
      json: { type: 'string' },
      keep: { type: 'boolean', default: false },
      child: { type: 'string' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false }, // a pipeline child: re-extract unchanged documents
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  const opts = { ...values, concurrency: Number(values.concurrency), rules: resolve(values.rules) };
  if (values.child === 'pipeline') await childPipeline(opts);
  else if (values.child === 'raw') await childRaw(opts);
  else await main(opts, Number(values.docs), Number(values.small));
}
