import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { RuleSet } from '../ruleset/registry.js';

const require = createRequire(import.meta.url);
type Jieba = {
  load: (opts: { userDict?: string }) => void;
  extract: (text: string, topN: number) => { word: string; weight: number }[];
  cut: (text: string, strict?: boolean) => string[];
  cutForSearch: (text: string, hmm?: boolean) => string[];
};

let jieba: Jieba | undefined;

/** nodejieba, loaded once per process with the user dictionary from `rules/jieba/`. */
export function getJieba(rules: RuleSet): Jieba {
  if (!jieba) {
    jieba = require('nodejieba') as Jieba;
    jieba.load({ userDict: join(rules.dir, 'jieba', 'user.dict.utf8') });
  }
  return jieba;
}

/** Task keywords: jieba's TF-IDF extractor, boilerplate stop words removed. */
export function taskKeywords(text: string, rules: RuleSet): string[] {
  const { topK, minLength, stopWords } = rules.keywords;
  const words = getJieba(rules).extract(text, topK * 3);
  const out: string[] = [];
  for (const { word } of words) {
    if ([...word].length < minLength || stopWords.has(word) || /^[0-9.%]+$/u.test(word)) continue;
    out.push(word);
    if (out.length >= topK) break;
  }
  return out;
}

/** Text cut into space-separated search tokens, for the FTS5 index. */
export function searchTokens(text: string, rules: RuleSet): string {
  return getJieba(rules).cutForSearch(text, true).filter(isWord).join(' ');
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Has a letter or digit (most tokens start with a CJK ideograph: decided without the regex). */
function isWord(w: string): boolean {
  const c = w.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || LETTER_OR_DIGIT.test(w);
}
