/**
 * A task table (重点任务分工表) in a PDF: tests/fixtures/pdf/task-table.pdf, written by
 * scripts/make-pdf-task-table.mjs. Two A4 pages of a 实施方案 in a non-embedded CJK CID font
 * (/Type0, /UniGB-UCS2-H over /STSong-Light, Adobe-GB1), laid out as Word exports it: body tasks
 * with their own unit clauses on page 1, the attachment `附件` / `重点任务分工表` and a ruled table
 * (序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限, 12 pt, Word's default 5.4 pt cell margins (full cells about one font size apart: read from the rules), cells centred
 * vertically, wrapped task, unit and date cells) on page 2.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import type { PolicyDocument } from '../../src/schema/output.js';
import { testRules } from '../helpers/context.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/pdf/task-table.pdf', import.meta.url));

let doc: PolicyDocument;

beforeAll(async () => {
  const r = await processDocument('task-table.pdf', new Uint8Array(readFileSync(FIXTURE)), testRules());
  expect(r.failed).toBe(false);
  doc = r.doc;
}, 60_000);

const HEADER = ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'];
const ROWS = [
  ['1', '建设城市数据大脑，推动政务数据共享开放', '市大数据局', '市发展改革委、市财政局', '2025年6月'],
  ['2', '推进工业互联网平台建设', '市工业和信息化局', '市科技局', '2024年底前'],
  ['3', '每年安排数字经济发展专项资金不少于5000万元', '市财政局', '各区人民政府', '每年'],
  ['4', '培育数字经济核心企业，新增规模以上企业50家', '市工业和信息化局', '市商务局、市市场监管局', '2025年12月底前'],
  ['5', '建设数字经济产业园区2个', '市发展改革委', '各区人民政府', '2025年6月底前'],
];

/** Marker, title, page, units (name/role), targets (comparator value unit, recurrence) and deadlines of each task. */
function summary(d: PolicyDocument) {
  return d.tasks.map((t) => ({
    marker: t.marker,
    title: t.title,
    page: t.page,
    units: t.units.map((u) => `${u.name}/${u.role}`),
    targets: t.targets.map((x) => `${x.comparator} ${x.value} ${x.unit}${x.recurrence ? ` ${x.recurrence}` : ''}`),
    deadlines: t.deadlines.map((d) => d.date ?? d.recurrence),
  }));
}

describe('PDF task table: ingestion', () => {
  it('decodes the UniGB-UCS2-H text and keeps the body paragraphs whole', () => {
    const lines = doc.text.split('\n');
    expect(lines[0]).toBe('某市推动数字经济高质量发展实施方案');
    expect(lines).toContain('（一）加快数字基础设施建设。推进千兆光网和5G网络深度覆盖，适度超前布局算力基础设施。（责任单位：市发展改革委、市财政局）');
    expect(lines).toContain('某市人民政府办公室');
    expect(lines).toContain('2024年3月1日');
    // page numbers are furniture
    expect(doc.text).not.toMatch(/—\s*[12]\s*—/u);
  });

  it('rebuilds the ruled table as one tab-separated line per row, wrapped cells joined within their cell', () => {
    const lines = doc.text.split('\n');
    const at = lines.indexOf('重点任务分工表');
    expect(lines.slice(at - 1, at + 1)).toEqual(['附件', '重点任务分工表']);
    expect(lines.slice(at + 1)).toEqual([HEADER, ...ROWS].map((cells) => cells.join('\t')));
  });
});

describe('PDF task table: tables[]', () => {
  it('is one table of kind tasks on page 2, with its caption, header and five rows', () => {
    expect(doc.tables.map((t) => t.kind)).toEqual(['tasks']);
    const [table] = doc.tables;
    expect(table.caption).toBe('重点任务分工表');
    expect(table.header).toEqual(HEADER);
    expect(table.rows.map((r) => r.cells)).toEqual(ROWS);
    expect(table.page).toBe(2);
  });
});

describe('PDF task table: tasks', () => {
  it('gives one task per table row: units by column, the time cell due by its end, targets from the task cell', () => {
    const rows = summary(doc).filter((_, i) => doc.tasks[i].id.includes(':t:table'));
    expect(rows).toEqual([
      {
        marker: '1',
        title: '建设城市数据大脑',
        page: 2,
        units: ['市大数据局/lead', '市发展改革委/co', '市财政局/co'],
        targets: [],
        deadlines: ['2025-06-30'],
      },
      {
        marker: '2',
        title: '推进工业互联网平台建设',
        page: 2,
        units: ['市工业和信息化局/lead', '市科技局/co'],
        targets: [],
        deadlines: ['2024-12-31'],
      },
      {
        marker: '3',
        title: '每年安排数字经济发展专项资金不少于5000万元',
        page: 2,
        units: ['市财政局/lead', '各区人民政府/co'],
        targets: ['gte 50000000 元 yearly'],
        deadlines: ['yearly'],
      },
      {
        marker: '4',
        title: '培育数字经济核心企业',
        page: 2,
        units: ['市工业和信息化局/lead', '市商务局/co', '市市场监管局/co'],
        targets: ['eq 50 家'],
        deadlines: ['2025-12-31'],
      },
      {
        marker: '5',
        title: '建设数字经济产业园区2个',
        page: 2,
        units: ['市发展改革委/lead', '各区人民政府/co'],
        targets: ['eq 2 个'],
        deadlines: ['2025-06-30'],
      },
    ]);
    // a target in a row is due by the row's date
    const byMarker = (m: string) => doc.tasks.find((t) => t.id.includes(':t:table') && t.marker === m);
    expect(byMarker('4')?.targets.map((x) => x.year)).toEqual([2025]);
    expect(byMarker('5')?.targets.map((x) => x.year)).toEqual([2025]);
  });

  it('keeps the body tasks with their own unit clauses, and the last body task reads no table dates', () => {
    expect(summary(doc).filter((_, i) => !doc.tasks[i].id.includes(':t:table'))).toEqual([
      {
        marker: '（一）',
        title: '加快数字基础设施建设',
        page: 1,
        units: ['市发展改革委/responsible', '市财政局/responsible'],
        targets: [],
        deadlines: [],
      },
      {
        marker: '（二）',
        title: '推动产业数字化转型',
        page: 1,
        units: ['市工业和信息化局/responsible', '各区人民政府/responsible'],
        targets: [],
        deadlines: [],
      },
      { marker: '（一）', title: '加强组织领导', page: 1, units: [], targets: [], deadlines: [] },
    ]);
  });

  it('gives every task a span that is its text', () => {
    for (const t of doc.tasks) expect(doc.text.slice(t.span.start, t.span.end)).toBe(t.text);
  });
});
