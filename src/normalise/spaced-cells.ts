/**
 * Table rows whose cells are set apart by runs of spaces instead of tabs, as a table copied from a
 * web page or a word processor often arrives in a TXT file:
 * `9    降低企业办电成本。…以内。    国网厦门供电公司    市发改委    2025年6月底前`.
 * Normalisation keeps such a line as it is (its gaps are not spaces around punctuation, and it is
 * not prose broken across lines); the table reader cuts it at its gaps (`src/extract/tables/tab-separated.ts`).
 */

/** Two or more spaces (ASCII, ideographic or no-break) between two cells. */
export const CELL_GAP = /[ \u3000\u00a0]{2,}/gu;
const HAS_CELL_GAP = /[ \u3000\u00a0]{2}/u;
/** The fewest cells a line cut at its gaps must have to be read as a row: two could be a signature's name and date. */
export const MIN_SPACED_CELLS = 3;

/** Whether a line without tabs is cut by its gaps of spaces into at least {@link MIN_SPACED_CELLS} cells. */
export function isSpacedRow(text: string): boolean {
  if (!HAS_CELL_GAP.test(text) || text.includes('\t')) return false;
  let gaps = 0;
  CELL_GAP.lastIndex = 0;
  // a gap at either end is indentation, not a cell edge
  for (let m = CELL_GAP.exec(text); m; m = CELL_GAP.exec(text)) {
    if (m.index > 0 && m.index + m[0].length < text.length && ++gaps >= MIN_SPACED_CELLS - 1) return true;
  }
  return false;
}
