#!/usr/bin/env node
/**
 * postinstall: cuts nodejieba's memory from 254 to ~42 MB and its load time in half, with the same
 * segmentation. Two changes to nodejieba's own sources, recompiled in its build folder (~10 s):
 *
 * 1. `lib/nodejieba.cpp`: `load()` builds a `cppjieba::Jieba` (dictionary trie, HMM model, user
 *    dictionary, IDF table) and then a `TextRankExtractor` from the same files, which builds a second
 *    trie and HMM model: ~110 MB and ~0.6 s spent on a copy. cppjieba has a constructor that shares
 *    the loaded ones (`TextRankExtractor(const Jieba&, stopWordPath)`); `load()` is switched to it.
 * 2. `cppjieba/Trie.hpp` is replaced by `scripts/nodejieba/Trie.hpp`: the same trie with each node's
 *    children in one sorted array (nodes stored by value) instead of a heap-allocated unordered_map
 *    per node and an allocation per node: 120 → 74 MB for jieba's 349,000-word dictionary; and
 *    smaller dictionary entries (`DictUnit`: the word as a u32string, the tag interned; 128 → 48
 *    bytes each): 66 → 42 MB (with the CLI's `MALLOC_MMAP_THRESHOLD_`). An install patched by an
 *    earlier version of that file ({@link EARLIER_COMPACT_SHA256}) is brought up to date.
 * 3. `lib/nodejieba.cpp`: the loaded dictionaries are shared by every thread of the process. Each
 *    worker thread has its own instance of the addon, and stock `load()` builds its own `Jieba` in
 *    each: 74 MB per thread. Loading the same files again now returns the `Jieba` already built
 *    (one per set of files, under a mutex, kept for the process's lifetime). Cutting is read-only
 *    (every cppjieba cut is a const method), so threads cut concurrently; `insertWord` changes the
 *    shared dictionary for every thread (this project never calls it). The binary then carries
 *    {@link SHARED_MARKER}, which `src/tasks/keywords.ts` looks for before cutting in workers.
 *
 * The script cuts a sample text every way nodejieba can, with the stock build and with the patched
 * one (in the main thread and in two worker threads at once), and keeps the patched build only when
 * every word list is identical. It never fails the
 * install: when a source is not the expected version (that change is skipped), there is no build
 * folder (a prebuilt binary), the compiler fails or the results differ, the stock build is kept (only
 * memory differs) and a warning says why. Running it again is a no-op.
 */
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';

const HERE = dirname(fileURLToPath(import.meta.url));
const STOCK_TEXTRANK = /new\s+cppjieba\s*::\s*TextRankExtractor\s*\(\s*dictPath\s*,\s*modelPath\s*,\s*stopWordsPath\s*,\s*userDictPath\s*\)/;
const SHARED_TEXTRANK = 'new cppjieba::TextRankExtractor(*_jieba_handle, stopWordsPath)';
/** sha256 of nodejieba 3.5.8's cppjieba/Trie.hpp, the file the compact one replaces. */
const STOCK_TRIE_SHA256 = 'a9f10ee301d29a07ef1d6c33b9146880d86459999360dd2616a3697d5ab6a95c';
const COMPACT_TRIE = join(HERE, 'nodejieba', 'Trie.hpp');
/** sha256 of earlier versions of the compact Trie.hpp (an install patched by them is brought up to date). */
const EARLIER_COMPACT_SHA256 = ['51a91ece02e7585437f4b6aaf4615c1c034e9df28b3db7b692ebedda9552f28a'];
const STOCK_LOAD = /delete\s+_jieba_handle\s*;\s*_jieba_handle\s*=\s*new\s+cppjieba\s*::\s*Jieba\s*\(\s*dictPath\s*,\s*modelPath\s*,\s*userDictPath\s*,\s*idfPath\s*,\s*stopWordsPath\s*\)\s*;/;
const SHARED_LOAD = '_jieba_handle = SharedJieba(dictPath, modelPath, userDictPath, idfPath, stopWordsPath);';
/** In the patched binary's bytes: its threads share one loaded dictionary. */
export const SHARED_MARKER = 'policy-extract: nodejieba dictionaries shared by threads';
const SHARED_JIEBA = `
#include <map>
#include <mutex>

// ${SHARED_MARKER}
extern "C" __attribute__((used, visibility("default"))) const char policy_extract_shared_marker[] = "${SHARED_MARKER}";

// One Jieba per set of dictionary files for the whole process: every thread's addon instance shares
// it (cutting is read-only). Never freed, as the stock addon never frees its own.
static cppjieba::Jieba* SharedJieba(const std::string& dict, const std::string& model, const std::string& user,
                                    const std::string& idf, const std::string& stop) {
  static std::mutex mutex;
  static std::map<std::string, cppjieba::Jieba*> loaded;
  const std::string key = dict + '\\n' + model + '\\n' + user + '\\n' + idf + '\\n' + stop;
  std::lock_guard<std::mutex> lock(mutex);
  cppjieba::Jieba*& jieba = loaded[key];
  if (!jieba) jieba = new cppjieba::Jieba(dict, model, user, idf, stop);
  return jieba;
}

Napi::Value NodeJieba::load(`;

/** Policy prose with Latin, digits, punctuation and words no dictionary has (the HMM's work). */
const SAMPLE = [
  '到2025年，全市数字创意产业增加值突破6200亿元，年均增长8%以上；培育10家以上营业收入超百亿元的龙头企业。',
  '（三）实施“文化+科技”融合工程。牵头单位：市委宣传部、市发展改革委、市工业和信息化局，各区人民政府负责落实。',
  '南京市长江大桥的建设推动了长三角一体化，AI、5G和VR/AR技术在苏州工业园区、太仓港经济技术开发区广泛应用。',
  '建成国家级文化产业示范园区3个，新增规上文化企业200家，文旅消费总额年均增长10%左右。',
].join('\n');

const say = (line) => process.stderr.write(`patch-nodejieba: ${line}\n`);
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function packageDir() {
  const fromArg = process.argv[2];
  if (fromArg) return fromArg;
  try {
    return dirname(createRequire(join(process.cwd(), 'package.json')).resolve('nodejieba/package.json'));
  } catch {
    return null;
  }
}

/** The changes still to make: `{ file, stock, patched }`, each checked against the expected source. */
function pendingChanges(dir) {
  const changes = [];
  const cpp = join(dir, 'lib', 'nodejieba.cpp');
  const cppText = existsSync(cpp) ? readFileSync(cpp, 'utf8') : null;
  if (cppText === null) say(`no ${cpp}; TextRank change skipped`);
  else if (cppText.includes(SHARED_TEXTRANK)) say('TextRank already shares the dictionaries');
  else if (!STOCK_TEXTRANK.test(cppText)) say('lib/nodejieba.cpp is not the expected version; TextRank change skipped');
  else changes.push({ name: 'TextRank shares the loaded dictionaries', file: cpp, stock: cppText, patched: cppText.replace(STOCK_TEXTRANK, SHARED_TEXTRANK) });
  if (cppText !== null) {
    if (cppText.includes(SHARED_LOAD)) say('threads already share the dictionaries');
    else if (!STOCK_LOAD.test(cppText) || !cppText.includes('Napi::Value NodeJieba::load(')) say('lib/nodejieba.cpp is not the expected version; shared-dictionaries change skipped');
    else {
      // both changes to the same file: this one applies on top of the other's text
      const prev = changes.find((c) => c.file === cpp);
      const base = prev ? prev.patched : cppText;
      const patched = base.replace(STOCK_LOAD, SHARED_LOAD).replace('Napi::Value NodeJieba::load(', SHARED_JIEBA.trimStart());
      if (prev) {
        prev.patched = patched;
        prev.name += ', threads share the dictionaries';
      } else changes.push({ name: 'threads share the dictionaries', file: cpp, stock: cppText, patched });
    }
  }

  const trie = join(dir, 'submodules', 'cppjieba', 'include', 'cppjieba', 'Trie.hpp');
  const trieText = existsSync(trie) ? readFileSync(trie, 'utf8') : null;
  const compact = readFileSync(COMPACT_TRIE, 'utf8');
  if (trieText === null) say(`no ${trie}; trie change skipped`);
  else if (trieText === compact) say('the trie is already the compact one');
  else if (EARLIER_COMPACT_SHA256.includes(sha256(trieText))) changes.push({ name: 'compact trie and dictionary entries (update)', file: trie, stock: trieText, patched: compact });
  else if (sha256(trieText) !== STOCK_TRIE_SHA256) say('cppjieba/Trie.hpp is not the expected version; trie change skipped');
  else changes.push({ name: 'compact trie and dictionary entries', file: trie, stock: trieText, patched: compact });
  return changes;
}

function main() {
  const dir = packageDir();
  if (!dir) return say('nodejieba is not installed; nothing to do');
  const binary = join(dir, 'build', 'Release', 'nodejieba.node');
  const makefile = join(dir, 'build', 'Makefile');
  const changes = pendingChanges(dir);
  if (changes.length === 0) return;
  if (!existsSync(makefile) || !existsSync(binary)) return say('no source build to recompile (prebuilt binary?); stock build kept');

  const reference = cutEverything(dir);
  if (reference === null) return say('the installed build does not load; left as it is');
  const backup = `${binary}.stock`;
  copyFileSync(binary, backup);
  for (const c of changes) writeFileSync(c.file, c.patched);
  const t0 = Date.now();
  const make = spawnSync('make', ['-C', join(dir, 'build'), 'BUILDTYPE=Release'], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const after = make.status === 0 ? cutEverything(dir) : null;
  if (after !== null && after === reference) {
    rmSync(backup);
    return say(`${changes.map((c) => c.name).join(', ')} (recompiled in ${((Date.now() - t0) / 1000).toFixed(1)} s; same words as the stock build)`);
  }
  // put everything back as it was
  for (const c of changes) writeFileSync(c.file, c.stock);
  copyFileSync(backup, binary);
  rmSync(backup);
  const why = make.status !== 0 ? `recompiling failed${make.stderr ? `:\n${make.stderr.slice(-2000)}` : ''}` : after === null ? 'the rebuilt module does not load' : 'the rebuilt module cuts differently';
  say(`${why}; stock build kept`);
}

/**
 * Every cut of the sample (and TF-IDF and TextRank keywords), by a fresh process: in its main
 * thread, then in two worker threads cutting at the same time (each 200 times); null when it fails
 * or a thread's words differ from the main thread's.
 */
function cutEverything(dir) {
  const script = `
    const { Worker, isMainThread, parentPort } = require('node:worker_threads');
    const j = require(${JSON.stringify(dir)});
    j.load();
    const s = ${JSON.stringify(SAMPLE)};
    const all = () => JSON.stringify([j.cut(s), j.cut(s, true), j.cutHMM(s), j.cutAll(s), j.cutForSearch(s), j.cutForSearch(s, true), j.cutSmall(s, 3),
      j.tag(s).map((t) => t.word + '/' + t.tag), j.extract(s, 8).map((k) => k.word), j.textRankExtract(s, 8).map((k) => k.word)]);
    if (!isMainThread) {
      let same = true;
      const first = all();
      for (let i = 0; i < 200; i++) same = same && all() === first;
      parentPort.postMessage(same ? first : 'differs');
    } else {
      const out = all();
      const threads = [0, 1].map(() => new Promise((res, rej) => new Worker(__filename).on('message', res).on('error', rej)));
      Promise.all(threads).then((got) => {
        if (got.some((g) => g !== out)) process.exit(3);
        process.stdout.write(out);
      }, () => process.exit(4));
    }`;
  const tmp = join(dir, 'build', '.patch-check.cjs');
  writeFileSync(tmp, script);
  try {
    const r = spawnSync(process.execPath, [tmp], { encoding: 'utf8', maxBuffer: 1 << 24 });
    return r.status === 0 && r.stdout.startsWith('[') ? r.stdout : null;
  } finally {
    rmSync(tmp, { force: true });
  }
}

main();
