import { cut, lineText, type Line } from './offset-map.js';

const EDGE_SPACE = /^[\s\u3000\u00a0\u2002-\u200a]+|[\s\u3000\u00a0\u2002-\u200a]+$/gu;
/** The same without tabs: the empty cells at either end of a table row. */
const EDGE_SPACE_NOT_TAB = /^[^\S\t]+|[^\S\t]+$/gu;

/** Two tabs or more, one of them after text: not indentation but the cells of a table row. */
function isTableRow(text: string): boolean {
  const first = text.indexOf('\t');
  return first >= 0 && text.indexOf('\t', first + 1) >= 0 && /\S[^\t]*\t/u.test(text.trimStart().replace(/^\t+/u, ''));
}

/**
 * Strip indentation and trailing space (full-width `　　` included); inner tabs (table cells) stay,
 * and so do the tabs at either end of a table row: its empty first or last cells
 * (`\t\t市科技局\t`, `一、产业发展\t\t\t`).
 */
export function stripIndent(lines: Line[]): Line[] {
  return lines.map((line) => {
    const text = lineText(line);
    let out = line;
    const ranges: [number, number][] = [];
    const edge = isTableRow(text) ? EDGE_SPACE_NOT_TAB : EDGE_SPACE;
    edge.lastIndex = 0;
    for (let m = edge.exec(text); m; m = edge.exec(text)) ranges.push([m.index, m.index + m[0].length]);
    for (let i = ranges.length - 1; i >= 0; i--) out = cut(out, ranges[i][0], ranges[i][1]);
    return out;
  });
}
