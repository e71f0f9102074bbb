/**
 * Ruled tables in a PDF: the cells a table's drawn borders enclose.
 *
 * A table exported from Word or WPS (a 重点任务分工表, an indicator table) wraps the text of a
 * narrow cell over several lines, and the gap between two cells' text can be no wider than the
 * cells' padding: from the text alone, neighbouring cells and the lines of a tall row run
 * together. The borders say where each cell is. This module reads them from the page's operator
 * list (stroked lines and thin filled rectangles, in page space), groups the segments that touch
 * into grids, and assigns every text run inside a grid to the cell its centre falls in:
 *
 * - columns are the distinct x of the grid's vertical rules, row bands the distinct y of its
 *   horizontal rules;
 * - a cell spans the columns between the vertical rules that cross its band (a group heading
 *   merged across the row is one cell, reported in the first column it covers);
 * - a band whose top rule does not cross a column continues that column's cell from the band
 *   above (a cell merged down): the text goes to the cell's first band, the later bands show it
 *   empty, as a DOCX table's merged cell is read.
 *
 * A grid of one column (a 专栏 box drawn around paragraphs) is not a table.
 */

/** A text run in page space: what pdf.js's text items give. */
export interface GridRun {
  str: string;
  x: number;
  y: number;
  w: number;
  fs: number;
}

interface HSeg {
  y: number;
  x0: number;
  x1: number;
}

interface VSeg {
  x: number;
  y0: number;
  y1: number;
}

export interface Segments {
  h: HSeg[];
  v: VSeg[];
}

/** The operator numbers this module reads (pdf.js `OPS`). */
export interface OpCodes {
  save: number;
  restore: number;
  transform: number;
  constructPath: number;
  rectangle: number;
  fill: number;
  eoFill: number;
  stroke: number;
  closeStroke: number;
  fillStroke: number;
  eoFillStroke: number;
  closeFillStroke: number;
  closeEOFillStroke: number;
  paintFormXObjectBegin: number;
  paintFormXObjectEnd: number;
}

/** pdf.js's path codes in `constructPath` data. */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/** A rule is at most this thick (points) when drawn as a filled rectangle. */
const RULE_WIDTH = 3;
/** Coordinates closer than this (points) are one. */
const SNAP = 2;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/**
 * Horizontal and vertical rules of a page, from its operator list: the straight axis-parallel
 * edges of stroked paths, and filled rectangles thin enough to be a line.
 */
export function segmentsOf(fnArray: ArrayLike<number>, argsArray: ArrayLike<unknown>, ops: OpCodes): Segments {
  const out: Segments = { h: [], v: [] };
  const stack: Matrix[] = [];
  let ctm: Matrix = IDENTITY;
  const stroked = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const filled = new Set([ops.fill, ops.eoFill]);
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(Array.from(args[0] as ArrayLike<number>) as Matrix, ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data) continue;
      if (stroked.has(paint)) strokedEdges(data, ctm, out);
      else if (filled.has(paint)) thinRectangles(data, ctm, out);
    }
  }
  return out;
}

/** The points of a path, in page space, split into subpaths; a curve makes its subpath unusable. */
function subpaths(data: ArrayLike<number>, ctm: Matrix): Array<{ pts: Array<[number, number]>; closed: boolean; curved: boolean }> {
  const out: Array<{ pts: Array<[number, number]>; closed: boolean; curved: boolean }> = [];
  let cur: { pts: Array<[number, number]>; closed: boolean; curved: boolean } | null = null;
  const point = (x: number, y: number): [number, number] => [ctm[0] * x + ctm[2] * y + ctm[4], ctm[1] * x + ctm[3] * y + ctm[5]];
  for (let k = 0; k < data.length; ) {
    const code = data[k];
    if (code === MOVE_TO) {
      cur = { pts: [point(data[k + 1], data[k + 2])], closed: false, curved: false };
      out.push(cur);
      k += 3;
    } else if (code === LINE_TO) {
      cur?.pts.push(point(data[k + 1], data[k + 2]));
      k += 3;
    } else if (code === CURVE_TO) {
      if (cur) cur.curved = true;
      k += 7;
    } else if (code === QUAD_TO) {
      if (cur) cur.curved = true;
      k += 5;
    } else if (code === CLOSE) {
      if (cur) cur.closed = true;
      k += 1;
    } else break; // an unknown code: stop rather than misread the rest
  }
  return out;
}

function strokedEdges(data: ArrayLike<number>, ctm: Matrix, out: Segments): void {
  for (const sp of subpaths(data, ctm)) {
    if (sp.curved) continue;
    const pts = sp.closed ? [...sp.pts, sp.pts[0]] : sp.pts;
    for (let k = 1; k < pts.length; k++) addEdge(pts[k - 1], pts[k], out);
  }
}

function thinRectangles(data: ArrayLike<number>, ctm: Matrix, out: Segments): void {
  for (const sp of subpaths(data, ctm)) {
    if (sp.curved || sp.pts.length < 4 || sp.pts.length > 5) continue;
    const xs = sp.pts.map((p) => p[0]);
    const ys = sp.pts.map((p) => p[1]);
    const x0 = Math.min(...xs);
    const x1 = Math.max(...xs);
    const y0 = Math.min(...ys);
    const y1 = Math.max(...ys);
    if (y1 - y0 <= RULE_WIDTH && x1 - x0 > RULE_WIDTH) out.h.push({ y: (y0 + y1) / 2, x0, x1 });
    else if (x1 - x0 <= RULE_WIDTH && y1 - y0 > RULE_WIDTH) out.v.push({ x: (x0 + x1) / 2, y0, y1 });
  }
}

function addEdge([ax, ay]: [number, number], [bx, by]: [number, number], out: Segments): void {
  if (Math.abs(ay - by) < 0.5 && Math.abs(ax - bx) > RULE_WIDTH) out.h.push({ y: (ay + by) / 2, x0: Math.min(ax, bx), x1: Math.max(ax, bx) });
  else if (Math.abs(ax - bx) < 0.5 && Math.abs(ay - by) > RULE_WIDTH) out.v.push({ x: (ax + bx) / 2, y0: Math.min(ay, by), y1: Math.max(ay, by) });
}

/** A table drawn with rules. */
export interface Grid {
  /** Column boundaries, left to right. */
  xs: number[];
  /** Row boundaries, top to bottom (PDF y grows upwards: descending). */
  ys: number[];
  h: HSeg[];
  v: VSeg[];
}

/**
 * The grids of a page: rules that touch one another, with at least two columns and one row
 * between their rules.
 */
export function gridsOf(seg: Segments): Grid[] {
  const h = seg.h;
  const v = seg.v;
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (let a = 0; a < h.length; a++) {
    for (let b = 0; b < v.length; b++) {
      const hs = h[a];
      const vs = v[b];
      if (vs.x >= hs.x0 - SNAP && vs.x <= hs.x1 + SNAP && hs.y >= vs.y0 - SNAP && hs.y <= vs.y1 + SNAP) {
        parent[find(a)] = find(h.length + b);
      }
    }
  }
  const groups = new Map<number, Grid>();
  const groupOf = (i: number): Grid => {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { xs: [], ys: [], h: [], v: [] }));
    return g;
  };
  h.forEach((s, i) => groupOf(i).h.push(s));
  v.forEach((s, i) => groupOf(h.length + i).v.push(s));
  const grids: Grid[] = [];
  for (const g of groups.values()) {
    g.xs = snapped(g.v.map((s) => s.x)).sort((a, b) => a - b);
    g.ys = snapped(g.h.map((s) => s.y)).sort((a, b) => b - a);
    if (g.xs.length >= 3 && g.ys.length >= 2) grids.push(g);
  }
  return grids;
}

/** Distinct values, those closer than {@link SNAP} taken as one (their first). */
function snapped(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of sorted) if (out.length === 0 || x - out[out.length - 1] > SNAP) out.push(x);
  return out;
}

/** One band of a grid read as a row: the text of each cell in the column it starts in. */
export interface GridRow {
  /** Top of the band (PDF y). */
  top: number;
  cells: string[];
  /** Each column's left and right boundary. */
  columns: Array<[number, number]>;
  fs: number;
}

/**
 * The rows of a grid, top to bottom, from the runs inside it, and which runs it took. `joinLine`
 * joins the runs of one visual line of a cell, `joinLines` the lines of a cell.
 */
export function gridRows(
  grid: Grid,
  runs: readonly GridRun[],
  joinLine: (runs: GridRun[]) => string,
  joinLines: (a: string, b: string) => string,
): { rows: GridRow[]; taken: Set<GridRun> } {
  const { xs, ys } = grid;
  const nb = ys.length - 1;
  const nc = xs.length - 1;
  const crossesBand = (x: number, i: number): boolean => {
    const mid = (ys[i] + ys[i + 1]) / 2;
    return grid.v.some((s) => Math.abs(s.x - x) <= SNAP && s.y0 - SNAP <= mid && s.y1 + SNAP >= mid);
  };
  const crossesColumn = (y: number, j: number): boolean => {
    const mid = (xs[j] + xs[j + 1]) / 2;
    return grid.h.some((s) => Math.abs(s.y - y) <= SNAP && s.x0 - SNAP <= mid && s.x1 + SNAP >= mid);
  };
  // owner[i][j]: the band and first column of the cell that covers band i, column j
  const owner: Array<Array<[number, number]>> = [];
  for (let i = 0; i < nb; i++) {
    const row: Array<[number, number]> = [];
    let start = 0;
    for (let j = 0; j < nc; j++) {
      if (j > 0 && crossesBand(xs[j], i)) start = j;
      row.push([i, start]);
    }
    if (i > 0) {
      for (let j = 0; j < nc; j++) {
        // no rule above: the cell goes on from the band above (a cell merged down)
        if (!crossesColumn(ys[i], j) && owner[i - 1][j][1] === row[j][1]) row[j] = owner[i - 1][j];
      }
    }
    owner.push(row);
  }

  const byCell = new Map<string, GridRun[]>();
  const taken = new Set<GridRun>();
  for (const r of runs) {
    const cx = r.x + r.w / 2;
    const cy = r.y + 0.35 * r.fs;
    if (cx <= xs[0] || cx >= xs[nc] || cy >= ys[0] || cy <= ys[nb]) continue;
    let i = 0;
    while (i < nb - 1 && cy < ys[i + 1]) i++;
    let j = 0;
    while (j < nc - 1 && cx > xs[j + 1]) j++;
    const [oi, oj] = owner[i][j];
    const key = `${oi}:${oj}`;
    let list = byCell.get(key);
    if (!list) byCell.set(key, (list = []));
    list.push(r);
    taken.add(r);
  }

  const columns = xs.slice(0, -1).map((x, j): [number, number] => [x, xs[j + 1]]);
  const rows: GridRow[] = [];
  for (let i = 0; i < nb; i++) {
    const cells = new Array<string>(nc).fill('');
    let fs = 0;
    for (let j = 0; j < nc; j++) {
      const list = byCell.get(`${i}:${j}`);
      if (!list) continue;
      cells[j] = cellText(list, joinLine, joinLines);
      fs = Math.max(fs, ...list.map((r) => r.fs));
    }
    if (cells.some((c) => c !== '')) rows.push({ top: ys[i], cells, columns, fs });
  }
  return { rows, taken };
}

const topDown = (a: GridRun, b: GridRun): number => b.y - a.y || a.x - b.x;

/** The text of one cell: its runs by visual line, top to bottom. */
function cellText(runs: GridRun[], joinLine: (runs: GridRun[]) => string, joinLines: (a: string, b: string) => string): string {
  runs.sort(topDown);
  let text = '';
  let start = 0;
  for (let k = 1; k <= runs.length; k++) {
    if (k < runs.length && runs[start].y - runs[k].y <= 0.5 * Math.max(runs[start].fs, runs[k].fs)) continue;
    text = joinLines(text, joinLine(runs.slice(start, k)));
    start = k;
  }
  return text;
}
