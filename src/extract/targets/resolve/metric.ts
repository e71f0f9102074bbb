/**
 * The metric of a target (best effort): the subject phrase before the quantity in its clause,
 * without year phrases and helper words (其中, 力争, 实现…), followed by the noun a count is
 * followed by (`打造20个以上全国知名数字创意品牌` → 打造全国知名数字创意品牌).
 * No regexes: words come from rules/targets.yaml `metric`.
 */
import type { Span } from '../../../core/span.js';

export interface MetricWords {
  readonly dropLeading: readonly string[];
  readonly dropTrailing: readonly string[];
  readonly conjunctions: readonly string[];
  readonly nouns: readonly string[];
  readonly maxLength: number;
}

const TRIM = new Set([' ', '\t', '\u00a0', '\u3000', '，', ',', '、', '：', ':', '；', ';']);

/** `before` with the spans of `cut` (year phrases) removed; offsets of `cut` are absolute, `from` is where `before` starts. */
export function removeSpans(before: string, from: number, cut: readonly Span[]): string {
  let out = '';
  let i = 0;
  for (const s of [...cut].sort((a, b) => a.start - b.start)) {
    const a = Math.max(0, s.start - from);
    const b = Math.min(before.length, s.end - from);
    if (b <= a || a < i) continue;
    out += before.slice(i, a);
    i = b;
  }
  return out + before.slice(i);
}

export function trimWords(s: string, words: MetricWords): string {
  let out = trimChars(s);
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of words.dropLeading) {
      if (out.startsWith(w) && out.length > w.length) {
        out = trimChars(out.slice(w.length));
        changed = true;
      }
    }
    for (const w of words.dropTrailing) {
      if (out.endsWith(w) && out.length > w.length) {
        out = trimChars(out.slice(0, out.length - w.length));
        changed = true;
      }
    }
  }
  return out;
}

export function trimChars(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && TRIM.has(s[a])) a++;
  while (b > a && TRIM.has(s[b - 1])) b--;
  return s.slice(a, b);
}

/** Drops a conjunction that ends a noun phrase cut off before the next target (`企业和`). */
export function dropTrailingConjunction(s: string, words: MetricWords): string {
  const t = trimChars(s);
  const w = words.conjunctions.find((c) => t.endsWith(c));
  return w ? trimChars(t.slice(0, t.length - w.length)) : t;
}

export function metricOf(before: string, after: string, words: MetricWords): string | null {
  const head = trimWords(before, words);
  const tail = trimChars(after);
  const metric = (head + tail).slice(0, words.maxLength);
  return metric.length ? metric : null;
}

/**
 * Two metrics joined by a conjunction, each ending in a metric noun (`规上游戏企业数量和动漫游戏
 * 行业营业收入`), or null. `国家动漫建设和保护计划的…数量` is one metric: 建设 is not a metric noun.
 */
export function splitConjoined(metric: string, words: MetricWords): [string, string] | null {
  for (const c of words.conjunctions) {
    for (let at = metric.indexOf(c); at > 0; at = metric.indexOf(c, at + 1)) {
      const left = metric.slice(0, at);
      const right = metric.slice(at + c.length);
      if (words.nouns.some((n) => left.endsWith(n)) && words.nouns.some((n) => right.endsWith(n))) return [left, right];
    }
  }
  return null;
}
