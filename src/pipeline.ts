/**
 * The one ordered list of stages: ingest → normalise → metadata → outline →
 * tasks → extractors (units, targets, deadlines, tables) → validate.
 * Writing (JSON, SQLite) is the caller's job, so that one writer can serve
 * many workers. Every stage is a plain function over plain data.
 */
import { extname } from 'node:path';
import { documentId, sha256 } from './core/ids.js';
import { endsWithAny } from './core/lists.js';
import { message, type Message } from './core/messages.js';
import { insideAny, pageOf, type Span } from './core/span.js';
import type { DocContext, OutlineView } from './extract/context.js';
import { extractDeadlines, extractFieldDeadlines } from './extract/deadlines/index.js';
import { extractMetadata } from './extract/metadata/index.js';
import { isOtherName } from './extract/metadata/issuers.js';
import { seasonOfTimeFrame } from './extract/metadata/period.js';
import { regionPrefix } from './extract/metadata/region.js';
import { extractTables } from './extract/tables/index.js';
import { extractTargets, governingYears, planYears } from './extract/targets/index.js';
import { findYearMentions, type YearMention } from './extract/targets/matchers/year-mention.js';
import { isSpace, paragraphEnd, paragraphStart } from './extract/targets/text.js';
import { extractUnits, findClauses, statesFirstIsLead, unitsOfClauses } from './extract/units/index.js';
import type { ClauseCandidate } from './extract/units/types.js';
import { holderOf } from './extract/units/resolve/names.js';
import { definedShortNames } from './extract/units/resolve/short-names.js';
import { ingestDocx } from './ingest/docx.js';
import { ingestPdf } from './ingest/pdf.js';
import { ingestTxt } from './ingest/txt.js';
import { DEFAULT_INGEST_LIMITS, type Format, type Ingester, type IngestLimits, type IngestOutcome } from './ingest/types.js';
import { normalise } from './normalise/index.js';
import { buildOutline } from './outline/index.js';
import type { RuleSet } from './ruleset/registry.js';
import { DocumentSchema, emptyMetadata, SCHEMA_VERSION, type Deadline, type PolicyDocument, type Section, type Target, type Task } from './schema/output.js';
import { taskTerms } from './tasks/keywords.js';
import { ownSpan, sectionRoles, selectTasks } from './tasks/select.js';
import { openingClauses, shareClosingClause, shareItemClauses, shareOpeningClause } from './tasks/shared-clause.js';
import { numberMapLines, shareNumberMap } from './tasks/number-map.js';
import { tableTasks } from './tasks/table-tasks.js';

export interface PipelineOptions {
  limits: IngestLimits;
  /** Files larger than this are refused before reading their content. */
  maxBytes: number;
  /**
   * Leave `tasks[].keywords` empty for the caller to fill with {@link addTerms}. With a stock
   * nodejieba the worker pool does so in the main thread: its dictionaries take 254 MB per thread
   * there, so they are loaded once per process instead of once per worker. Same output either way.
   */
  deferKeywords?: boolean;
}

export const DEFAULT_PIPELINE_OPTIONS: PipelineOptions = {
  limits: DEFAULT_INGEST_LIMITS,
  maxBytes: 50 * 1024 * 1024,
};

export interface PipelineResult {
  doc: PolicyDocument;
  /** True when the document could not be processed (its JSON carries only the error). */
  failed: boolean;
  /** Milliseconds per stage (ingest, normalise, metadata, outline, units, …); not part of the JSON. */
  timings?: StageTimings;
  /** The search-index tokens of each task, cut with its keywords (not part of the JSON). */
  searchTokens?: string[];
}

export type StageTimings = Record<string, number>;

/** Runs `fn`, adding its wall time to `timings[stage]`. */
export function timed<T>(timings: StageTimings, stage: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    timings[stage] = (timings[stage] ?? 0) + (performance.now() - t0);
  }
}

/**
 * Fills the keywords of every task and returns its search-index tokens, from one jieba cut per
 * task (for results extracted with `deferKeywords`, and as the last step in-process).
 */
export function addTerms(doc: PolicyDocument, rules: RuleSet): string[] {
  return doc.tasks.map((t) => {
    const { keywords, tokens } = taskTerms(t.title, t.text, rules);
    t.keywords = keywords;
    return tokens;
  });
}

const INGESTERS: Record<Format, Ingester> = {
  txt: ingestTxt,
  pdf: ingestPdf,
  docx: ingestDocx,
};

export function formatOf(path: string): Format | null {
  const ext = extname(path).toLowerCase().slice(1);
  return ext === 'txt' || ext === 'pdf' || ext === 'docx' ? ext : null;
}

export async function processDocument(
  path: string,
  bytes: Uint8Array,
  rules: RuleSet,
  opts: PipelineOptions = DEFAULT_PIPELINE_OPTIONS,
): Promise<PipelineResult> {
  const hash = sha256(bytes);
  const id = documentId(hash);
  const format = formatOf(path);
  const source = { path, format: format ?? ('other' as const), sha256: hash, bytes: bytes.length, pages: null, encoding: null };
  const fail = (ruleId: string, reason: string): PipelineResult => ({
    failed: true,
    doc: emptyDocument(id, rules.version, source, [message('error', 'ingest', ruleId, reason)]),
  });
  if (!format) return fail('ingest/unsupported', `unsupported file type "${extname(path) || '(none)'}" (expected .txt, .pdf or .docx)`);
  if (bytes.length > opts.maxBytes) return fail('ingest/too-large', `file too large (${bytes.length} bytes > ${opts.maxBytes})`);

  const timings: StageTimings = {};
  let ingested: IngestOutcome;
  const t0 = performance.now();
  try {
    ingested = await INGESTERS[format](bytes, opts.limits, { gridHint: rules.tables.gridHint });
  } catch (e) {
    return fail('ingest/crash', `cannot read ${format.toUpperCase()}: ${(e as Error).message}`);
  } finally {
    timings.ingest = performance.now() - t0;
  }
  if (!ingested.ok) return { ...fail(ingested.ruleId, ingested.reason), timings };
  const raw = ingested.value;

  const norm = timed(timings, 'normalise', () => normalise(raw.text, raw.pageMap, rules));
  const ctx: DocContext = {
    docId: id,
    path,
    text: norm.text,
    lines: norm.lines,
    pageMap: norm.pageMap,
    rules,
    messages: [...raw.messages],
  };
  const doc = extract(ctx, { ...source, pages: raw.pages, encoding: raw.encoding }, timings);
  const searchTokens = opts.deferKeywords ? undefined : timed(timings, 'keywords', () => addTerms(doc, rules));
  const result = timed(timings, 'validate', () => validate(doc));
  return { ...result, timings, ...(searchTokens && !result.failed ? { searchTokens } : {}) };
}

function extract(ctx: DocContext, source: PolicyDocument['source'], tm: StageTimings): PolicyDocument {
  const info = timed(tm, 'metadata', () => extractMetadata(ctx));
  const { metadata } = info;
  const outline = timed(tm, 'outline', () => buildOutline(ctx, info.bodyStart));
  const roles = sectionRoles(outline.sections, ctx.rules, outline.attachmentTitles);
  const view: OutlineView = { sections: outline.sections, roles, bodyStart: info.bodyStart };
  if (outline.sections.length === 0) {
    ctx.messages.push(message('warning', 'outline', 'outline/none', 'no numbered outline found: is this a policy plan?'));
  }

  const periodEnd = metadata.period?.end ?? null;
  const years = timed(tm, 'targets', () => governingYears(ctx, view));
  const { tables, targets: tableTargets, taskTables, dueCells } = timed(tm, 'tables', () => extractTables(ctx, view, { periodEnd, periodStart: metadata.period?.start ?? null }));
  const tableSpans = tables.map((t) => t.span);
  const deadlineOpts = { referenceYear: info.referenceYear, planPeriod: metadata.period, issueDate: metadata.issueDate, season: seasonOfTimeFrame(ctx) };
  // (the whole country, `全国`, is no place to qualify a unit's name with: `各省` stays as written)
  const unitRegion = metadata.region === ctx.rules.metadata.region.nationalName ? null : metadata.region;
  const unitOpts = { region: unitRegion, firstIsLead: statesFirstIsLead(ctx), issuer: holderOf(ownIssuer(metadata.issuers, ctx.rules), ctx.rules), shortNames: definedShortNames(ctx), places: issuerPlaces(metadata.issuers, unitRegion, ctx), zones: ctx.rules.units.namedZones.filter((z) => ctx.text.includes(z.name)) };
  const outsideTables = (t: { span: Span }) => !tableSpans.some((s) => t.span.start < s.end && s.start < t.span.end);

  // the rows of task tables (任务分工表) are items of the section holding the table, and tasks
  const fromTables = timed(tm, 'tables', () =>
    tableTasks(ctx, taskTables, outline.sections, { units: unitOpts, deadlines: deadlineOpts, years: planYears(metadata), governingYear: yearFor }),
  );
  const rowIds = new Set(fromTables.sections.map((s) => s.id));
  const sections = rowIds.size ? [...outline.sections, ...fromTables.sections].sort((a, b) => a.span.start - b.span.start || a.level - b.level) : outline.sections;
  // (a heading whose own text is only a clause its items share is no task: `（一）赛事组织组` `由…牵头，…配合。`)
  const groupClauses = timed(tm, 'tasks', () => {
    const groups = new Map<string, ClauseCandidate[]>();
    for (const s of sections) {
      const clauses = rowIds.has(s.id) ? null : openingClauses(ctx, s, sections);
      if (clauses) groups.set(s.id, clauses);
    }
    return groups;
  });
  const hasOwnClause = (s: Section) => !rowIds.has(s.id) && !groupClauses.has(s.id) && findClauses(ctx, ownSpan(s, sections)).length > 0;
  // (nor is a duty section that maps units to task numbers: its lines give the numbered tasks their units, tasks/number-map.ts)
  const numberMap = timed(tm, 'units', () => numberMapLines(ctx));
  const mapsNumbers = (s: Section) => numberMap.some((l) => s.span.start <= l.unit.start && l.unit.start < s.span.end);
  // (a part that sends its reader to the attachment's task table for its tasks is no task: `…具体见附件。`; not an item's note in
  // brackets, `（具体任务见附件第1—2项）`)
  const seesTable = (s: Section) =>
    fromTables.tasks.length > 0 && ctx.rules.sections.seeAttachment.test(ctx.text.slice(s.span.start, ownSpan(s, sections).end).replace(/[（(][^（()）]*[）)]/gu, ''));
  const taskSections = timed(tm, 'tasks', () => selectTasks(sections, roles, hasOwnClause, outline.attachmentTitles).filter((s) => !mapsNumbers(s) && !seesTable(s)));

  // a task whose items are tasks of their own (`1.…牵头单位：…` over `（1）…（2）…`) keeps what its own
  // text says: every target, deadline and unit belongs to one task
  const parentsOfTasks = ancestorsOf([...taskSections, ...fromTables.sections], sections);
  const outlineTasks: Task[] = taskSections.map((s) => {
    const span = s.span;
    // nor what a task table in it says (its rows are tasks of their own)
    const read = clipBefore(parentsOfTasks.has(s.id) ? ownSpan(s, sections) : span, fromTables.starts);
    const targets = timed(tm, 'targets', () =>
      extractTargets(ctx, read, { sectionId: s.id, governingYear: yearFor(s.id), ...planYears(metadata), task: true, season: deadlineOpts.season }).filter(outsideTables),
    );
    const task: Task = {
      id: s.id.replace(':s:', ':t:'),
      sectionId: s.id,
      marker: s.marker,
      ordinal: s.ordinal,
      title: s.heading,
      text: ctx.text.slice(span.start, span.end),
      span,
      units: timed(tm, 'units', () => extractUnits(ctx, read, unitOpts)),
      targets,
      // (an indicator table's column years, `2026年底目标（个）`, are its targets' years, not the task's deadlines)
      deadlines: timed(tm, 'deadlines', () => extractDeadlines(ctx, read, deadlineOpts).filter(outsideTables)),
      keywords: [],
    };
    const page = pageOf(ctx.pageMap, span.start);
    if (page !== undefined) task.page = page;
    return task;
  });
  shareClosingClause(ctx, outlineTasks, sections);
  timed(tm, 'units', () => shareItemClauses(ctx, outlineTasks, sections, unitOpts));
  const groupUnits = new Map([...groupClauses].map(([id, clauses]) => [id, timed(tm, 'units', () => unitsOfClauses(ctx, clauses, unitOpts))] as const));
  shareOpeningClause(outlineTasks, sections, groupUnits);
  timed(tm, 'units', () => shareNumberMap(ctx, outlineTasks, numberMap, unitOpts));
  const tasks = fromTables.tasks.length ? [...outlineTasks, ...fromTables.tasks].sort(byStart) : outlineTasks;

  // Document level: goal sections, the intros of action parts, and the wrapping notice.
  // (a year that states goals: a horizon, or a sentence opening with a year of the plan itself: `2025年，…`)
  // (or a paragraph opening with such a year: `2026年全省法治政府建设工作的总体要求是：…力争…达到90%以上`;
  // not one that says what the year is: `2025年是“十四五”规划收官之年。2024年，全县…`)
  const planYear = (y: YearMention) =>
    y.kind === 'due' ||
    ((y.kind === 'lead' || (y.kind === 'bare' && opensParagraph(ctx.text, y.span.start) && ctx.text[y.span.end] !== '是')) &&
      info.referenceYear !== null &&
      y.year >= info.referenceYear);
  const taskSpans = tasks.map(spanOf);
  const taskStarts = new Set(taskSpans.map(startOf));
  const docRanges: { span: Span; sectionId: string | null; goal?: boolean }[] = [];
  for (const s of sections) {
    const role = roles.get(s.id);
    const parentRole = s.parentId ? roles.get(s.parentId) : undefined;
    if (role === 'goal' && parentRole !== 'goal') docRanges.push({ span: s.span, sectionId: s.id, goal: true });
    else if (role === 'action' && !taskStarts.has(s.span.start)) {
      const own = ownSpan(s, sections);
      if (own.end > own.start) docRanges.push({ span: own, sectionId: s.id });
    } else if (role === 'guide' && !taskStarts.has(s.span.start)) {
      // goals stated in a 总体要求 (or an article of a 总则: `第三条 到2025年，…下降15%…`) without a 目标
      // heading of their own (`到2026年，…达到…`, `2025年，…达到90%以上` in a 2025 plan),
      // or under a label (`主要目标：…`)
      const own = ownSpan(s, sections);
      const body = ctx.text.slice(own.start, own.end);
      // (and the plan's time: `二、活动时间`, its dates the document's deadlines)
      if (ctx.rules.sections.goalLeadIn.test(body) || ctx.rules.sections.timeFrame.test(s.heading) || findYearMentions(ctx.text, own, ctx.rules).some(planYear)) {
        docRanges.push({ span: own, sectionId: s.id });
      }
    }
  }
  // goals stated in the preamble, before the first numbered item (`…制定本措施。到2027年，全省研发经费投入
  // 强度达到3.3%…`, a sentence opening with a year of the plan itself: `2025年，力争…增长5.5%左右`, or
  // under a label: `主要预期目标是：…`)
  // (from its first paragraph that does so on: the paragraphs before it tell where the region stands, `祖籍江门的华侨华人…有530多万人`)
  const preambleEnd = sections[0]?.span.start ?? info.bodyStart;
  const statesGoals = (p: Span) => ctx.rules.sections.goalLeadIn.test(ctx.text.slice(p.start, p.end)) || findYearMentions(ctx.text, p, ctx.rules).some(planYear);
  const goalsFrom = ctx.lines.find((l) => l.start >= info.bodyStart && l.end <= preambleEnd && l.end > l.start && statesGoals(l));
  if (goalsFrom) docRanges.push({ span: { start: goalsFrom.start, end: preambleEnd }, sectionId: null });
  // (a note there says how the plan is laid out, `说明：本重点任务共4个板块25项，…`: its counts are no goals, its dates are the plan's)
  const preambleNotes = ctx.lines.filter((l) => l.start >= info.bodyStart && l.end <= preambleEnd && ctx.rules.markers.trailingNoteRe.test(ctx.text.slice(l.start, l.end).trimStart()));
  const outsideNotes = (t: { span: Span }) => !preambleNotes.some((l) => l.start <= t.span.start && t.span.end <= l.end);
  const docTargets: Target[] = [...tableTargets];
  const docDeadlines: Deadline[] = [];
  const notice = info.notice;
  // a plan that is a table alone (`龙岗区2026年重大项目计划`: 序号 | 项目名称 | …) says in its wrapping notice what the
  // year is to bring (`全年计划完成投资450亿元`, `新开工项目开工率达到90%`): its goals are the document's
  if (notice && outlineTasks.length === 0 && fromTables.tasks.length > 0) docRanges.push({ span: notice, sectionId: null });
  else if (notice) docDeadlines.push(...timed(tm, 'deadlines', () => extractDeadlines(ctx, notice, deadlineOpts)));
  for (const cell of dueCells) docDeadlines.push(...timed(tm, 'deadlines', () => extractFieldDeadlines(ctx, cell, deadlineOpts)));
  for (const r of docRanges) {
    if (insideAny(r.span, taskSpans)) continue;
    const scope = {
      sectionId: innermost(sections, r.span.start, r.sectionId),
      governingYear: yearFor(r.sectionId),
      ...planYears(metadata),
      season: deadlineOpts.season,
      goal: r.goal ?? false,
    };
    const found = timed(tm, 'targets', () => extractTargets(ctx, r.span, scope));
    for (const t of found) {
      if (outsideTables(t) && outsideNotes(t) && !insideAny(t.span, taskSpans)) docTargets.push({ ...t, sectionId: innermost(sections, t.span.start, r.sectionId) });
    }
    const dl = timed(tm, 'deadlines', () => extractDeadlines(ctx, r.span, deadlineOpts));
    for (const d of dl) if (!insideAny(d.span, taskSpans)) docDeadlines.push(d);
  }
  // the notes after the plan's last item are about the whole plan (`说明：…牵头单位应于每季度末月20日前报送…，年底前报送…`)
  const notes = outline.notes;
  if (notes) docDeadlines.push(...timed(tm, 'deadlines', () => extractDeadlines(ctx, notes, deadlineOpts)));
  // (and so are those of a note before its first item, `说明：…未注明完成时限的，均于2026年12月底前完成`)
  for (const note of preambleNotes) {
    if (!docRanges.some((r) => r.span.start <= note.start && note.end <= r.span.end)) docDeadlines.push(...timed(tm, 'deadlines', () => extractDeadlines(ctx, note, deadlineOpts)));
  }
  // (and so are the dates a note in its attachments sets, `注：各责任单位于每季度末月25日前将任务进展情况报送…` under a task
  // table; not the years its columns are of: `注：籽棉单产为2027年目标值`, `高效节水灌溉面积为2027年末累计达到面积`)
  for (const note of outline.attachmentNotes) {
    const dl = timed(tm, 'deadlines', () => extractDeadlines(ctx, note, deadlineOpts));
    for (const d of dl) if (endsWithAny(d.text, ctx.rules.deadlines.beforeWords)) docDeadlines.push(d);
  }

  return {
    schemaVersion: SCHEMA_VERSION,
    id: ctx.docId,
    rulesVersion: ctx.rules.version,
    source,
    metadata,
    text: ctx.text,
    pageMap: [...ctx.pageMap],
    sections,
    tasks,
    targets: dedupeBySpan(docTargets),
    deadlines: dedupeBySpan(docDeadlines),
    tables,
    errors: ctx.messages,
  };

  function yearFor(sectionId: string | null): number | null {
    return sectionId ? (years.get(sectionId) ?? null) : null;
  }
}

/** The deepest section containing an offset (document-level items name their section). */
function innermost(sections: readonly Section[], offset: number, fallback: string | null): string | null {
  let best: Section | undefined;
  for (const s of sections) if (s.span.start <= offset && offset < s.span.end && (!best || s.level > best.level)) best = s;
  return best?.id ?? fallback;
}

/** The ids of every section that contains one of `inner`. */
function ancestorsOf(inner: readonly Section[], sections: readonly Section[]): Set<string> {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const out = new Set<string>();
  for (const s of inner) {
    for (let p = s.parentId; p !== null && !out.has(p); p = byId.get(p)?.parentId ?? null) out.add(p);
  }
  return out;
}

/** The span up to the first of `cuts` inside it. */
function clipBefore(span: Span, cuts: readonly number[]): Span {
  let end = span.end;
  for (const c of cuts) if (c > span.start && c < end) end = c;
  return end === span.end ? span : { start: span.start, end };
}

const spanOf = (item: { span: Span }): Span => item.span;
const startOf = (s: Span): number => s.start;
const byStart = (a: { span: Span }, b: { span: Span }): number => a.span.start - b.span.start;

/** One item per span and text (and metric: `A和B实现翻番` is two targets on one span). */
function dedupeBySpan<T extends { span: Span; text: string; metric?: string | null }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items
    .filter((i) => {
      const k = `${i.span.start}:${i.span.end}:${i.text}:${i.metric ?? ''}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.span.start - b.span.start);
}

function validate(doc: PolicyDocument): PipelineResult {
  const r = DocumentSchema.safeParse(doc);
  if (r.success) return { doc: r.data, failed: false };
  const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  const errors: Message[] = [...doc.errors, message('error', 'validate', 'validate/schema', `output failed schema validation: ${issues}`)];
  return { failed: true, doc: emptyDocument(doc.id, doc.rulesVersion, doc.source, errors) };
}

export function emptyDocument(id: string, rulesVersion: string, source: PolicyDocument['source'], errors: Message[]): PolicyDocument {
  return {
    schemaVersion: SCHEMA_VERSION,
    id,
    rulesVersion,
    source,
    metadata: emptyMetadata(),
    text: '',
    pageMap: [],
    sections: [],
    tasks: [],
    targets: [],
    deadlines: [],
    tables: [],
    errors,
  };
}

/**
 * The places of a joint plan's issuers other than its region (`舟山市人民政府办公室` beside 宁波市's): a unit
 * named with one (`舟山海事局`) has its place.
 */
function issuerPlaces(issuers: readonly string[], region: string | null, ctx: DocContext): string[] {
  const places = issuers.map((n) => regionPrefix(n, ctx.rules.metadata)).filter((p): p is string => p !== null && p !== region);
  return [...new Set(places)];
}

/**
 * The one body whose plan this is, when there is one: the only issuer, or the only one left once a party
 * committee of another issuer is set aside (`中共东海大学委员会` beside `东海大学`); null for a joint plan.
 */
function ownIssuer(issuers: readonly string[], rules: RuleSet): string | null {
  if (issuers.length === 1) return issuers[0];
  // (not a party body's name that holds another issuer's, nor a body's other name as a company: 福建省烟草公司 beside 福建省烟草专卖局)
  const bodies = issuers.filter((n) => !((n.startsWith('中共') && issuers.some((o) => o !== n && n.includes(o))) || issuers.some((o) => isOtherName(o, n, rules.metadata))));
  return bodies.length === 1 ? bodies[0] : null;
}

/** Whether `at` opens a paragraph of prose (spaces before it on its line aside; a title line, with no `。`, is none). */
function opensParagraph(text: string, at: number): boolean {
  for (let i = paragraphStart(text, at); i < at; i++) if (!isSpace(text[i])) return false;
  return text.slice(at, paragraphEnd(text, at)).includes('。');
}
