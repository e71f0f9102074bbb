import type { Line } from './offset-map.js';

/** Source text → lines of one piece each (the `\n` separators belong to no line). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ pieces: end > start ? [{ text: text.slice(start, end), src: start }] : [] });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}
