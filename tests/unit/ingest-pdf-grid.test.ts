/**
 * Ruled tables in a PDF (src/ingest/pdf-grid.ts), on operator lists and text runs written out by
 * hand: rules as Word and LibreOffice draw them (stroked lines, `re S` cells, thin filled
 * rectangles, under a `cm` transform), a group heading merged across a row, a unit cell merged
 * down over two rows, and a 专栏 box of one column that is not a table.
 */
import { describe, expect, it } from 'vitest';
import { gridRows, gridsOf, segmentsOf, type GridRun, type OpCodes } from '../../src/ingest/pdf-grid.js';

// pdf.js's OPS numbers (pdfjs-dist 5)
const OPS: OpCodes = {
  save: 10,
  restore: 11,
  transform: 12,
  constructPath: 91,
  rectangle: 19,
  fill: 22,
  eoFill: 23,
  stroke: 20,
  closeStroke: 21,
  fillStroke: 24,
  eoFillStroke: 25,
  closeFillStroke: 26,
  closeEOFillStroke: 27,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
};
const M = 0;
const L = 1;
const Z = 4;

/** An operator list: [fn, args] pairs. */
function opList(...ops: Array<[number, unknown]>) {
  return { fnArray: ops.map((o) => o[0]), argsArray: ops.map((o) => o[1]) };
}
const line = (x0: number, y0: number, x1: number, y1: number): [number, unknown] => [
  OPS.constructPath,
  [OPS.stroke, [new Float32Array([M, x0, y0, L, x1, y1])], null],
];
const rect = (paint: number, x: number, y: number, w: number, h: number): [number, unknown] => [
  OPS.constructPath,
  [paint, [new Float32Array([M, x, y, L, x + w, y, L, x + w, y + h, L, x, y + h, Z])], null],
];

/** Runs of one cell line each, 12 pt. */
const run = (str: string, x: number, y: number): GridRun => ({ str, x, y, w: 12 * str.length, fs: 12 });
const joinLine = (rs: GridRun[]) => rs.map((r) => r.str).join('');
const joinLines = (a: string, b: string) => a + b;

/**
 * A 3-column task table, 序号 | 重点任务 | 牵头单位, columns at x 100 / 140 / 340 / 440, rule rows at
 * y 700 (top), 680, 660, 610, 560: header, a group row merged across, and two task rows whose
 * 牵头单位 cell is merged down over both.
 */
function taskTable() {
  const ops = opList(
    // horizontal rules; the one between the two task rows stops short of the merged 牵头单位 cell
    line(100, 700, 440, 700),
    line(100, 680, 440, 680),
    line(100, 660, 440, 660),
    line(100, 610, 340, 610),
    line(100, 560, 440, 560),
    // outer verticals; inner ones stop at the group row, which is merged across
    line(100, 700, 100, 560),
    line(440, 700, 440, 560),
    line(140, 700, 140, 680),
    line(340, 700, 340, 680),
    line(140, 660, 140, 560),
    line(340, 660, 340, 560),
  );
  const runs = [
    run('序号', 104, 686),
    run('重点任务', 200, 686),
    run('牵头单位', 360, 686),
    run('（一）提升服务效能', 110, 666),
    run('1', 116, 640),
    run('推进政务服务标准化，编制', 144, 645),
    run('实施清单', 144, 628),
    run('市政务服务', 350, 600),
    run('中心管委会', 350, 584),
    run('2', 116, 582),
    run('建设免证办城市', 144, 582),
  ];
  return { ops, runs };
}

describe('segmentsOf', () => {
  it('reads stroked lines and the edges of stroked cell rectangles, in page space', () => {
    const seg = segmentsOf(
      ...Object.values(opList([OPS.save, null], [OPS.transform, [2, 0, 0, 2, 10, 20]], rect(OPS.stroke, 0, 0, 50, 20), [OPS.restore, null], line(0, 5, 30, 5))) as [number[], unknown[]],
      OPS,
    );
    // the rectangle under the transform: x 10–110, y 20–60; the line after restore is untransformed
    expect(seg.h).toEqual(expect.arrayContaining([{ y: 20, x0: 10, x1: 110 }, { y: 60, x0: 10, x1: 110 }, { y: 5, x0: 0, x1: 30 }]));
    expect(seg.v).toEqual(expect.arrayContaining([{ x: 10, y0: 20, y1: 60 }, { x: 110, y0: 20, y1: 60 }]));
    expect(seg.h).toHaveLength(3);
    expect(seg.v).toHaveLength(2);
  });

  it('takes a thin filled rectangle for a rule and leaves a shaded cell alone', () => {
    const { fnArray, argsArray } = opList(rect(OPS.fill, 100, 699.5, 340, 0.75), rect(OPS.fill, 99.6, 560, 0.75, 140), rect(OPS.fill, 100, 600, 200, 40));
    const seg = segmentsOf(fnArray, argsArray, OPS);
    // (the path data is Float32, as pdf.js hands it over)
    const round = (o: object) => Object.fromEntries(Object.entries(o as Record<string, number>).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
    expect(seg.h.map(round)).toEqual([{ y: 699.875, x0: 100, x1: 440 }]);
    expect(seg.v.map(round)).toEqual([{ x: 99.975, y0: 560, y1: 700 }]);
  });

  it('ignores curves (a rounded box) and paths that are only filled regions', () => {
    const curve: [number, unknown] = [OPS.constructPath, [OPS.stroke, [new Float32Array([M, 0, 0, 2, 5, 5, 10, 10, 20, 0])], null]];
    const seg = segmentsOf(...(Object.values(opList(curve)) as [number[], unknown[]]), OPS);
    expect(seg).toEqual({ h: [], v: [] });
  });
});

describe('gridsOf and gridRows', () => {
  it('reads a header, a group heading merged across the row, and a unit cell merged down', () => {
    const { ops, runs } = taskTable();
    const grids = gridsOf(segmentsOf(ops.fnArray, ops.argsArray, OPS));
    expect(grids).toHaveLength(1);
    expect(grids[0].xs).toEqual([100, 140, 340, 440]);
    const { rows, taken } = gridRows(grids[0], runs, joinLine, joinLines);
    expect(rows.map((r) => r.cells)).toEqual([
      ['序号', '重点任务', '牵头单位'],
      ['（一）提升服务效能', '', ''],
      ['1', '推进政务服务标准化，编制实施清单', '市政务服务中心管委会'],
      ['2', '建设免证办城市', ''],
    ]);
    expect(rows[0].columns).toEqual([[100, 140], [140, 340], [340, 440]]);
    expect(taken.size).toBe(runs.length);
  });

  it('leaves text outside the grid to the page', () => {
    const { ops, runs } = taskTable();
    const outside = [run('附件', 100, 720), run('2024年3月1日', 300, 500)];
    const grids = gridsOf(segmentsOf(ops.fnArray, ops.argsArray, OPS));
    const { taken } = gridRows(grids[0], [...outside, ...runs], joinLine, joinLines);
    expect(outside.some((r) => taken.has(r))).toBe(false);
  });

  it('does not take a box of one column (a 专栏 drawn around paragraphs) for a table', () => {
    const { fnArray, argsArray } = opList(rect(OPS.stroke, 100, 400, 340, 200));
    expect(gridsOf(segmentsOf(fnArray, argsArray, OPS))).toEqual([]);
  });

  it('keeps two tables on one page apart', () => {
    const grid = (top: number) => [
      line(100, top, 440, top),
      line(100, top - 20, 440, top - 20),
      line(100, top - 40, 440, top - 40),
      line(100, top, 100, top - 40),
      line(250, top, 250, top - 40),
      line(440, top, 440, top - 40),
    ];
    const { fnArray, argsArray } = opList(...grid(700), ...grid(500));
    const grids = gridsOf(segmentsOf(fnArray, argsArray, OPS));
    expect(grids.map((g) => g.ys)).toEqual([
      [700, 680, 660],
      [500, 480, 460],
    ]);
  });
});
