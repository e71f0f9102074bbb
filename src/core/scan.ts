/**
 * Bounding a matcher's scan. A matcher runs its regex from the start of a range (a task, a
 * section) and keeps the hits that start before the range's end; but the `exec` that ends the
 * loop looks for the next hit past the range, and when there is none nearby it reads on to the
 * end of the document: for every range and every matcher, most of the extraction time. Hit
 * patterns never read across a line break, so the text after the line holding the range's end
 * cannot change a hit that starts inside the range: scanning only up to that line break finds
 * exactly the same hits.
 */
import { memoize } from './memo.js';

/** `text` up to and including the first line break at or after `end` (all of it when there is none). */
export function scanText(text: string, end: number, re: RegExp): string {
  if (!lineLocal(re)) return text;
  const nl = text.indexOf('\n', end);
  return nl < 0 || nl + 1 >= text.length ? text : text.slice(0, nl + 1);
}

/** Verdicts by pattern source, for patterns without the `s` and `m` flags (the only flags that matter). */
const verdicts = new Map<string, boolean>();

/**
 * Whether no hit of `re`, nor what its look-aheads read, can reach past a line break: no `s`/`m`
 * flag; outside look-behinds, nothing that can match `\n` (`\n`, `\s`, `\S`, `\W`, `\D`, `\p{…}`,
 * a negated class that does not exclude `\n`, a class or range that admits it), except as the very
 * last thing the pattern reads (`(?=…[，。\n]|$)`). Conservative: when unsure, false, and the whole
 * text is scanned as without the bound.
 */
export function lineLocal(re: RegExp): boolean {
  if (re.multiline || re.dotAll) return false;
  const src = re.source;
  let v = verdicts.get(src);
  if (v === undefined) {
    v = check(src);
    verdicts.set(src, v);
  }
  return v;
}

const NL = 0x0a;
/** Escapes (after `\`) that match or may match a line break. */
const BROAD = /^[sSWDpP]/;

function check(src: string): boolean {
  const behind: boolean[] = []; // per open group: inside a look-behind?
  const inBehind = () => behind.length > 0 && behind[behind.length - 1];
  /** A line break may be read at `end` (exclusive): fine only inside a look-behind, or when nothing is read after it. */
  const allowed = (end: number) => inBehind() || /^(?:\|\$)?\)*$/.test(src.slice(end));
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      const esc = readEscape(src, i);
      if ((esc.code === NL || BROAD.test(src[i + 1] ?? '')) && !allowed(esc.end)) return false;
      i = esc.end - 1;
    } else if (c === '(') {
      behind.push(src.startsWith('(?<=', i) || src.startsWith('(?<!', i) || inBehind());
    } else if (c === ')') {
      behind.pop();
    } else if (c === '[') {
      const negated = src[i + 1] === '^';
      let j = i + (negated ? 2 : 1);
      let newline = false; // the class lists \n
      let broad = false; // … or a class escape (\s, \W, \p{…}): whether it admits \n is not worked out
      let prev: number | null = null;
      for (; j < src.length && src[j] !== ']'; j++) {
        let code: number | null;
        if (src[j] === '\\') {
          const esc = readEscape(src, j);
          if (BROAD.test(src[j + 1] ?? '')) broad = true;
          code = esc.code;
          j = esc.end - 1;
        } else if (src[j] === '-' && prev !== null && src[j + 1] !== ']') {
          const hi = src[j + 1] === '\\' ? readEscape(src, j + 1) : { code: src.codePointAt(j + 1) ?? null, end: j + 2 };
          if (hi.code === null || (prev <= NL && NL <= hi.code)) newline = true;
          j = hi.end - 1;
          prev = null;
          continue;
        } else {
          code = src.codePointAt(j) ?? null;
        }
        if (code === NL) newline = true;
        prev = code;
      }
      // a negated class admits \n unless it lists it; a positive one when it lists it
      const admits = broad || (negated ? !newline : newline);
      if (admits && !allowed(j + 1)) return false;
      i = j;
    }
  }
  return true;
}

/** The code point an escape at `i` (a backslash) stands for, null for a class escape (`\d`, `\s` …), and where it ends. */
function readEscape(src: string, i: number): { code: number | null; end: number } {
  const e = src[i + 1] ?? '';
  const simple: Record<string, number> = { n: NL, t: 9, r: 13, f: 12, v: 11, '0': 0 };
  if (e in simple) return { code: simple[e], end: i + 2 };
  if (e === 'x') return { code: parseInt(src.slice(i + 2, i + 4), 16), end: i + 4 };
  if (e === 'u' && src[i + 2] === '{') {
    const close = src.indexOf('}', i);
    return { code: parseInt(src.slice(i + 3, close), 16), end: close + 1 };
  }
  if (e === 'u') return { code: parseInt(src.slice(i + 2, i + 6), 16), end: i + 6 };
  if (e === 'c') return { code: (src.charCodeAt(i + 2) % 32) || null, end: i + 3 };
  if (e === 'p' || e === 'P') {
    const close = src.indexOf('}', i);
    return { code: null, end: close < 0 ? i + 2 : close + 1 };
  }
  if (/[dDwWsSbBk]/.test(e)) {
    if (e === 'k') {
      const close = src.indexOf('>', i);
      return { code: null, end: close < 0 ? i + 2 : close + 1 };
    }
    return { code: null, end: i + 2 };
  }
  return { code: src.codePointAt(i + 1) ?? null, end: i + 1 + (e.length || 1) };
}

/**
 * Private copies of shared global regexes (rule sets hold them, and `lastIndex` is state), one per
 * regex: `text.matchAll(re)` copies `re` on every call, which costs a lookup in V8's regexp cache,
 * and a full recompile once a garbage collection has aged the cache out.
 */
const ownCopy = memoize((re: RegExp) => {
  if (!re.global) throw new TypeError('allMatches needs a global regex'); // as matchAll: exec would never stop
  return new RegExp(re.source, re.flags);
});

/** What `[...text.matchAll(re)]` returns (`re` global), matched with a copy of `re` made once. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const own = ownCopy(re);
  const out: RegExpExecArray[] = [];
  own.lastIndex = 0;
  for (let m = own.exec(text); m !== null; m = own.exec(text)) {
    out.push(m);
    if (m[0].length === 0) own.lastIndex = advance(text, own.lastIndex, /[uv]/.test(own.flags));
  }
  return out;
}

/** The index after the character at `i`: a whole surrogate pair in unicode mode (as `matchAll` steps past an empty match). */
function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}

/**
 * A character that every hit of `re` contains, or null: the first literal at the top level of the
 * pattern (outside groups, look-arounds and classes, in a pattern without a top-level `|`, and
 * without a quantifier that allows none of it). Conservative: escapes are never read as literals;
 * an `i` or `v` pattern has none.
 */
const requiredChar = memoize((re: RegExp): string | null => (/[iv]/.test(re.flags) ? null : topLevelLiteral(re.source)));

/**
 * False when `text` from `from` on lacks the character every hit of `re` needs: no hit starts
 * there, and scanning for one can be skipped (most ranges name no month, say, or no `分之`).
 */
export function mayMatchFrom(re: RegExp, text: string, from: number): boolean {
  const c = requiredChar(re);
  return c === null || text.indexOf(c, from) >= 0;
}

/** Characters that start a token other than a literal (or are a quantifier). */
const SYNTAX = new Set(['\\', '(', ')', '[', '^', '$', '.', '*', '+', '?', '{', '|']);

function topLevelLiteral(src: string): string | null {
  let literal: string | null = null;
  for (let i = 0; i < src.length; i = tokenEnd(src, i)) {
    const c = src[i];
    if (c === '|') return null;
    const astral = c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff;
    if (literal === null && !SYNTAX.has(c) && !astral && !optional(src, i + 1)) literal = c;
  }
  return literal;
}

/** Whether the quantifier at `i` (if any) allows zero repetitions. */
function optional(src: string, i: number): boolean {
  if (src[i] === '?' || src[i] === '*') return true;
  if (src[i] !== '{') return false;
  const min = /^\{(\d+)/.exec(src.slice(i, i + 12));
  return min === null || Number(min[1]) === 0;
}

/** Where the token at `i` ends: an escape, a group or class with all that is nested in it, a `{…}` quantifier, or one code unit. */
function tokenEnd(src: string, i: number): number {
  const c = src[i];
  if (c === '\\') return readEscape(src, i).end;
  if (c === '[') return classEnd(src, i);
  if (c === '(') return groupEnd(src, i);
  if (c === '{') return src.indexOf('}', i) + 1 || src.length;
  return i + 1;
}

function groupEnd(src: string, i: number): number {
  let depth = 0;
  for (let j = i; j < src.length; ) {
    const c = src[j];
    if (c === '\\') j = readEscape(src, j).end;
    else if (c === '[') j = classEnd(src, j);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
      j++;
    }
  }
  return src.length;
}

function classEnd(src: string, i: number): number {
  for (let j = i + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === ']') return j + 1;
  }
  return src.length;
}
