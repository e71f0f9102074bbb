import { cut, lineText, type Line } from './offset-map.js';

const EDGE_SPACE = /^[\s\u3000\u00a0\u2002-\u200a]+|[\s\u3000\u00a0\u2002-\u200a]+$/gu;

/** Strip indentation and trailing space (full-width `　　` included); inner tabs (table cells) stay. */
export function stripIndent(lines: Line[]): Line[] {
  return lines.map((line) => {
    const text = lineText(line);
    let out = line;
    const ranges: [number, number][] = [];
    EDGE_SPACE.lastIndex = 0;
    for (let m = EDGE_SPACE.exec(text); m; m = EDGE_SPACE.exec(text)) ranges.push([m.index, m.index + m[0].length]);
    for (let i = ranges.length - 1; i >= 0; i--) out = cut(out, ranges[i][0], ranges[i][1]);
    return out;
  });
}
