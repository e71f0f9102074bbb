import { memoize } from '../core/memo.js';
import type { RuleSet } from '../ruleset/registry.js';
import { lineText, type Line } from './offset-map.js';

/**
 * Table rows whose cells are set apart by bars instead of tabs (`1｜推进企业开办“一网通办”｜…｜区市场监管局｜2026年6月底前`),
 * as some web pages publish a task list (rules/normalise.yaml `cellBars`). Where two or more lines hold the same number of
 * bars (two or more), each bar of those lines becomes a tab and the table reader takes them as rows; a line that happens to
 * hold a bar or two stays as it is, and so do all when a line holds more bars than a row or most lines with bars are no
 * rows (a PDF runs rows together and breaks them across lines). One character for one: offsets into the source stay.
 */
export function barsToTabs(lines: Line[], rules: RuleSet): Line[] {
  const bars = rules.normalise.cellBars;
  if (bars.size === 0) return lines;
  // (most documents hold no bar at all: one look at each piece's text in native code)
  const any = barPattern(bars);
  if (!lines.some((line) => line.pieces.some((p) => any.test(p.text)))) return lines;
  const counts = lines.map((line) => barCount(lineText(line), bars));
  const rows = new Map<number, number>(); // bars in a line → lines with that many
  let barred = 0;
  for (const n of counts) {
    if (n > 0) barred++;
    if (n >= MIN_BARS) rows.set(n, (rows.get(n) ?? 0) + 1);
  }
  // the rows: the lines of the fewest bars that two or more lines hold; none when a line holds more (rows run together or
  // broken across lines, as a PDF sets them: nothing to read as rows) or most lines with bars are not rows
  const repeated = [...rows].filter(([, k]) => k >= 2).map(([n]) => n);
  if (repeated.length === 0) return lines;
  const width = Math.min(...repeated);
  if (counts.some((n) => n > width) || rows.get(width)! < WHOLE_ROWS * barred) return lines;
  return lines.map((line, i) =>
    counts[i] === width ? { pieces: line.pieces.map((p) => ({ ...p, text: [...p.text].map((c) => (bars.has(c) ? '\t' : c)).join('') })) } : line,
  );
}

/** The share of the lines holding bars that must be rows. */
const WHOLE_ROWS = 0.8;

/** A regex that finds any of the bars (made once per rule set). */
const barPattern = memoize((bars: ReadonlySet<string>) => new RegExp(`[${[...bars].map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`).join('')}]`, 'u'));

/** The fewest bars a row holds: three cells. */
const MIN_BARS = 2;

function barCount(text: string, bars: ReadonlySet<string>): number {
  let n = 0;
  for (const c of text) if (bars.has(c)) n++;
  return n;
}
