/**
 * One SQLite database for the whole corpus (SPEC §9). A document's rows are
 * replaced all or nothing: a crash leaves the previous state, never half a
 * document. Task text is indexed with FTS5 over nodejieba tokens.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { RuleSet } from '../ruleset/registry.js';
import type { PolicyDocument } from '../schema/output.js';
import { searchTokens, taskTerms } from '../tasks/keywords.js';

/** 2: `task_fts` rows keyed by their task's rowid, and an index on every foreign-key column. */
export const DB_SCHEMA_VERSION = 2;

const DDL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id TEXT PRIMARY KEY, path TEXT NOT NULL, format TEXT NOT NULL, sha256 TEXT NOT NULL,
  bytes INTEGER NOT NULL, pages INTEGER, rules_version TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('ok','failed')),
  title TEXT, doc_type TEXT, issuers TEXT NOT NULL DEFAULT '[]', doc_number TEXT, issue_date TEXT, region TEXT,
  period_start INTEGER, period_end INTEGER, draft INTEGER NOT NULL DEFAULT 0,
  task_count INTEGER NOT NULL DEFAULT 0, target_count INTEGER NOT NULL DEFAULT 0, extracted_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_path ON documents(path);
CREATE TABLE IF NOT EXISTS sections (
  id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  parent_id TEXT, level INTEGER NOT NULL, marker TEXT NOT NULL, ordinal INTEGER, heading TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER
);
CREATE INDEX IF NOT EXISTS sections_doc ON sections(document_id);
CREATE TABLE IF NOT EXISTS tasks (
  id TEXT PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  section_id TEXT NOT NULL, marker TEXT NOT NULL, ordinal INTEGER, title TEXT NOT NULL, text TEXT NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER, keywords TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX IF NOT EXISTS tasks_doc ON tasks(document_id);
CREATE TABLE IF NOT EXISTS units (canonical TEXT PRIMARY KEY, kind TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS task_units (
  task_id TEXT NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  canonical TEXT NOT NULL REFERENCES units(canonical),
  raw TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN ('lead','co','responsible')),
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  PRIMARY KEY (task_id, canonical)
);
CREATE INDEX IF NOT EXISTS task_units_canonical ON task_units(canonical);
CREATE INDEX IF NOT EXISTS task_units_doc ON task_units(document_id);
CREATE TABLE IF NOT EXISTS targets (
  id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  task_id TEXT REFERENCES tasks(id) ON DELETE CASCADE, section_id TEXT,
  text TEXT NOT NULL, metric TEXT, comparator TEXT NOT NULL, value REAL, value_max REAL, unit TEXT,
  raw_value TEXT, raw_unit TEXT, year INTEGER, year_source TEXT, baseline_year INTEGER, baseline_value REAL,
  multiplier REAL, aspirational INTEGER NOT NULL, recurrence TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER, rule_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS targets_doc ON targets(document_id);
CREATE INDEX IF NOT EXISTS targets_task ON targets(task_id);
CREATE INDEX IF NOT EXISTS targets_year ON targets(year);
CREATE TABLE IF NOT EXISTS deadlines (
  id INTEGER PRIMARY KEY, document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  task_id TEXT REFERENCES tasks(id) ON DELETE CASCADE,
  text TEXT NOT NULL, kind TEXT NOT NULL, date TEXT, start_date TEXT, recurrence TEXT,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL, page INTEGER, rule_id TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS deadlines_doc ON deadlines(document_id);
CREATE INDEX IF NOT EXISTS deadlines_task ON deadlines(task_id);
CREATE TABLE IF NOT EXISTS errors (
  id INTEGER PRIMARY KEY, document_id TEXT, path TEXT NOT NULL, severity TEXT NOT NULL, stage TEXT NOT NULL,
  rule_id TEXT NOT NULL, reason TEXT NOT NULL, start INTEGER, page INTEGER
);
CREATE INDEX IF NOT EXISTS errors_doc ON errors(document_id);
`;

/**
 * The search index. Each row's rowid is its task's rowid in `tasks`, so that a document's rows are
 * deleted by rowid: FTS5 has no index on an UNINDEXED column, and deleting by `document_id` read
 * the whole index (~80 ms per document in a 2,000-document database).
 */
const FTS_DDL = (name: string) =>
  `CREATE VIRTUAL TABLE IF NOT EXISTS ${name} USING fts5(tokens, task_id UNINDEXED, document_id UNINDEXED, tokenize = 'unicode61')`;

/** At most this many documents share one commit (see {@link SqliteWriter.writeDocument}). */
const MAX_GROUP = 64;
/** A group is committed at the latest this many milliseconds after its first document. */
const GROUP_MS = 250;

export class SqliteWriter {
  readonly db: Database.Database;
  private readonly rules: RuleSet;
  private statements?: ReturnType<typeof prepareStatements>;
  private grouped = 0;
  private commitTimer?: NodeJS.Timeout;

  /**
   * `groupCommit`: documents written within a quarter of a second share one commit (see
   * {@link writeDocument}); without it every document is committed before `writeDocument` returns.
   */
  constructor(
    file: string,
    rules: RuleSet,
    private readonly options: { groupCommit?: boolean } = {},
  ) {
    mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file, { timeout: 30000 });
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('foreign_keys = ON');
    this.db.exec(DDL);
    this.db.transaction(() => migrate(this.db))();
    this.rules = rules;
  }

  /** Rules version and source path of every document extracted successfully, by id (one query for a whole batch). */
  storedVersions(): Map<string, { version: string; path: string }> {
    const rows = this.db.prepare("SELECT id, rules_version, path FROM documents WHERE status = 'ok'").all() as {
      id: string;
      rules_version: string;
      path: string;
    }[];
    return new Map(rows.map((r) => [r.id, { version: r.rules_version, path: r.path }]));
  }

  /**
   * Replace every row of this document (and of any older version at the same path), all or nothing.
   * `tokens`: each task's search tokens when already cut with its keywords (see `addTerms`).
   *
   * With `groupCommit` (what `run` and `watch` use), the documents written within {@link GROUP_MS}
   * of the first one share one transaction, committed then or after {@link MAX_GROUP} documents
   * (and by `commit`/`close`, which `run` and `watch` call at the end of every batch); each document
   * is a savepoint inside it. A commit (and the FTS5 segment it flushes) costs more than a small
   * document's rows: with a commit per turn of the event loop, PDFs, which arrive one at a time,
   * each paid one (~4 ms of the writing thread's ~20 ms per PDF). A crash loses at most the group
   * in flight, never part of a document; the next run extracts those again.
   */
  writeDocument(doc: PolicyDocument, failed: boolean, tokens?: readonly string[]): void {
    const fts = tokens ?? doc.tasks.map((t) => taskTerms(t.title, t.text, this.rules).tokens);
    if (!this.db.inTransaction) this.db.exec('BEGIN IMMEDIATE');
    this.db.transaction(() => this.replaceRows(doc, failed, fts))(); // a savepoint: a failing document is undone alone
    if (!this.options.groupCommit || ++this.grouped >= MAX_GROUP) this.commit();
    else this.commitTimer ??= setTimeout(() => this.commit(), GROUP_MS);
  }

  /** Commits the documents written so far (done by itself; `close` does it too). */
  commit(): void {
    clearTimeout(this.commitTimer);
    this.commitTimer = undefined;
    this.grouped = 0;
    if (this.db.open && this.db.inTransaction) this.db.exec('COMMIT');
  }

  private replaceRows(doc: PolicyDocument, failed: boolean, fts: readonly string[]): void {
    const st = this.prepared;
    for (const { id } of st.oldVersions.all(doc.id, doc.source.path) as { id: string }[]) this.deleteDocument(id);
    const m = doc.metadata;
    st.document.run(
      doc.id, doc.source.path, doc.source.format, doc.source.sha256, doc.source.bytes, doc.source.pages, doc.rulesVersion,
      failed ? 'failed' : 'ok', m.title, m.docType, JSON.stringify(m.issuers), m.docNumber, m.issueDate, m.region,
      m.period?.start ?? null, m.period?.end ?? null, m.draft ? 1 : 0, doc.tasks.length,
      doc.targets.length + doc.tasks.reduce((n, t) => n + t.targets.length, 0), new Date().toISOString(),
    );
    for (const s of doc.sections) {
      st.section.run(s.id, doc.id, s.parentId, s.level, s.marker, s.ordinal, s.heading, s.span.start, s.span.end, s.page ?? null);
    }
    const target = (taskId: string | null, t: PolicyDocument['targets'][number]) =>
      st.target.run(
        doc.id, taskId, t.sectionId, t.text, t.metric, t.comparator, t.value, t.valueMax, t.unit, t.rawValue, t.rawUnit, t.year,
        t.yearSource, t.baseline?.year ?? null, t.baseline?.value ?? null, t.relative?.multiplier ?? null, t.aspirational ? 1 : 0,
        t.recurrence, t.span.start, t.span.end, t.page ?? null, t.ruleId,
      );
    const deadline = (taskId: string | null, d: PolicyDocument['deadlines'][number]) =>
      st.deadline.run(doc.id, taskId, d.text, d.kind, d.date, d.start, d.recurrence, d.span.start, d.span.end, d.page ?? null, d.ruleId);
    doc.tasks.forEach((t, i) => {
      const { lastInsertRowid } = st.task.run(
        t.id, doc.id, t.sectionId, t.marker, t.ordinal, t.title, t.text, t.span.start, t.span.end, t.page ?? null, JSON.stringify(t.keywords),
      );
      for (const u of t.units) {
        st.unit.run(u.canonical, u.kind);
        st.taskUnit.run(t.id, doc.id, u.canonical, u.raw, u.name, u.role, u.span.start, u.span.end);
      }
      for (const x of t.targets) target(t.id, x);
      for (const d of t.deadlines) deadline(t.id, d);
      st.fts.run(lastInsertRowid, fts[i], t.id, doc.id);
    });
    for (const x of doc.targets) target(null, x);
    for (const d of doc.deadlines) deadline(null, d);
    for (const e of doc.errors) {
      st.error.run(doc.id, doc.source.path, e.severity, e.stage, e.ruleId, e.reason, e.span?.start ?? null, e.page ?? null);
    }
  }

  /** This connection's statements, prepared on first use. */
  private get prepared(): ReturnType<typeof prepareStatements> {
    return (this.statements ??= prepareStatements(this.db));
  }

  private deleteDocument(id: string): void {
    const st = this.prepared;
    const units = st.unitsOf.all(id) as string[];
    for (const del of st.deleteRows) del.run(id);
    for (const canonical of units) st.dropUnusedUnit.run(canonical, canonical);
  }

  /** Full-text search over task text; the query is cut with jieba like the index. */
  search(query: string, limit = 20): { task_id: string; document_id: string; title: string }[] {
    const terms = query
      .split(/\s+/u)
      .filter(Boolean)
      .map((q) => `"${searchTokens(q, this.rules).replace(/"/g, '""')}"`)
      .join(' ');
    return this.db
      .prepare(
        `SELECT f.task_id, f.document_id, t.title FROM task_fts f JOIN tasks t ON t.id = f.task_id
         WHERE task_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(terms, limit) as { task_id: string; document_id: string; title: string }[];
  }

  close(): void {
    this.commit();
    this.db.close();
  }
}

/** The statements of a document's rows, prepared once per connection. */
function prepareStatements(db: Database.Database) {
  return {
    oldVersions: db.prepare('SELECT id FROM documents WHERE id = ? OR path = ?'),
    document: db.prepare(
      `INSERT INTO documents (id, path, format, sha256, bytes, pages, rules_version, status, title, doc_type, issuers, doc_number,
        issue_date, region, period_start, period_end, draft, task_count, target_count, extracted_at)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    ),
    section: db.prepare(
      'INSERT INTO sections (id, document_id, parent_id, level, marker, ordinal, heading, start, "end", page) VALUES (?,?,?,?,?,?,?,?,?,?)',
    ),
    task: db.prepare(
      'INSERT INTO tasks (id, document_id, section_id, marker, ordinal, title, text, start, "end", page, keywords) VALUES (?,?,?,?,?,?,?,?,?,?,?)',
    ),
    unit: db.prepare('INSERT INTO units (canonical, kind) VALUES (?, ?) ON CONFLICT(canonical) DO NOTHING'),
    taskUnit: db.prepare(
      'INSERT OR IGNORE INTO task_units (task_id, document_id, canonical, raw, name, role, start, "end") VALUES (?,?,?,?,?,?,?,?)',
    ),
    target: db.prepare(
      `INSERT INTO targets (document_id, task_id, section_id, text, metric, comparator, value, value_max, unit, raw_value, raw_unit,
        year, year_source, baseline_year, baseline_value, multiplier, aspirational, recurrence, start, "end", page, rule_id)
       VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    ),
    deadline: db.prepare(
      `INSERT INTO deadlines (document_id, task_id, text, kind, date, start_date, recurrence, start, "end", page, rule_id)
       VALUES (?,?,?,?,?,?,?,?,?,?,?)`,
    ),
    fts: db.prepare('INSERT INTO task_fts (rowid, tokens, task_id, document_id) VALUES (?,?,?,?)'),
    error: db.prepare('INSERT INTO errors (document_id, path, severity, stage, rule_id, reason, start, page) VALUES (?,?,?,?,?,?,?,?)'),
    /** A document's rows, dependent tables first; each by an index. */
    deleteRows: [
      db.prepare('DELETE FROM task_fts WHERE rowid IN (SELECT rowid FROM tasks WHERE document_id = ?)'),
      ...['errors', 'task_units', 'targets', 'deadlines', 'tasks', 'sections'].map((t) => db.prepare(`DELETE FROM ${t} WHERE document_id = ?`)),
      db.prepare('DELETE FROM documents WHERE id = ?'),
    ],
    unitsOf: db.prepare('SELECT DISTINCT canonical FROM task_units WHERE document_id = ?').pluck(),
    /** A unit no task names any more (looked up by the index on `task_units.canonical`). */
    dropUnusedUnit: db.prepare('DELETE FROM units WHERE canonical = ? AND NOT EXISTS (SELECT 1 FROM task_units WHERE canonical = ?)'),
  };
}

/**
 * Brings a database written by an earlier version up to {@link DB_SCHEMA_VERSION}: the indexes are
 * added by the DDL; a version-1 search index (rowids of its own) is rebuilt with its tasks' rowids.
 */
function migrate(db: Database.Database): void {
  const row = db.prepare("SELECT value FROM meta WHERE key = 'schema_version'").get() as { value: string } | undefined;
  if (row && Number(row.value) < 2) {
    db.exec(`${FTS_DDL('task_fts_v2')};
      INSERT INTO task_fts_v2 (rowid, tokens, task_id, document_id)
        SELECT t.rowid, f.tokens, f.task_id, f.document_id FROM task_fts f JOIN tasks t ON t.id = f.task_id;
      DROP TABLE task_fts;
      ALTER TABLE task_fts_v2 RENAME TO task_fts;`);
  }
  db.exec(FTS_DDL('task_fts'));
  db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run('schema_version', String(DB_SCHEMA_VERSION));
}
