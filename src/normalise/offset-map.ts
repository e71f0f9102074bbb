/**
 * Normalisation works on lines made of pieces: each piece is a contiguous copy of
 * the ingested (source) text, so every normalised offset maps back to its source
 * offset. Repairs cut pieces, drop lines or join them; they never retype text.
 */
export interface Piece {
  text: string;
  /** Offset in the source text of `text[0]`. */
  src: number;
}

export interface Line {
  pieces: Piece[];
}

export function lineText(line: Line): string {
  let s = '';
  for (const p of line.pieces) s += p.text;
  return s;
}

/** Remove `[from, to)` (offsets in the line's text) from the line. */
export function cut(line: Line, from: number, to: number): Line {
  if (to <= from) return line;
  const out: Piece[] = [];
  let pos = 0;
  for (const p of line.pieces) {
    const a = pos;
    const b = pos + p.text.length;
    pos = b;
    if (b <= from || a >= to) {
      out.push(p);
      continue;
    }
    if (a < from) out.push({ text: p.text.slice(0, from - a), src: p.src });
    if (b > to) out.push({ text: p.text.slice(to - a), src: p.src + (to - a) });
  }
  return { pieces: out };
}

/** Remove every match of a global regex from the line. */
export function cutAll(line: Line, re: RegExp): Line {
  const text = lineText(line);
  re.lastIndex = 0;
  const ranges: [number, number][] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    ranges.push([m.index, m.index + m[0].length]);
  }
  let out = line;
  for (let i = ranges.length - 1; i >= 0; i--) out = cut(out, ranges[i][0], ranges[i][1]);
  return out;
}

/** Concatenate lines into one (a line broken inside a sentence). */
export function join(a: Line, b: Line): Line {
  return { pieces: [...a.pieces, ...b.pieces] };
}

/** Maps offsets of the normalised text back to the source text. */
export class SourceMap {
  /** Parallel arrays: normalised start, source start, length of each copied piece. */
  private readonly out: number[] = [];
  private readonly src: number[] = [];
  private readonly len: number[] = [];

  add(outStart: number, srcStart: number, length: number): void {
    if (length <= 0) return;
    this.out.push(outStart);
    this.src.push(srcStart);
    this.len.push(length);
  }

  /** Source offset of a normalised offset (a separator maps to the next piece's start). */
  toSource(offset: number): number {
    const i = this.indexAtOrBefore(this.out, offset);
    if (i < 0) return this.src[0] ?? 0;
    const within = offset - this.out[i];
    if (within < this.len[i]) return this.src[i] + within;
    return i + 1 < this.src.length ? this.src[i + 1] : this.src[i] + this.len[i];
  }

  /** First normalised offset whose source offset is at or after `srcOffset`. */
  fromSource(srcOffset: number): number | undefined {
    const i = this.indexAtOrBefore(this.src, srcOffset);
    if (i >= 0 && srcOffset < this.src[i] + this.len[i]) return this.out[i] + (srcOffset - this.src[i]);
    const next = i + 1;
    return next < this.out.length ? this.out[next] : undefined;
  }

  private indexAtOrBefore(arr: number[], v: number): number {
    let lo = 0;
    let hi = arr.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (arr[mid] <= v) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  }
}
