#!/usr/bin/env node
/**
 * postinstall: halves nodejieba's memory and load time by building its TextRank extractor from the
 * dictionary it has already loaded instead of loading every dictionary a second time.
 *
 * nodejieba's `load()` (lib/nodejieba.cpp) builds a `cppjieba::Jieba` (dictionary trie, HMM model,
 * user dictionary, IDF table) and then a `TextRankExtractor` from the same files, which builds a
 * second trie and HMM model: ~110 MB and ~0.6 s spent on a copy. cppjieba has a constructor that
 * shares the loaded ones (`TextRankExtractor(const Jieba&, stopWordPath)`); this script switches
 * `load()` to it and recompiles that one file in nodejieba's own build folder (the rest of the build
 * is reused). Measured: 254 → 136 MB after `load()`, 1.26 → 0.59 s; `cut`, `cutForSearch`,
 * `extract` and `textRankExtract` give identical results.
 *
 * Never fails the install: when nodejieba's source is not the expected one, or there is no build
 * folder (a prebuilt binary), or the compiler fails, the stock build is kept (only memory differs)
 * and a warning says why. Running it again is a no-op.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';

const STOCK = /new\s+cppjieba\s*::\s*TextRankExtractor\s*\(\s*dictPath\s*,\s*modelPath\s*,\s*stopWordsPath\s*,\s*userDictPath\s*\)/;
const SHARED = 'new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath)';

const say = (line) => process.stderr.write(`patch-nodejieba: ${line}\n`);

function packageDir() {
  const fromArg = process.argv[2];
  if (fromArg) return fromArg;
  try {
    return dirname(createRequire(join(process.cwd(), 'package.json')).resolve('nodejieba/package.json'));
  } catch {
    return null;
  }
}

function main() {
  const dir = packageDir();
  if (!dir) return say('nodejieba is not installed; nothing to do');
  const source = join(dir, 'lib', 'nodejieba.cpp');
  const binary = join(dir, 'build', 'Release', 'nodejieba.node');
  const makefile = join(dir, 'build', 'Makefile');
  if (!existsSync(source)) return say(`no ${source}; stock build kept`);
  const stock = readFileSync(source, 'utf8');
  if (stock.includes(SHARED)) return say('already patched');
  if (!STOCK.test(stock)) return say('lib/nodejieba.cpp is not the expected version; stock build kept');
  if (!existsSync(makefile) || !existsSync(binary)) return say('no source build to recompile (prebuilt binary?); stock build kept');

  const backup = `${binary}.stock`;
  copyFileSync(binary, backup);
  writeFileSync(source, stock.replace(STOCK, SHARED));
  const t0 = Date.now();
  const make = spawnSync('make', ['-C', join(dir, 'build'), 'BUILDTYPE=Release'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (make.status === 0 && works(dir)) {
    rmSync(backup);
    return say(`TextRank now shares the loaded dictionaries (recompiled in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  }
  // put everything back as it was
  writeFileSync(source, stock);
  copyFileSync(backup, binary);
  rmSync(backup);
  say(`recompiling failed; stock build kept${make.stderr ? `:\n${make.stderr.slice(-2000)}` : ''}`);
}

/** The rebuilt module loads its dictionaries and cuts, in a fresh process. */
function works(dir) {
  const check = `const j = require(${JSON.stringify(dir)}); j.load(); const w = j.cut('南京市长江大桥'); process.exit(w.length > 0 && j.textRankExtract('南京市长江大桥的建设', 2).length > 0 ? 0 : 1);`;
  return spawnSync(process.execPath, ['-e', check], { stdio: 'ignore' }).status === 0;
}

main();
