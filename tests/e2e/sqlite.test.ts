import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import type { PolicyDocument } from '../../src/schema/output.js';
import { SqliteWriter } from '../../src/write/sqlite.js';
import { testRules } from '../helpers/context.js';

const dir = mkdtempSync(join(tmpdir(), 'policy-sqlite-'));
const dbFile = join(dir, 'policies.sqlite');
let writer: SqliteWriter;
let suzhou: PolicyDocument;
let taicang: PolicyDocument;

// A second, short 苏州市 plan: the same department must join across plans by canonical name.
const OTHER_SUZHOU_PLAN = `苏州市推进工业设计高质量发展实施方案（2024-2026年）
一、主要任务
1. 培育工业设计中心。支持企业设立工业设计中心，到2026年，新增省级工业设计中心10家以上。（责任单位：市工信局、市科技局，各县级市〈区〉）
2. 壮大设计人才队伍。完善工业设计人才评价机制。（牵头单位：市人社局；配合单位：市工信局、市教育局）
`;

beforeAll(async () => {
  writer = new SqliteWriter(dbFile, testRules());
  suzhou = (await processDocument('corpus/suzhou.txt', readFileSync('corpus/suzhou-cultural-creative-2023-2025.txt'), testRules())).doc;
  taicang = (await processDocument('corpus/taicang.txt', readFileSync('corpus/taicang-culture-2025-draft.txt'), testRules())).doc;
  const other = (await processDocument('other/suzhou-design.txt', Buffer.from(OTHER_SUZHOU_PLAN), testRules())).doc;
  for (const d of [suzhou, taicang, other]) writer.writeDocument(d, false);
});

afterAll(() => writer.close());

const db = () => new Database(dbFile, { readonly: true });
const count = (sql: string, ...args: unknown[]) => (db().prepare(sql).get(...args) as { n: number }).n;

describe('SQLite', () => {
  it('holds every document, task, unit link, target and deadline', () => {
    expect(count('SELECT count(*) n FROM documents')).toBe(3);
    expect(count('SELECT count(*) n FROM tasks WHERE document_id = ?', suzhou.id)).toBe(suzhou.tasks.length);
    expect(count('SELECT count(*) n FROM task_units WHERE document_id = ?', suzhou.id)).toBe(
      suzhou.tasks.reduce((n, t) => n + t.units.length, 0),
    );
    expect(count('SELECT count(*) n FROM targets WHERE document_id = ?', suzhou.id)).toBe(
      suzhou.targets.length + suzhou.tasks.reduce((n, t) => n + t.targets.length, 0),
    );
    expect(count('SELECT count(*) n FROM tasks WHERE document_id = ?', taicang.id)).toBe(21);
  });

  it('joins one canonical unit across two plans', () => {
    const rows = db()
      .prepare(
        `SELECT DISTINCT d.path FROM task_units tu JOIN documents d ON d.id = tu.document_id
         WHERE tu.canonical = '苏州市工业和信息化局' ORDER BY d.path`,
      )
      .all() as { path: string }[];
    expect(rows.map((r) => r.path)).toEqual(['corpus/suzhou.txt', 'other/suzhou-design.txt']);
    expect(count("SELECT count(*) n FROM units WHERE canonical = '苏州市工业和信息化局'")).toBe(1);
    // 太仓市's 市工信局 is another department
    expect(count("SELECT count(*) n FROM task_units WHERE canonical = '太仓市工业和信息化局'")).toBeGreaterThan(0);
  });

  it('finds a task by Chinese keywords through FTS5', () => {
    const hits = writer.search('文化 产业园区');
    expect(hits.map((h) => h.title)).toContain('建设高水平文化产业园区');
    const raw = db()
      .prepare("SELECT t.title FROM task_fts f JOIN tasks t ON t.id = f.task_id WHERE task_fts MATCH '电竞 赛事'")
      .all() as { title: string }[];
    expect(raw.map((r) => r.title)).toContain('培育电竞产业创新集群');
  });

  it('re-extracting a document replaces its rows instead of duplicating them', () => {
    const before = count('SELECT count(*) n FROM task_units');
    writer.writeDocument(suzhou, false);
    writer.writeDocument(suzhou, false);
    expect(count('SELECT count(*) n FROM task_units')).toBe(before);
    expect(count('SELECT count(*) n FROM documents')).toBe(3);
    // the search index follows: one row per task, under the task's rowid
    expect(count('SELECT count(*) n FROM task_fts')).toBe(count('SELECT count(*) n FROM tasks'));
    expect(count('SELECT count(*) n FROM task_fts f JOIN tasks t ON t.rowid = f.rowid AND t.id = f.task_id')).toBe(
      count('SELECT count(*) n FROM tasks'),
    );
    const hits = writer.search('电竞 赛事').filter((h) => h.document_id === suzhou.id);
    expect(hits.map((h) => h.title)).toContain('培育电竞产业创新集群');
    expect(new Set(hits.map((h) => h.task_id)).size).toBe(hits.length);
  });

  it('a unit no task names any more is dropped with the last document that named it', () => {
    const w = new SqliteWriter(join(dir, 'units.sqlite'), testRules());
    const units = (canonical: string) => (w.db.prepare('SELECT count(*) n FROM units WHERE canonical = ?').get(canonical) as { n: number }).n;
    w.writeDocument(taicang, false);
    const lone = { ...taicang, id: 'doc-lone', source: { ...taicang.source, path: 'other/lone.txt' }, sections: [], targets: [], deadlines: [] };
    const task = { ...taicang.tasks[0], id: 'doc-lone-t1', units: [{ ...taicang.tasks[0].units[0], canonical: '太仓市测试局', raw: '市测试局', name: '市测试局' }] };
    w.writeDocument({ ...lone, tasks: [task] }, false);
    expect(units('太仓市测试局')).toBe(1);
    w.writeDocument({ ...lone, tasks: [] }, false);
    expect(units('太仓市测试局')).toBe(0);
    expect(units('太仓市工业和信息化局')).toBe(1); // still named by taicang
    w.close();
  });

  it('every foreign-key column leads an index, so that replacing a document never scans a table', () => {
    const d = db();
    const tables = d.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE 'task_fts_%'").pluck().all() as string[];
    const fks = tables.flatMap((t) => (d.prepare(`SELECT "from" FROM pragma_foreign_key_list(?)`).pluck().all(t) as string[]).map((col) => [t, col]));
    expect(fks.length).toBe(9);
    for (const [table, col] of fks) {
      const leading = (d.prepare('SELECT name FROM pragma_index_list(?)').pluck().all(table) as string[]).map(
        (ix) => d.prepare('SELECT name FROM pragma_index_info(?) WHERE seqno = 0').pluck().get(ix) as string,
      );
      expect(leading, `${table}.${col}`).toContain(col);
    }
    const plan = (sql: string) => (d.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as { detail: string }[]).map((r) => r.detail).join('; ');
    expect(plan('DELETE FROM task_fts WHERE rowid IN (SELECT rowid FROM tasks WHERE document_id = ?)')).toMatch(/USING (COVERING )?INDEX tasks_doc/);
  });

  it('opens a version-1 database (search rows under rowids of their own) and re-keys its search index', () => {
    const oldFile = join(dir, 'v1.sqlite');
    const w = new SqliteWriter(oldFile, testRules());
    w.writeDocument(suzhou, false);
    w.close();
    const raw = new Database(oldFile);
    raw.exec(`CREATE VIRTUAL TABLE old_fts USING fts5(tokens, task_id UNINDEXED, document_id UNINDEXED, tokenize = 'unicode61');
      INSERT INTO old_fts (rowid, tokens, task_id, document_id) SELECT rowid + 1000, tokens, task_id, document_id FROM task_fts;
      DROP TABLE task_fts; ALTER TABLE old_fts RENAME TO task_fts;
      UPDATE meta SET value = '1' WHERE key = 'schema_version';`);
    raw.close();
    const reopened = new SqliteWriter(oldFile, testRules());
    const q = (sql: string) => (reopened.db.prepare(sql).get() as { n: number }).n;
    expect(reopened.db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").pluck().get()).toBe('2');
    expect(q('SELECT count(*) n FROM task_fts f JOIN tasks t ON t.rowid = f.rowid AND t.id = f.task_id')).toBe(suzhou.tasks.length);
    reopened.writeDocument(suzhou, false); // replaced: the re-keyed rows are found and deleted
    expect(q('SELECT count(*) n FROM task_fts')).toBe(suzhou.tasks.length);
    expect(reopened.search('电竞 赛事').map((h) => h.title)).toContain('培育电竞产业创新集群');
    reopened.close();
  });

  it('with group commit, documents written within a quarter of a second are committed together, then', async () => {
    const groupFile = join(dir, 'grouped.sqlite');
    const grouped = new SqliteWriter(groupFile, testRules(), { groupCommit: true });
    const rows = () => (new Database(groupFile, { readonly: true }).prepare('SELECT count(*) n FROM documents').get() as { n: number }).n;
    grouped.writeDocument(suzhou, false);
    grouped.writeDocument(taicang, false);
    expect(rows()).toBe(0); // not yet committed: another connection sees the previous state
    await new Promise((res) => setImmediate(res));
    expect(rows()).toBe(0); // still open when the event loop turns: the next results join the group
    await new Promise((res) => setTimeout(res, 400));
    expect(rows()).toBe(2);
    grouped.writeDocument(suzhou, false); // replaced, then committed by close()
    grouped.close();
    expect(rows()).toBe(2);
    expect(count('SELECT count(*) n FROM documents')).toBe(3); // the writer without group commit commits each document
  });

  it('records a failed document and its error', () => {
    const failed = { ...suzhou, id: 'doc-failed', source: { ...suzhou.source, path: 'bad.doc' }, tasks: [], targets: [], deadlines: [], sections: [], errors: [{ severity: 'error' as const, stage: 'ingest' as const, ruleId: 'ingest/unsupported', reason: 'unsupported file type ".doc"' }] };
    writer.writeDocument(failed, true);
    const row = db().prepare("SELECT status FROM documents WHERE id = 'doc-failed'").get() as { status: string };
    expect(row.status).toBe('failed');
    expect(count("SELECT count(*) n FROM errors WHERE path = 'bad.doc' AND rule_id = 'ingest/unsupported'")).toBe(1);
  });
});
