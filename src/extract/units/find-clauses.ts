import type { DocContext } from '../context.js';
import type { Span } from '../../core/span.js';
import type { ClauseText } from './types.js';

const OPEN = new Set(['（', '(']);
const CLOSE = new Set(['）', ')']);

/**
 * Every top-level bracket group in the range (nested brackets such as `各（区）镇`
 * stay inside their group), plus paragraphs that open with a clause key
 * (`牵头单位：A；配合单位：B`) without brackets.
 */
export function findClauseTexts(ctx: DocContext, range: Span): ClauseText[] {
  const { text } = ctx;
  const out: ClauseText[] = [];
  let depth = 0;
  let open = -1;
  for (let i = range.start; i < range.end; i++) {
    const ch = text[i];
    if (ch === '\n') {
      depth = 0; // brackets never span paragraphs
      open = -1;
      continue;
    }
    if (OPEN.has(ch)) {
      if (depth === 0) open = i;
      depth++;
    } else if (CLOSE.has(ch) && depth > 0) {
      depth--;
      if (depth === 0 && open >= 0) {
        out.push({ text: text.slice(open + 1, i), start: open + 1, outer: { start: open, end: i + 1 } });
        open = -1;
      }
    }
  }
  const keys = Object.keys(ctx.rules.unitClauses.colonKeys);
  for (const l of ctx.lines) {
    if (l.start < range.start || l.end > range.end) continue;
    const s = text.slice(l.start, l.end);
    if (keys.some((k) => s.startsWith(k + '：') || s.startsWith(k + ':'))) {
      const body = s.replace(/[。；;]$/u, '');
      out.push({ text: body, start: l.start, outer: { start: l.start, end: l.start + body.length } });
    }
  }
  return out.sort((a, b) => a.outer.start - b.outer.start);
}
