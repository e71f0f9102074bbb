import { anchoredAtEnd, memoize } from '../../../core/memo.js';
import type { Span } from '../../../core/span.js';

const OPENERS = '（(〈<《【[〔［';
const CLOSERS = '）)〉>》】]〕］';

/** Segments of `text` separated by any of `seps`, ignoring separators inside brackets. */
export function topLevelSegments(text: string, seps: string): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch) && depth > 0) depth--;
    else if (depth === 0 && seps.includes(ch)) {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: text.length });
  return out;
}

/**
 * Unit names in a list (`A、B，C`), each with its span in the list, trimmed. A name with spaces
 * inside is split at them when every piece is a name by `isName` (`市发改委 市经信局`, a list
 * whose commas were lost), and kept whole otherwise; so are two names a lost `、` ran together (`runTogether`).
 */
export function splitUnitList(list: string, isName?: (piece: string) => boolean, levels?: LevelList, runTogether?: RunTogether): Span[] {
  const spans: Span[] = [];
  for (const segment of topLevelSegments(list, '、，,；;/')) {
    let { start, end } = segment;
    while (start < end && /\s/u.test(list[start])) start++;
    while (end > start && /[\s。]/u.test(list[end - 1])) end--;
    if (end <= start) continue;
    if (!isName) spans.push({ start, end });
    else
      for (const q of splitAtSpaces(list, { start, end }, isName))
        for (const p of runTogether ? splitAtAnd(list, q, isName, runTogether) : [q]) spans.push(...(runTogether ? splitRunTogether(list, p, isName, runTogether) : [p]));
  }
  return levels ? joinLevelLists(list, spans, levels) : spans;
}

/**
 * Where two names written without their `、` meet (rules/units.yaml `runTogether`): after a body's ending (`boundary`, a global
 * regex), when the second half opens a name of its own (`opens`) or is a department that `continues` the first.
 */
export interface RunTogether {
  boundary: RegExp;
  opensRe: RegExp;
  notSecondRe: RegExp;
  /** A first half of a city's or a province's (`市自然资源和规划局`), before which a `branch` (`市南分局`) is its own. */
  higherRe: RegExp;
  branchRe: RegExp;
  /** A bureau, department or commission, which a known department after a name with a level must be to `continue` it. */
  departmentRe: RegExp;
  /** Whether the second half is a department named after the first without its level (`省民政厅` then `文化和旅游厅`). */
  continues?: (first: string, second: string) => boolean;
  /** Whether the first half is a bare place the second's government is shared with (`任泽区` before `南和区人民政府`). */
  placeBefore?: (first: string, second: string) => boolean;
}

/**
 * Two names run together where a PDF lost the `、` at a line's end (`区住房城乡建设局区公安分局`, `池店镇人民政府内坑镇人民政府`):
 * split at the first boundary where both halves are names and the second opens one of its own. (The same names come back
 * in every task and document: the cuts of each are remembered, a bounded number per rule set.)
 */
function splitRunTogether(list: string, s: Span, isName: (piece: string) => boolean, rt: RunTogether): Span[] {
  const text = list.slice(s.start, s.end);
  const memo = cutsOf(rt);
  let at = memo.get(text);
  if (at === undefined) {
    if (memo.size >= CUTS_CACHE_SIZE) memo.clear();
    memo.set(text, (at = firstCut(text, isName, rt)));
  }
  if (at === 0) return [s];
  return [{ start: s.start, end: s.start + at }, ...splitRunTogether(list, { start: s.start + at, end: s.end }, isName, rt)];
}

const cutsOf = memoize((_rt: RunTogether) => new Map<string, number>());
const CUTS_CACHE_SIZE = 5_000;

/** Where the first of two names run together ends, or 0. */
function firstCut(text: string, isName: (piece: string) => boolean, rt: RunTogether): number {
  rt.boundary.lastIndex = 0;
  for (let m = rt.boundary.exec(text); m; m = rt.boundary.exec(text)) {
    const at = m.index;
    // (a zero-width match: step over it by a whole character, or a /u regex steps back into a surrogate pair's start)
    rt.boundary.lastIndex = at + ((text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1);
    if (at === 0 || at >= text.length) continue;
    const first = text.slice(0, at);
    const second = text.slice(at);
    if (rt.notSecondRe.test(second) || (rt.branchRe.test(second) && rt.higherRe.test(first))) continue;
    if (!(rt.opensRe.test(second) || (rt.continues?.(first, second) ?? false))) continue;
    if ((isName(first) || (rt.placeBefore?.(first, second) ?? false)) && isName(second)) return at;
  }
  return 0;
}

/**
 * Two names joined by 和 or 及 (`万全区人民政府和市城投集团`): split where the first ends like a body (the `boundary` of names run
 * together) and the second opens a name of its own, both names; not the 和 inside a name (`市住房和城乡建设局`).
 */
function splitAtAnd(list: string, s: Span, isName: (piece: string) => boolean, rt: RunTogether): Span[] {
  const text = list.slice(s.start, s.end);
  for (const m of text.matchAll(AND)) {
    const at = m.index;
    const first = text.slice(0, at);
    const second = text.slice(at + 1);
    if (!anchoredAtEnd(rt.boundary).test(first) || !rt.opensRe.test(second) || !isName(first) || !isName(second)) continue;
    return [{ start: s.start, end: s.start + at }, ...splitAtAnd(list, { start: s.start + at + 1, end: s.end }, isName, rt)];
  }
  return [s];
}

const AND = /[和及]/gu;

/** The level words of a lower-government list (rules/units.yaml `levelListItem`, `levelListEnd`). */
export interface LevelList {
  item: RegExp;
  end: RegExp;
  /** A special zone's department closing the list right after the opening level (`各省辖市、济源示范区民政局`). */
  zone?: RegExp;
}

/**
 * `各辖市、区人民政府`, `各市、县（区）人民政府`: a name opening with `各` and a level word alone, then
 * (after `、`) level words alone, then a level word with its body, is one name.
 */
function joinLevelLists(list: string, spans: Span[], levels: LevelList): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < spans.length; i++) {
    const s = spans[i];
    // (only after a level word alone: `各乡镇人民政府、街道办事处` names two bodies)
    if (list[s.start] === '各' && levels.item.test(list.slice(s.start + 1, s.end))) {
      let j = i + 1;
      while (j < spans.length && list[spans[j - 1].end] === '、' && levels.item.test(list.slice(spans[j].start, spans[j].end))) j++;
      const last = j < spans.length ? list.slice(spans[j].start, spans[j].end) : '';
      if (j < spans.length && list[spans[j - 1].end] === '、' && (levels.end.test(last) || levels.zone?.test(last))) {
        out.push({ start: s.start, end: spans[j].end });
        i = j;
        continue;
      }
    }
    out.push(s);
  }
  return out;
}

function splitAtSpaces(list: string, s: Span, isName: (piece: string) => boolean): Span[] {
  const pieces: Span[] = [];
  const re = /\S+/gu;
  const text = list.slice(s.start, s.end);
  for (let m = re.exec(text); m; m = re.exec(text)) pieces.push({ start: s.start + m.index, end: s.start + m.index + m[0].length });
  if (pieces.length < 2 || !pieces.every((p) => isName(list.slice(p.start, p.end)))) return [s];
  return pieces;
}
