import type { Span } from '../../../core/span.js';

const OPENERS = '（(〈<《【[';
const CLOSERS = '）)〉>》】]';

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

/** Unit names in a list (`A、B，C`), each with its span in the list, trimmed. */
export function splitUnitList(list: string): Span[] {
  return topLevelSegments(list, '、，,；;/')
    .map((s) => {
      let { start, end } = s;
      while (start < end && /\s/u.test(list[start])) start++;
      while (end > start && /[\s。]/u.test(list[end - 1])) end--;
      return { start, end };
    })
    .filter((s) => s.end > s.start);
}
