import { cut, lineText, type Line } from './offset-map.js';
import { isSpacedRow } from './spaced-cells.js';

/**
 * Justified PDF lines come out letter-spaced (`《 广 东 省 培 育 》`). A run of at
 * least three Han characters each separated by one space loses those spaces; a
 * single space between two words (`深圳市委宣传部 深圳市工业和信息化局`) stays.
 * Spaces next to full-width punctuation go too, except the gaps between the cells of a row
 * set apart by spaces (`src/normalise/spaced-cells.ts`).
 */
const SPACED_RUN = /[\p{Script=Han}《》“”（）、，。](?: [\p{Script=Han}《》“”（）、，。]){2,}/gu;
/** Spaces next to full-width punctuation are layout, never text (`责任单位 ： 市文广旅局`). */
const AROUND_PUNCT = /[ \u00a0]+(?=[：，、。；！？（）《》“”【】])|(?<=[：，、。；！？（）《》“”【】])[ \u00a0]+/gu;

export function removeLetterSpacing(lines: Line[]): Line[] {
  return lines.map((line) => {
    const text = lineText(line);
    const spaces: number[] = [];
    SPACED_RUN.lastIndex = 0;
    for (let m = SPACED_RUN.exec(text); m; m = SPACED_RUN.exec(text)) {
      for (let i = 0; i < m[0].length; i++) if (m[0][i] === ' ') spaces.push(m.index + i);
    }
    // in a row of cells set apart by spaces, a gap after `。` is the edge of a cell
    const row = isSpacedRow(text);
    AROUND_PUNCT.lastIndex = 0;
    for (let m = AROUND_PUNCT.exec(text); m; m = AROUND_PUNCT.exec(text)) {
      if (row && m[0].length > 1) continue;
      for (let i = 0; i < m[0].length; i++) spaces.push(m.index + i);
    }
    const unique = [...new Set(spaces)].sort((a, b) => a - b);
    let out = line;
    for (let i = unique.length - 1; i >= 0; i--) out = cut(out, unique[i], unique[i] + 1);
    return out;
  });
}
