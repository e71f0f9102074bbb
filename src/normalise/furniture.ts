import { pageOf, type PageStart } from '../core/span.js';
import type { RuleSet } from '../ruleset/registry.js';
import { lineText, type Line } from './offset-map.js';

/**
 * Page furniture: page-number lines (`— 3 —`, `第3页`) anywhere, and running
 * headers/footers: a short line repeated on many pages as the first or last line
 * of its page (needs a page map), or next to a page number (plain text copied
 * from a PDF).
 */
export function removeFurniture(lines: Line[], rules: RuleSet, sourcePages: readonly PageStart[]): Line[] {
  const { pageNumbers, runningHeaderMinRepeats } = rules.normalise;
  const texts = lines.map(lineText);
  const isPageNumber = texts.map((t) => t.trim() !== '' && pageNumbers.some((p) => p.re.test(t.trim())));

  const nonEmpty = texts.map((t, i) => (t.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  const atEdge = new Set<number>();
  if (sourcePages.length > 1) {
    const pageOfLine = (i: number) => pageOf(sourcePages, lines[i].pieces[0]?.src ?? 0);
    nonEmpty.forEach((i, k) => {
      const prev = nonEmpty[k - 1];
      const next = nonEmpty[k + 1];
      if (prev === undefined || pageOfLine(prev) !== pageOfLine(i)) atEdge.add(i);
      if (next === undefined || pageOfLine(next) !== pageOfLine(i)) atEdge.add(i);
    });
  } else {
    nonEmpty.forEach((i, k) => {
      const near = [nonEmpty[k - 1], nonEmpty[k + 1]].some((j) => j !== undefined && isPageNumber[j]);
      if (near) atEdge.add(i);
    });
  }
  const counts = new Map<string, number>();
  for (const i of atEdge) {
    const t = texts[i].trim();
    if (t.length <= 40 && !isPageNumber[i]) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return lines.filter((_, i) => {
    if (isPageNumber[i]) return false;
    if (atEdge.has(i) && (counts.get(texts[i].trim()) ?? 0) >= runningHeaderMinRepeats) return false;
    return true;
  });
}
