/**
 * `policy-extract export`: tasks (units joined), targets and deadlines as flat
 * tables. CSV is UTF-8 with a BOM so that Excel opens Chinese text correctly.
 */
import Database from 'better-sqlite3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const QUERIES: Record<string, string> = {
  tasks: `SELECT d.path AS document, d.title AS plan, t.id AS task_id, t.marker, t.title, t.page,
            (SELECT group_concat(tu.name || ':' || tu.role, '；') FROM task_units tu WHERE tu.task_id = t.id) AS units,
            (SELECT group_concat(tu.canonical, '；') FROM task_units tu WHERE tu.task_id = t.id) AS canonical_units,
            t.keywords, t.text
          FROM tasks t JOIN documents d ON d.id = t.document_id ORDER BY d.path, t.start`,
  targets: `SELECT d.path AS document, d.title AS plan, x.task_id, x.text, x.metric, x.comparator, x.value, x.value_max, x.unit,
              x.raw_value, x.raw_unit, x.year, x.baseline_year, x.baseline_value, x.multiplier, x.aspirational, x.recurrence, x.page
            FROM targets x JOIN documents d ON d.id = x.document_id ORDER BY d.path, x.start`,
  deadlines: `SELECT d.path AS document, d.title AS plan, x.task_id, x.text, x.kind, x.date, x.start_date, x.recurrence, x.page
              FROM deadlines x JOIN documents d ON d.id = x.document_id ORDER BY d.path, x.start`,
};

export function exportTables(dbFile: string, outDir: string, format: 'csv' | 'jsonl'): string[] {
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  try {
    for (const [name, sql] of Object.entries(QUERIES)) {
      const rows = db.prepare(sql).all() as Record<string, unknown>[];
      const file = join(outDir, `${name}.${format}`);
      writeFileSync(file, format === 'csv' ? toCsv(rows, db.prepare(sql).columns().map((c) => c.name)) : toJsonl(rows));
      written.push(file);
    }
  } finally {
    db.close();
  }
  return written;
}

function toJsonl(rows: Record<string, unknown>[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length ? '\n' : '');
}

export function toCsv(rows: Record<string, unknown>[], columns: string[]): string {
  const cell = (v: unknown) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/u.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const lines = [columns.join(','), ...rows.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
