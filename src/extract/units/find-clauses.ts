import { memoize } from '../../core/memo.js';
import type { DocContext } from '../context.js';
import { firstStartingFrom, type Span } from '../../core/span.js';
import type { ClauseText } from './types.js';

const OPEN = 0xff08; // （
const OPEN_ASCII = 0x28; // (
const CLOSE = 0xff09; // ）
const CLOSE_ASCII = 0x29; // )
const NEWLINE = 0x0a;

/**
 * Every top-level bracket group in the range (nested brackets such as `各（区）镇`
 * stay inside their group), plus paragraphs that open with a clause key
 * (`牵头单位：A；配合单位：B`) without brackets.
 */
export function findClauseTexts(ctx: DocContext, range: Span): ClauseText[] {
  const out = bracketGroups(ctx.text, range);
  out.push(...keyedLines(ctx, range));
  return out.sort((a, b) => a.outer.start - b.outer.start);
}

function bracketGroups(text: string, range: Span): ClauseText[] {
  const out: ClauseText[] = [];
  let depth = 0;
  let open = -1;
  for (let i = range.start; i < range.end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === NEWLINE) {
      depth = 0; // brackets never span paragraphs
      open = -1;
    } else if (ch === OPEN || ch === OPEN_ASCII) {
      if (depth === 0) open = i;
      depth++;
    } else if ((ch === CLOSE || ch === CLOSE_ASCII) && depth > 0) {
      depth--;
      if (depth === 0 && open >= 0) {
        out.push({ text: text.slice(open + 1, i), start: open + 1, outer: { start: open, end: i + 1 } });
        open = -1;
      }
    }
  }
  return out;
}

/** Lines inside the range that start with `key：` or `key:` (`ctx.lines` is sorted by start). */
function keyedLines(ctx: DocContext, range: Span): ClauseText[] {
  const { text, lines } = ctx;
  const prefixes = colonPrefixes(ctx.rules);
  const out: ClauseText[] = [];
  for (let i = firstStartingFrom(lines, range.start); i < lines.length && lines[i].start < range.end; i++) {
    const l = lines[i];
    if (l.end > range.end) continue;
    if (!prefixes.some((p) => p.length <= l.end - l.start && text.startsWith(p, l.start))) continue;
    const body = text.slice(l.start, l.end).replace(/[。；;]$/u, '');
    out.push({ text: body, start: l.start, outer: { start: l.start, end: l.start + body.length } });
  }
  return out;
}

/** `key：` and `key:` for every colon key, built once per rule set (every section's range asks). */
const colonPrefixes = memoize((rules: DocContext['rules']) =>
  Object.keys(rules.unitClauses.colonKeys).flatMap((k) => [k + '：', k + ':']),
);
