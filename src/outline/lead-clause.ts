import type { RuleSet } from '../ruleset/registry.js';

/**
 * The heading of an item: its leading clause. `text` starts right after the marker.
 * - no sentence end at all → the whole paragraph is a heading line (`培育骨干企业，增强产业竞争力`);
 * - else the text up to the first sentence end (`发展现状。近年来…` → `发展现状`), cut at the
 *   first comma when the clause before it is long enough to name the item
 *   (`强化统筹协调，各地各单位要…` → `强化统筹协调`), or at a colon closing a shorter label
 *   (`茶产业：新增…` → `茶产业`), and at most `maxClause` characters.
 * Returns the heading's length in `text` (from 0), trailing punctuation excluded.
 */
export function leadClauseLength(text: string, rules: RuleSet): number {
  const { sentenceEnd, clauseEnd, maxClause, minClause, labelEnd, minLabel } = rules.markers.heading;
  let end = -1;
  for (let i = 0; i < text.length; i++) {
    if (sentenceEnd.has(text[i])) {
      end = i;
      break;
    }
  }
  if (end === -1) return trimEnd(text, text.length, clauseEnd);
  for (let i = minLabel; i < Math.min(end, minClause); i++) {
    if (labelEnd.has(text[i])) return i;
    if (clauseEnd.has(text[i])) break;
  }
  for (let i = minClause; i < Math.min(end, maxClause + 1); i++) {
    if (clauseEnd.has(text[i])) return i;
  }
  return end;
}

function trimEnd(text: string, end: number, punct: ReadonlySet<string>): number {
  let e = end;
  while (e > 0 && (punct.has(text[e - 1]) || text[e - 1] === ' ')) e--;
  return e;
}
