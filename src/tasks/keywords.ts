/**
 * Task keywords and search tokens, from one jieba cut of the task.
 *
 * Keywords are jieba's TF-IDF (cppjieba's `KeywordExtractor`): the text is cut with the HMM for
 * unknown words, single characters and jieba's stop words are dropped, and each word weighs its
 * count times its IDF (the average IDF for words not in the table). Search tokens are the same
 * words plus, for long words, their two- and three-character parts, as jieba's `cutForSearch`
 * adds them, so `人民` finds `中华人民共和国`. Doing both from one cut halves the jieba work of a
 * document (it dominated the main thread's time).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { RuleSet } from '../ruleset/registry.js';
import { IdfTable, type IdfData } from './idf.js';

const require = createRequire(import.meta.url);
type Jieba = {
  load: (opts: { userDict?: string; idfDict?: string }) => void;
  cut: (text: string, hmm?: boolean) => string[];
  DEFAULT_IDF_DICT: string;
  DEFAULT_STOP_WORD_DICT: string;
};

let jieba: Jieba | undefined;

/**
 * nodejieba, loaded once per process with the user dictionary from `rules/jieba/`. Its own keyword
 * extractor is not used (TF-IDF is computed here from the cut), so when the rules provide
 * `jieba/idf.stub.utf8` (one word) nodejieba loads that instead of its 6 MB IDF table: 17 MB less.
 */
export function getJieba(rules: RuleSet): Jieba {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    const stub = join(rules.dir, 'jieba', 'idf.stub.utf8');
    jieba.load({ userDict: join(rules.dir, 'jieba', 'user.dict.utf8'), ...(existsSync(stub) ? { idfDict: stub } : {}) });
  }
  return jieba;
}

/** In the bytes of a nodejieba build whose threads share one loaded dictionary (`scripts/patch-nodejieba.mjs`). */
const SHARED_MARKER = 'policy-extract: nodejieba dictionaries shared by threads';
let shared: boolean | undefined;

/**
 * Whether every thread of this process that loads nodejieba shares one dictionary (the postinstall
 * patch): then worker threads cut their own documents' keywords at no memory cost. With a stock
 * build each thread would hold its own 254 MB, so the keywords are left to the main thread.
 */
export function jiebaSharedByThreads(): boolean {
  if (shared === undefined) {
    try {
      const binary = join(dirname(require.resolve('nodejieba/package.json')), 'build', 'Release', 'nodejieba.node');
      shared = readFileSync(binary).includes(SHARED_MARKER);
    } catch {
      shared = false;
    }
  }
  return shared;
}

/** The words of `text`, as jieba cuts it for keywords (dictionary and HMM). */
export function cutWords(text: string, rules: RuleSet): string[] {
  return getJieba(rules).cut(text, true);
}

export interface TaskTerms {
  keywords: string[];
  /** Space-separated tokens of the title and the text, for the FTS5 index. */
  tokens: string;
}

/** Keywords and search tokens of one task, from one cut of its text (and one of its title). */
export function taskTerms(title: string, text: string, rules: RuleSet): TaskTerms {
  const words = cutWords(text, rules);
  const tokens = [...searchTokensOf(cutWords(title, rules)), ...searchTokensOf(words)].join(' ');
  return { keywords: keywordsOf(words, rules), tokens };
}

/** Task keywords: TF-IDF over the text, boilerplate stop words removed. */
export function taskKeywords(text: string, rules: RuleSet): string[] {
  return keywordsOf(cutWords(text, rules), rules);
}

/** Text cut into space-separated search tokens (a search query is cut the same way as the index). */
export function searchTokens(text: string, rules: RuleSet): string {
  return searchTokensOf(cutWords(text, rules)).join(' ');
}

function keywordsOf(words: readonly string[], rules: RuleSet): string[] {
  const { topK, minLength, stopWords } = rules.keywords;
  const out: string[] = [];
  for (const word of tfIdf(words, topK * 3)) {
    if ([...word].length < minLength || stopWords.has(word) || /^[0-9.%]+$/u.test(word)) continue;
    out.push(word);
    if (out.length >= topK) break;
  }
  return out;
}

/**
 * The `topN` words of highest count × IDF; equal weights keep the order of first appearance
 * (cppjieba leaves that order to its partial sort).
 */
function tfIdf(words: readonly string[], topN: number): string[] {
  const { stopWords } = jiebaWeights();
  const counts = new Map<string, number>();
  for (const w of words) {
    if (isSingleChar(w) || stopWords.has(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const weighted: Weighted[] = [];
  for (const [word, n] of counts) weighted.push({ word, order: weighted.length, weight: n * idfOf(word) });
  weighted.sort(heaviestFirst);
  const top: string[] = [];
  for (let i = 0; i < weighted.length && i < topN; i++) top.push(weighted[i].word);
  return top;
}

interface Weighted {
  word: string;
  order: number;
  weight: number;
}

const heaviestFirst = (a: Weighted, b: Weighted): number => b.weight - a.weight || a.order - b.order;

/** Looked-up IDFs: a policy corpus repeats its vocabulary, and a lookup in the table encodes the word. */
const idfSeen = new Map<string, number>();
const IDF_SEEN_MAX = 20_000;

function idfOf(word: string): number {
  let v = idfSeen.get(word);
  if (v === undefined) {
    const { idf } = jiebaWeights();
    v = idf.get(word) ?? idf.average;
    if (idfSeen.size >= IDF_SEEN_MAX) idfSeen.clear();
    idfSeen.set(word, v);
  }
  return v;
}

function isSingleChar(w: string): boolean {
  return w.length === 1 || (w.length === 2 && w.codePointAt(0)! > 0xffff);
}

interface Weights {
  idf: IdfTable;
  stopWords: Set<string>;
}

let weights: Weights | undefined;
let sharedIdf: IdfData | undefined;

/**
 * jieba's IDF table and stop words, the files nodejieba's own extractor reads, loaded once: the
 * table in shared memory, or over the one another thread built ({@link useSharedIdf}).
 */
function jiebaWeights(): Weights {
  if (weights) return weights;
  const j = require('nodejieba') as Jieba;
  const stopWords = new Set(readFileSync(j.DEFAULT_STOP_WORD_DICT, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean));
  weights = { idf: sharedIdf ? new IdfTable(sharedIdf) : new IdfTable(j.DEFAULT_IDF_DICT, { shared: true }), stopWords };
  return weights;
}

/** This thread's IDF table (built on first use), for worker threads to share instead of each reading its own 12 MB. */
export function idfForThreads(): IdfData {
  return jiebaWeights().idf.data;
}

/** Cut keywords with the IDF table another thread built ({@link idfForThreads}); before the first keywords. */
export function useSharedIdf(data: IdfData): void {
  sharedIdf = data;
}

/** Each word, preceded (for words longer than two characters) by its two- and three-character parts. */
function searchTokensOf(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    if (!isWord(w)) continue;
    const chars = w.length > 2 ? [...w] : null;
    if (chars && chars.length > 2) {
      for (let i = 0; i + 2 <= chars.length; i++) out.push(chars[i] + chars[i + 1]);
      if (chars.length > 3) for (let i = 0; i + 3 <= chars.length; i++) out.push(chars[i] + chars[i + 1] + chars[i + 2]);
    }
    out.push(w);
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Has a letter or digit (most tokens start with a CJK ideograph: decided without the regex). */
function isWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || LETTER_OR_DIGIT.test(w);
}
