#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=4 --heap-growing-percent=130
/**
 * policy-extract: run | watch | report | schema | export | eval | diff | search.
 * Exit codes: 0 every document processed; 1 some documents failed (the others are
 * written); 2 usage or rule-file error, or the database is in use by another run.
 *
 * The shebang (also what `npm start` runs) sets the memory/time trade of a run, measured with
 * `npm run bench` (README, Performance); Node and glibc read these at start-up only:
 * - `--max-semi-space-size=4`: the main thread's young generation. It allocates little (keywords,
 *   JSON, SQLite rows); the workers, where pdf.js allocates a lot, get 16 MB (`src/workers/pool.ts`).
 * - `--heap-growing-percent=130`: after a full collection a heap may grow to 2.3 times its live size
 *   before the next. V8's own factor is 1.6 for a worker capped at 1 GB and 4 uncapped: pdf.js in a
 *   capped worker then spent ~15 % longer in the old generation's collector, and uncapped workers
 *   raised the peak RSS by ~150 MB. Every full collection also drops the optimised code of closures
 *   no longer alive, pdf.js's among them, to be compiled again. 130 rather than 100 since session 10
 *   made room (nodejieba's dictionary 24 MB and the IDF table 12 MB smaller): on 186 PDFs, six runs
 *   each, 5 % less CPU for ~10 MB more peak RSS.
 * - `MALLOC_MMAP_THRESHOLD_=131072`: glibc serves every allocation over 128 KB (pdf.js's decoded
 *   streams and fonts, zlib's windows) from its own mapping, returned when freed. By default the
 *   threshold rises to the largest block freed so far, so those blocks come from the worker
 *   threads' malloc arenas, which keep the memory: ~30 MB more peak RSS.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { formatMessage } from './core/messages.js';
import { runDiff } from './eval/diff.js';
import { runEval } from './eval/index.js';
import { loadRules, defaultRulesDir } from './ruleset/load.js';
import type { RuleSet } from './ruleset/registry.js';
import { DEFAULT_PIPELINE_OPTIONS } from './pipeline.js';
import { writeReport } from './report/index.js';
import { formatSummary, runBatch } from './run.js';
import { watchFolder } from './watch.js';
import { outputJsonSchema } from './schema/json-schema.js';
import { exportTables } from './write/export.js';
import { LockHeldError } from './write/lock.js';
import { SqliteWriter } from './write/sqlite.js';

const positiveInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive whole number');
  return n;
};

const nonNegativeInt = (v: string) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('must be a whole number, 0 or more');
  return n;
};

function rulesOrExit(dir: string | undefined): RuleSet {
  const r = loadRules(dir ? resolve(dir) : defaultRulesDir());
  if (r.ok) return r.rules;
  for (const e of r.errors) process.stderr.write(formatMessage('rules', e) + '\n');
  process.exit(2);
}

export function buildCli(): Command {
  const program = new Command('policy-extract')
    .description('Chinese policy plans (TXT, PDF, DOCX) → tasks, units, targets and deadlines as JSON and SQLite')
    .option('--rules <dir>', 'rule folder', undefined)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('run')
    .description('extract every document under the given files and folders')
    .argument('[paths...]', 'files and folders (recursively)', ['corpus'])
    .option('--out <dir>', 'output folder for JSON', 'output')
    .option('--db <file>', 'SQLite database (default <out>/policies.sqlite)')
    .option('--concurrency <n>', 'documents in parallel', positiveInt, availableParallelism())
    .option('--force', 're-extract documents whose content and rules are unchanged', false)
    .option('--quiet', 'print only the summary', false)
    .option('--no-report', 'do not write the review report (<out>/report/)')
    .option('--timeout <seconds>', 'time limit per document', positiveInt, 60)
    .option('--max-bytes <n>', 'refuse files larger than this', positiveInt, DEFAULT_PIPELINE_OPTIONS.maxBytes)
    .option('--lock-wait <seconds>', 'wait this long for another run using the same database', nonNegativeInt, 10)
    .action(async (paths: string[], o) => {
      const rules = rulesOrExit(program.opts().rules);
      const summary = await runBatch(
        { paths, outDir: o.out, dbFile: o.db ?? join(o.out, 'policies.sqlite'), concurrency: o.concurrency, force: o.force, quiet: o.quiet, timeoutMs: o.timeout * 1000,
          pipeline: { ...DEFAULT_PIPELINE_OPTIONS, maxBytes: o.maxBytes }, lockWaitMs: o.lockWait * 1000 },
        rules,
      );
      process.stdout.write(formatSummary(summary) + '\n');
      process.exitCode = summary.failed > 0 ? 1 : 0;
      if (o.report) {
        try {
          process.stdout.write(`report: ${writeReport(o.out).index}\n`);
        } catch (e) {
          process.stderr.write(`error: report not written: ${(e as Error).message}\n`);
        }
      }
    });

  program
    .command('watch')
    .description('ingest new and changed files as they land in a folder (after processing it once), until stopped')
    .argument('<dir>', 'folder to watch (recursively)')
    .option('--out <dir>', 'output folder for JSON', 'output')
    .option('--db <file>', 'SQLite database (default <out>/policies.sqlite)')
    .option('--concurrency <n>', 'documents in parallel', positiveInt, availableParallelism())
    .option('--timeout <seconds>', 'time limit per document', positiveInt, 60)
    .option('--max-bytes <n>', 'refuse files larger than this', positiveInt, DEFAULT_PIPELINE_OPTIONS.maxBytes)
    .option('--poll <ms>', 'list the folder every <ms> instead of using file-system events', positiveInt)
    .option('--quiet', 'print only a line per batch', false)
    .action(async (dir: string, o) => {
      if (!existsSync(dir)) {
        process.stderr.write(`error: no such folder: ${dir}\n`);
        process.exitCode = 2;
        return;
      }
      const rules = rulesOrExit(program.opts().rules);
      // SIGINT/SIGTERM: stop watching, finish the documents being extracted, close the database
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        await watchFolder(
          { dir, outDir: o.out, dbFile: o.db ?? join(o.out, 'policies.sqlite'), concurrency: o.concurrency, force: false, quiet: o.quiet,
            timeoutMs: o.timeout * 1000, pipeline: { ...DEFAULT_PIPELINE_OPTIONS, maxBytes: o.maxBytes }, poll: o.poll !== undefined,
            pollMs: o.poll, signal: stop.signal },
          rules,
        );
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
      process.exitCode = 0;
    });

  program
    .command('report')
    .description('write the review report (HTML, opens from disk) from the JSON documents in the output folder')
    .option('--out <dir>', 'output folder with the JSON documents', 'output')
    .option('--dir <dir>', 'report folder (default <out>/report)')
    .option('--force', 'render every page again', false)
    .action((o) => {
      if (!existsSync(o.out)) {
        process.stderr.write(`error: no such folder: ${o.out}\n`);
        process.exitCode = 2;
        return;
      }
      const r = writeReport(o.out, { reportDir: o.dir, force: o.force });
      for (const s of r.skipped) process.stderr.write(`${join(o.out, s.file)}: not in the report: ${s.reason}\n`);
      process.stdout.write(`report: ${r.index} (${r.documents} documents, ${r.rendered} pages rendered, ${(r.ms / 1000).toFixed(2)} s)\n`);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the output, generated from the zod schema')
    .action(() => {
      process.stdout.write(JSON.stringify(outputJsonSchema(), null, 2) + '\n');
    });

  program
    .command('export')
    .description('tasks (with units), targets and deadlines as flat CSV or JSONL tables')
    .requiredOption('--format <format>', 'csv or jsonl')
    .option('--db <file>', 'SQLite database', join('output', 'policies.sqlite'))
    .option('--out <dir>', 'output folder', join('output', 'export'))
    .action((o) => {
      if (o.format !== 'csv' && o.format !== 'jsonl') throw new InvalidArgumentError('--format must be csv or jsonl');
      for (const f of exportTables(o.db, o.out, o.format)) process.stdout.write(f + '\n');
    });

  program
    .command('eval')
    .description('score the output against gold files')
    .option('--gold <dir>', 'gold folder', join('tests', 'gold'))
    .option('--out <dir>', 'output folder', 'output')
    .option('--corpus <dir>', 'corpus folder (which formats to expect)', 'corpus')
    .option('--json', 'machine-readable report', false)
    .option('--misses [n]', 'list misses and spurious items per document')
    .option('--baseline <file>', 'baseline scores (default <gold>/baseline.json)')
    .option('--check', 'fail when an overall score drops below the baseline', false)
    .option('--write-baseline', 'write the current scores as the new baseline', false)
    .action(async (o) => {
      process.exitCode = await runEval({
        goldDir: o.gold, outDir: o.out, corpusDir: o.corpus, json: o.json, check: o.check, writeBaseline: o.writeBaseline,
        baselinePath: o.baseline,
        misses: o.misses === undefined ? undefined : o.misses === true ? true : Number(o.misses),
      });
    });

  program
    .command('diff')
    .description('what changed between two extractions (output folders)')
    .argument('<old>')
    .argument('<new>')
    .option('--json', 'machine-readable', false)
    .action(async (oldPath: string, newPath: string, o) => {
      process.exitCode = await runDiff({ old: oldPath, new: newPath, json: o.json });
    });

  program
    .command('search')
    .description('full-text search over task text (Chinese keywords)')
    .argument('<query...>')
    .option('--db <file>', 'SQLite database', join('output', 'policies.sqlite'))
    .action((query: string[], o) => {
      const writer = new SqliteWriter(o.db, rulesOrExit(program.opts().rules));
      try {
        for (const r of writer.search(query.join(' '))) process.stdout.write(`${r.task_id}\t${r.title}\n`);
      } finally {
        writer.close();
      }
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  try {
    await buildCli().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    // InvalidArgumentError is a CommanderError: check it first so its message is printed
    if (e instanceof InvalidArgumentError || e instanceof LockHeldError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    throw e;
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]).replace(/\.ts$/, '.js').endsWith(join('dist', 'cli.js'));
if (isMain || process.env.POLICY_EXTRACT_MAIN === '1') {
  main(process.argv).then((code) => process.exit(code));
}
