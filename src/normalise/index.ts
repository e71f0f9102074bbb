/**
 * Normalisation (SPEC §2): source text → normalised text with paragraph spans,
 * a page map in normalised offsets and a map back to source offsets.
 * Each repair is one file; they run in the order listed here.
 */
import type { PageStart, Span } from '../core/span.js';
import type { RuleSet } from '../ruleset/registry.js';
import { removeArtefacts } from './artefacts.js';
import { barsToTabs } from './bar-cells.js';
import { removeFurniture } from './furniture.js';
import { stripIndent } from './indent.js';
import { removeLetterSpacing } from './letter-spacing.js';
import { SourceMap, type Line } from './offset-map.js';
import { rejoinLines } from './rejoin-lines.js';
import { splitLines } from './split.js';

export interface NormalisedText {
  text: string;
  /** One span per paragraph, in order. */
  lines: Span[];
  pageMap: PageStart[];
  sourceMap: SourceMap;
}

export function normalise(source: string, sourcePages: readonly PageStart[], rules: RuleSet): NormalisedText {
  let lines = splitLines(source);
  lines = removeArtefacts(lines, rules); // before furniture: a bookmark must not hide a page number
  lines = stripIndent(lines); // before furniture and joining, which compare trimmed lines
  lines = barsToTabs(lines, rules); // before joining, which leaves rows alone
  lines = removeLetterSpacing(lines);
  lines = removeFurniture(lines, rules, sourcePages);
  lines = rejoinLines(lines, rules); // last: drops blank lines, joins broken sentences
  return assemble(lines, sourcePages);
}

function assemble(lines: Line[], sourcePages: readonly PageStart[]): NormalisedText {
  const map = new SourceMap();
  const spans: Span[] = [];
  let text = '';
  for (const line of lines) {
    if (text.length > 0) text += '\n';
    const start = text.length;
    for (const p of line.pieces) {
      map.add(text.length, p.src, p.text.length);
      text += p.text;
    }
    spans.push({ start, end: text.length });
  }
  const pageMap: PageStart[] = [];
  for (const p of sourcePages) {
    const at = map.fromSource(p.start);
    if (at === undefined) continue;
    if (pageMap.length && pageMap[pageMap.length - 1].start >= at) {
      // an empty page (or one whose content was all furniture) starts where the next does
      if (pageMap[pageMap.length - 1].start === at) pageMap[pageMap.length - 1] = { page: p.page, start: at };
      continue;
    }
    pageMap.push({ page: p.page, start: at });
  }
  return { text, lines: spans, pageMap, sourceMap: map };
}
