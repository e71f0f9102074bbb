/**
 * One page per document: the normalised text with every item highlighted at its span (page
 * numbers in the margin for PDFs) beside the structured view (tasks, outline, targets,
 * deadlines, tables, messages). Clicking an item scrolls to its span; clicking highlighted
 * text selects the item.
 */
import type { Deadline, PolicyDocument, Section, Target } from '../schema/output.js';

type Message = PolicyDocument['errors'][number];
import { reportClient } from './client.js';
import { deadlineTitle, deadlineValue, ROLE_CLASS, ROLE_LABEL, targetTitle, targetValue, targetYear } from './format.js';
import { renderHighlighted, type HlItem, type HlMarker } from './highlight.js';
import { attrs, esc, page } from './html.js';
import { displayTitle } from './model.js';
import { REPORT_CSS } from './style.js';

export interface DocumentPageContext {
  /** Other versions of the same plan (other formats). */
  siblings: { page: string; format: string }[];
  /** Empty: left out (so an unchanged document gives an unchanged page). */
  generatedAt: string;
  /** The document's JSON file, relative to the page. */
  jsonHref?: string;
}

interface Span {
  start: number;
  end: number;
}

const overlaps = (a: Span, b: Span) => (b.start === b.end ? a.start <= b.start && b.start < a.end : a.start < b.end && b.start < a.end);

export function renderDocumentPage(doc: PolicyDocument, ctx: DocumentPageContext): string {
  const title = displayTitle(doc);
  const problems = doc.errors.filter((m) => m.severity !== 'info');
  /** Messages (warnings and errors) whose span touches this item. */
  const warningsOf = (span: Span) => problems.filter((m) => m.span && overlaps(span, m.span));
  const warnTitle = (ms: Message[]) => ms.map((m) => `${m.severity}: ${m.reason} (${m.ruleId})`).join('\n');

  const items: HlItem[] = [];
  const add = (id: string, cls: string, span: Span, rank: number, title?: string) => {
    const ws = warningsOf(span);
    items.push({
      id,
      cls: ws.length ? `${cls} warn` : cls,
      start: span.start,
      end: span.end,
      rank,
      title: title && ws.length ? `${title}\n⚠ ${warnTitle(ws)}` : title,
    });
  };
  doc.sections.forEach((s, i) => add(`s${i}`, 'hl-heading', s.headingSpan, 1));
  doc.tables.forEach((tb, i) => {
    add(`tb${i}`, 'hl-table', tb.span, 0);
    tb.rows.forEach((r, j) => add(`tb${i}r${j}`, 'hl-row', r.span, 1));
  });
  doc.tasks.forEach((t, i) => {
    add(`t${i}`, 'hl-task', t.span, 2);
    t.units.forEach((u, j) =>
      add(`t${i}u${j}`, `hl-unit hl-${ROLE_CLASS[u.role]}`, u.span, 5, `${ROLE_LABEL[u.role]} unit: ${u.raw}${u.canonical !== u.raw ? ` → ${u.canonical}` : ''} (${u.kind})`),
    );
    t.targets.forEach((g, j) => add(`t${i}g${j}`, 'hl-target', g.span, 4, targetTitle(g)));
    t.deadlines.forEach((d, j) => add(`t${i}d${j}`, 'hl-deadline', d.span, 4, deadlineTitle(d)));
  });
  doc.targets.forEach((g, j) => add(`g${j}`, 'hl-target', g.span, 4, targetTitle(g)));
  doc.deadlines.forEach((d, j) => add(`d${j}`, 'hl-deadline', d.span, 4, deadlineTitle(d)));
  doc.errors.forEach((m, k) => {
    if (m.span) items.push({ id: `m${k}`, cls: `hl-msg hl-msg-${m.severity}`, start: m.span.start, end: m.span.end, rank: 3, title: `${m.severity}: ${m.reason} (${m.ruleId})` });
  });

  const pageWarn = new Set(problems.filter((m) => m.page !== undefined && !m.span).map((m) => m.page));
  const markers: HlMarker[] = doc.pageMap.map((p) => ({
    at: p.start,
    html: `<span class="pg${pageWarn.has(p.page) ? ' warn' : ''}" id="page-${p.page}" data-page="${p.page}"></span><span class="pgtick" aria-hidden="true"></span>`,
  }));
  const sourceHtml = doc.text
    ? renderHighlighted(doc.text, items, markers)
    : `<p class="empty-note">No text was extracted from this document.${problems.length ? ` ${esc(problems[0].reason)}` : ''}</p>`;

  const kindCounts = {
    task: doc.tasks.length,
    lead: 0,
    co: 0,
    resp: 0,
    target: doc.targets.length,
    deadline: doc.deadlines.length,
    heading: doc.sections.length,
    table: doc.tables.length,
  };
  for (const t of doc.tasks) {
    for (const u of t.units) kindCounts[ROLE_CLASS[u.role] as 'lead' | 'co' | 'resp']++;
    kindCounts.target += t.targets.length;
    kindCounts.deadline += t.deadlines.length;
  }
  const legendEntry = (kind: keyof typeof kindCounts, label: string) =>
    `<label class="lg"><input type="checkbox" checked data-kind="${kind}"><i class="sw sw-${kind}"></i>${esc(label)} <b>${kindCounts[kind]}</b></label>`;
  const legend = `<div class="legend" role="toolbar" aria-label="highlight legend">
${legendEntry('task', 'task')}${legendEntry('lead', 'lead unit')}${legendEntry('co', 'co-operating unit')}${legendEntry('resp', 'responsible unit')}${legendEntry('target', 'target')}${legendEntry('deadline', 'deadline')}${legendEntry('heading', 'heading')}${kindCounts.table ? legendEntry('table', 'table') : ''}
<span class="lg lg-warn"><i class="sw sw-warn"></i>warning <b>${problems.length}</b></span>
<span class="hint">Click an item on the right to find it in the text · click highlighted text to find the item</span>
</div>`;

  const m = doc.metadata;
  const metaBits = [
    `<span class="badge fmt">${esc(doc.source.format.toUpperCase())}</span>`,
    doc.source.pages ? `${doc.source.pages} pages` : '',
    m.docType ? esc(m.docType) : '',
    m.docNumber ? esc(m.docNumber) : '',
    m.issueDate ? `issued ${esc(m.issueDate)}` : '',
    m.region ? esc(m.region) : '',
    m.period ? `${m.period.start}–${m.period.end}` : '',
    m.draft ? '<span class="badge draft">draft 征求意见稿</span>' : '',
    m.issuers.length ? `by ${esc(m.issuers.join('、'))}` : '',
  ].filter(Boolean);
  const siblings = ctx.siblings.length
    ? ` · also as ${ctx.siblings.map((s) => `<a href="${esc(s.page)}">${esc(s.format.toUpperCase())}</a>`).join(' ')}`
    : '';
  const header = `<header class="top">
<div class="crumbs"><a href="index.html">← All documents</a><span class="path">${esc(doc.source.path)}${siblings}${ctx.jsonHref ? ` · <a href="${esc(ctx.jsonHref)}">JSON</a>` : ''}</span></div>
<h1>${esc(title)}${m.title ? '' : ' <span class="badge muted">no title found</span>'}</h1>
<div class="meta">${metaBits.join('<span class="dot">·</span>')}</div>
</header>`;

  const side = `<aside class="pane side" aria-label="structured view">
<nav class="tabs" role="tablist">
${tab('tasks', 'Tasks', doc.tasks.length, true)}${tab('outline', 'Outline', doc.sections.length)}${tab('targets', 'Targets', kindCounts.target)}${tab('deadlines', 'Deadlines', kindCounts.deadline)}${doc.tables.length ? tab('tables', 'Tables', doc.tables.length) : ''}${tab('messages', 'Messages', doc.errors.length, false, problems.length > 0)}
</nav>
<section class="panel" data-panel="tasks">${tasksPanel(doc, warningsOf)}</section>
<section class="panel" data-panel="outline" hidden>${outlinePanel(doc)}</section>
<section class="panel" data-panel="targets" hidden>${targetsPanel(doc, warningsOf)}</section>
<section class="panel" data-panel="deadlines" hidden>${deadlinesPanel(doc, warningsOf)}</section>
${doc.tables.length ? `<section class="panel" data-panel="tables" hidden>${tablesPanel(doc)}</section>` : ''}
<section class="panel" data-panel="messages" hidden>${messagesPanel(doc)}</section>
</aside>`;

  const body = `${header}
${legend}
<main class="panes">
<section class="pane src-pane" aria-label="source text"><div class="src${doc.pageMap.length ? ' paged' : ''}" lang="zh-CN">${sourceHtml}</div></section>
${side}
</main>
<footer class="foot">policy-extract · rules ${esc(doc.rulesVersion)} · schema ${esc(doc.schemaVersion)} · ${esc(doc.id)}${ctx.generatedAt ? ` · generated ${esc(ctx.generatedAt)}` : ''}</footer>`;
  return page({ title: `${title} · review`, css: REPORT_CSS, script: `(${reportClient.toString()})();`, bodyClass: 'doc-page', body });
}

function tab(name: string, label: string, n: number, selected = false, warn = false): string {
  return `<button type="button" role="tab" data-tab="${name}" aria-selected="${selected}">${esc(label)} <span class="n${warn ? ' warn' : ''}">${n}</span></button>`;
}

const warnMark = (ms: Message[]) =>
  ms.length ? ` <span class="warn-mark" title="${esc(ms.map((m) => `${m.severity}: ${m.reason} (${m.ruleId})`).join('\n'))}">⚠</span>` : '';

function sectionPath(doc: PolicyDocument, sectionId: string): string {
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  const parts: string[] = [];
  for (let s: Section | undefined = byId.get(sectionId); s; s = s.parentId ? byId.get(s.parentId) : undefined) parts.unshift(`${s.marker}${s.heading}`);
  return parts.join(' › ');
}

function tasksPanel(doc: PolicyDocument, warningsOf: (s: Span) => Message[]): string {
  if (!doc.tasks.length) return '<p class="empty-note">No tasks found.</p>';
  const rows: string[] = [];
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  // tasks are grouped by their section; a task that is itself a section (its heading is the
  // task's title) is grouped under the parent section
  const groupOf = (t: PolicyDocument['tasks'][number]): string | null => {
    const s = byId.get(t.sectionId);
    if (s && s.headingSpan.start >= t.span.start && s.headingSpan.end <= t.span.end) return s.parentId;
    return t.sectionId;
  };
  let lastGroup: string | null | undefined;
  doc.tasks.forEach((t, i) => {
    const group = groupOf(t);
    if (group !== lastGroup) {
      lastGroup = group;
      const si = group ? doc.sections.findIndex((s) => s.id === group) : -1;
      if (si >= 0) rows.push(`<tr class="grp"><td colspan="4"><a data-go="s${si}">${esc(sectionPath(doc, group as string))}</a></td></tr>`);
    }
    const ws = [...warningsOf(t.span)];
    const units = t.units
      .map(
        (u, j) =>
          `<a${attrs({ class: `chip u-${ROLE_CLASS[u.role]}`, 'data-go': `t${i}u${j}`, 'data-canon': u.canonical, title: `${ROLE_LABEL[u.role]}: ${u.canonical}${u.canonical !== u.raw ? ` (written ${u.raw})` : ''} · ${u.kind}` })}>${esc(u.raw)}</a>`,
      )
      .join('');
    const goals = [
      ...t.targets.map((g, j) => `<a class="chip c-target" data-go="t${i}g${j}" title="${esc(targetTitle(g))}">${esc(g.metric ?? g.text)} <b>${esc(targetValue(g))}</b>${g.year ? ` <i>${g.year}</i>` : ''}</a>`),
      ...t.deadlines.map((d, j) => `<a class="chip c-deadline" data-go="t${i}d${j}" title="${esc(deadlineTitle(d))}">${esc(d.text)} <i>${esc(deadlineValue(d))}</i></a>`),
    ].join('');
    rows.push(
      `<tr${attrs({ 'data-row': `t${i}`, 'data-units': t.units.map((u) => `${u.canonical}|${u.raw}`).join('|') })}><td class="mk"><a data-go="t${i}">${esc(t.marker)}</a></td><td class="tt"><a class="go" data-go="t${i}">${esc(t.title)}</a>${warnMark(ws)}${t.page ? ` <span class="pgref">p. ${t.page}</span>` : ''}</td><td class="us">${units || '<span class="none">—</span>'}</td><td class="gs">${goals || '<span class="none">—</span>'}</td></tr>`,
    );
  });
  return `<div class="filter"><input type="search" id="task-filter" placeholder="Filter tasks by text or unit (e.g. 市工信局)" aria-label="filter tasks"><span id="task-count" class="count"></span></div>
<table class="tasks"><thead><tr><th>#</th><th>Task</th><th>Units</th><th>Targets · deadlines</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function outlinePanel(doc: PolicyDocument): string {
  if (!doc.sections.length) return '<p class="empty-note">No outline found.</p>';
  const tasksIn = new Map<string, number>();
  const byId = new Map(doc.sections.map((s) => [s.id, s]));
  for (const t of doc.tasks)
    for (let s: Section | undefined = byId.get(t.sectionId); s; s = s.parentId ? byId.get(s.parentId) : undefined) tasksIn.set(s.id, (tasksIn.get(s.id) ?? 0) + 1);
  const children = new Map<string | null, number[]>();
  doc.sections.forEach((s, i) => {
    const key = s.parentId && byId.has(s.parentId) ? s.parentId : null;
    children.set(key, [...(children.get(key) ?? []), i]);
  });
  const list = (parent: string | null): string => {
    const kids = children.get(parent);
    if (!kids) return '';
    return `<ul>${kids
      .map((i) => {
        const s = doc.sections[i];
        const n = tasksIn.get(s.id);
        return `<li><a data-go="s${i}"><span class="mk">${esc(s.marker)}</span>${esc(s.heading)}</a>${n ? ` <span class="n">${n} task${n > 1 ? 's' : ''}</span>` : ''}${s.page ? ` <span class="pgref">p. ${s.page}</span>` : ''}${list(s.id)}</li>`;
      })
      .join('')}</ul>`;
  };
  return `<div class="outline">${list(null)}</div>`;
}

function targetRows(list: Target[], idOf: (j: number) => string, where: (j: number) => string, warningsOf: (s: Span) => Message[]): string {
  return list
    .map(
      (g, j) =>
        `<tr data-row="${idOf(j)}"><td class="mk">${where(j)}</td><td><a class="go" data-go="${idOf(j)}">${esc(g.metric ?? g.text)}</a>${warnMark(warningsOf(g.span))}${g.aspirational ? ' <span class="badge muted" title="aspirational (力争)">力争</span>' : ''}</td><td class="num">${esc(targetValue(g))}</td><td class="num">${esc(targetYear(g))}</td></tr>`,
    )
    .join('');
}

function targetsPanel(doc: PolicyDocument, warningsOf: (s: Span) => Message[]): string {
  const head = '<thead><tr><th></th><th>Target</th><th>Value</th><th>Due</th></tr></thead>';
  const parts: string[] = [];
  if (doc.targets.length)
    parts.push(`<h3>Plan goals and indicator tables <span class="n">${doc.targets.length}</span></h3><table class="list">${head}<tbody>${targetRows(doc.targets, (j) => `g${j}`, () => '', warningsOf)}</tbody></table>`);
  const inTasks = doc.tasks.flatMap((t, i) => t.targets.map((g, j) => ({ g, id: `t${i}g${j}`, marker: t.marker })));
  if (inTasks.length)
    parts.push(
      `<h3>In tasks <span class="n">${inTasks.length}</span></h3><table class="list">${head}<tbody>${targetRows(inTasks.map((x) => x.g), (j) => inTasks[j].id, (j) => `<a data-go="${inTasks[j].id.replace(/g\d+$/, '')}">${esc(inTasks[j].marker)}</a>`, warningsOf)}</tbody></table>`,
    );
  return parts.join('') || '<p class="empty-note">No targets found.</p>';
}

function deadlineRows(list: { d: Deadline; id: string; where: string }[], warningsOf: (s: Span) => Message[]): string {
  return list
    .map(
      ({ d, id, where }) =>
        `<tr data-row="${id}"><td class="mk">${where}</td><td><a class="go" data-go="${id}">${esc(d.text)}</a>${warnMark(warningsOf(d.span))}</td><td>${esc(d.kind)}</td><td class="nowrap">${esc(deadlineValue(d))}</td></tr>`,
    )
    .join('');
}

function deadlinesPanel(doc: PolicyDocument, warningsOf: (s: Span) => Message[]): string {
  const head = '<thead><tr><th></th><th>Deadline</th><th>Kind</th><th>Date</th></tr></thead>';
  const parts: string[] = [];
  if (doc.deadlines.length)
    parts.push(`<h3>Document-level <span class="n">${doc.deadlines.length}</span></h3><table class="list">${head}<tbody>${deadlineRows(doc.deadlines.map((d, j) => ({ d, id: `d${j}`, where: '' })), warningsOf)}</tbody></table>`);
  const inTasks = doc.tasks.flatMap((t, i) => t.deadlines.map((d, j) => ({ d, id: `t${i}d${j}`, where: `<a data-go="t${i}">${esc(t.marker)}</a>` })));
  if (inTasks.length) parts.push(`<h3>In tasks <span class="n">${inTasks.length}</span></h3><table class="list">${head}<tbody>${deadlineRows(inTasks, warningsOf)}</tbody></table>`);
  return parts.join('') || '<p class="empty-note">No deadlines found.</p>';
}

function tablesPanel(doc: PolicyDocument): string {
  return doc.tables
    .map((tb, i) => {
      const width = Math.max(tb.header.length, ...tb.rows.map((r) => r.cells.length));
      // indicator tables often have a number column the header does not name
      const header = tb.header.length < width ? [...Array(width - tb.header.length).fill(''), ...tb.header] : tb.header;
      return `<div class="tbl"><h3><a data-go="tb${i}">${esc(tb.caption ?? `Table ${i + 1}`)}</a> <span class="badge ${tb.kind === 'indicator' ? 'ind' : 'muted'}">${esc(tb.kind)}</span>${tb.page ? ` <span class="pgref">p. ${tb.page}</span>` : ''}</h3>
<table class="list data"><thead><tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${tb.rows
        .map((r, j) => `<tr data-row="tb${i}r${j}" data-go="tb${i}r${j}" class="go-row">${r.cells.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table></div>`;
    })
    .join('');
}

function messagesPanel(doc: PolicyDocument): string {
  if (!doc.errors.length) return '<p class="empty-note">No errors or warnings for this document.</p>';
  return `<ul class="msgs">${doc.errors
    .map(
      (m, k) =>
        `<li class="sev-${esc(m.severity)}"><span class="badge sev">${esc(m.severity)}</span> ${m.span ? `<a data-go="m${k}">${esc(m.reason)}</a>` : m.page ? `<a href="#page-${m.page}">${esc(m.reason)}</a>` : esc(m.reason)} <span class="rule">${esc(m.stage)} · ${esc(m.ruleId)}${m.page ? ` · p. ${m.page}` : ''}</span></li>`,
    )
    .join('')}</ul>`;
}
