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
  });

  it('with group commit, documents written in one turn of the event loop are committed together, before the next turn', async () => {
    const groupFile = join(dir, 'grouped.sqlite');
    const grouped = new SqliteWriter(groupFile, testRules(), { groupCommit: true });
    const rows = () => (new Database(groupFile, { readonly: true }).prepare('SELECT count(*) n FROM documents').get() as { n: number }).n;
    grouped.writeDocument(suzhou, false);
    grouped.writeDocument(taicang, false);
    expect(rows()).toBe(0); // not yet committed: another connection sees the previous state
    await new Promise((res) => setImmediate(res));
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
