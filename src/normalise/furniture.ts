import { anyTest } from '../core/lists.js';
import { pageOf, type PageStart } from '../core/span.js';
import type { RuleSet } from '../ruleset/registry.js';
import { lineText, type Line } from './offset-map.js';

/** A page-number line (`— 3 —`, `第3页`). */
function isPageNumberLine(text: string, pageNumbers: readonly { re: RegExp }[]): boolean {
  const t = text.trim();
  return t !== '' && anyTest(pageNumbers, t);
}

/**
 * Page furniture: page-number lines (`— 3 —`, `第3页`) anywhere, and running
 * headers/footers: a short line repeated on many pages as the first or last line
 * of its page (needs a page map), or next to a page number (plain text copied
 * from a PDF).
 */
export function removeFurniture(lines: Line[], rules: RuleSet, sourcePages: readonly PageStart[]): Line[] {
  const { pageNumbers, runningHeaderMinRepeats } = rules.normalise;
  const texts = lines.map(lineText);
  const isPageNumber: boolean[] = [];
  for (const t of texts) isPageNumber.push(isPageNumberLine(t, pageNumbers));

  const nonEmpty: number[] = [];
  for (let i = 0; i < texts.length; i++) if (texts[i].trim() !== '') nonEmpty.push(i);
  const atEdge = new Set<number>();
  if (sourcePages.length > 1) {
    const pages: (number | undefined)[] = [];
    for (const i of nonEmpty) pages.push(pageOf(sourcePages, lines[i].pieces[0]?.src ?? 0));
    for (let k = 0; k < nonEmpty.length; k++) {
      const i = nonEmpty[k];
      if (k === 0 || pages[k - 1] !== pages[k]) atEdge.add(i);
      if (k === nonEmpty.length - 1 || pages[k + 1] !== pages[k]) atEdge.add(i);
    }
  } else {
    for (let k = 0; k < nonEmpty.length; k++) {
      const prev = nonEmpty[k - 1];
      const next = nonEmpty[k + 1];
      if ((prev !== undefined && isPageNumber[prev]) || (next !== undefined && isPageNumber[next])) atEdge.add(nonEmpty[k]);
    }
  }
  const counts = new Map<string, number>();
  for (const i of atEdge) {
    const t = texts[i].trim();
    if (t.length <= 40 && !isPageNumber[i]) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (isPageNumber[i]) continue;
    if (atEdge.has(i) && (counts.get(texts[i].trim()) ?? 0) >= runningHeaderMinRepeats) continue;
    kept.push(lines[i]);
  }
  return kept;
}
