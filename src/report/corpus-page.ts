/**
 * `report/index.html`: the documents with counts and messages, a search over task text, the
 * unit × plan matrix and the targets by due year.
 */
import type { UnitKind } from '../schema/output.js';
import { PALETTE, stackedBarChart } from './chart.js';
import { reportClient } from './client.js';
import { attrs, esc, jsonForScript, page } from './html.js';
import type { DocSummary, Plan } from './model.js';
import { REPORT_CSS } from './style.js';

export interface CorpusPageContext {
  generatedAt: string;
  outDir: string;
  /** JSON files in the output folder that are not documents of this schema. */
  skipped: { file: string; reason: string }[];
}

/** The search index embedded in the page: tasks deduplicated across versions of a plan. */
export interface SearchIndex {
  plans: { label: string; title: string }[];
  docs: { page: string; format: string }[];
  /** p: plan, m: marker, t: title, x: text, u: canonical units, r: [doc, item] where the task is. */
  tasks: { p: number; m: string; t: string; x: string; u: string; r: [number, string][] }[];
}

export function buildSearchIndex(plans: readonly Plan[]): SearchIndex {
  const index: SearchIndex = { plans: [], docs: [], tasks: [] };
  plans.forEach((plan, p) => {
    index.plans.push({ label: plan.label, title: plan.title });
    const seen = new Map<string, number>();
    // the representative version first, so its text is the one shown
    for (const d of [plan.rep, ...plan.docs.filter((x) => x !== plan.rep)]) {
      const di = index.docs.push({ page: d.page, format: d.format }) - 1;
      for (const t of d.tasks) {
        const key = `${t.marker}\u0000${t.title}`;
        const at = seen.get(key);
        if (at !== undefined) {
          index.tasks[at].r.push([di, t.item]);
          continue;
        }
        seen.set(key, index.tasks.length);
        index.tasks.push({ p, m: t.marker, t: t.title, x: t.text, u: [...new Set(t.units.map((u) => u.canonical))].join(' '), r: [[di, t.item]] });
      }
    }
  });
  return index;
}

const KIND_LABEL: Record<UnitKind, string> = { party: 'party', government: 'government', 'lower-government': 'lower gov.', enterprise: 'enterprise', other: 'other' };

export function renderCorpusPage(docs: readonly DocSummary[], plans: readonly Plan[], ctx: CorpusPageContext): string {
  const totals = {
    docs: docs.length,
    plans: plans.length,
    tasks: plans.reduce((n, p) => n + p.rep.counts.tasks, 0),
    units: new Set(plans.flatMap((p) => p.rep.tasks.flatMap((t) => t.units.map((u) => u.canonical)))).size,
    targets: plans.reduce((n, p) => n + p.rep.counts.targets, 0),
    deadlines: plans.reduce((n, p) => n + p.rep.counts.deadlines, 0),
    errors: docs.reduce((n, d) => n + d.counts.errors, 0),
    warnings: docs.reduce((n, d) => n + d.counts.warnings, 0),
  };
  const card = (n: number, label: string, cls = '') => `<div class="card${cls ? ` ${cls}` : ''}"><b>${n}</b><span>${esc(label)}</span></div>`;
  const cards = `<div class="cards">${card(totals.plans, 'plans')}${card(totals.docs, 'documents')}${card(totals.tasks, 'tasks')}${card(totals.units, 'units')}${card(totals.targets, 'targets')}${card(totals.deadlines, 'deadlines')}${card(totals.errors, 'errors', totals.errors ? 'bad' : '')}${card(totals.warnings, 'warnings', totals.warnings ? 'warn' : '')}</div>`;

  const header = `<header class="top corpus-top"><div class="wrap">
<h1>Policy extraction review</h1>
<div class="meta">${plans.length} plans in ${docs.length} documents · ${esc(ctx.outDir)} · generated ${esc(ctx.generatedAt)}</div>
</div></header>`;

  const search = `<section class="block" id="search">
<h2>Search tasks</h2>
<div class="searchbar"><input type="search" id="q" placeholder="搜索任务，例如 电竞 或 文化 产业园区 (words separated by spaces must all occur)" aria-label="search tasks" autocomplete="off"><span id="q-count" class="count"></span></div>
<ol id="results" class="results" aria-live="polite"></ol>
<script type="application/json" id="search-data">${jsonForScript(buildSearchIndex(plans))}</script>
</section>`;

  // documents, grouped by plan
  const docRows = plans
    .flatMap((plan, p) =>
      plan.docs.map((d, k) => {
        const c = d.counts;
        const problems = d.messages.filter((msg) => msg.severity !== 'info');
        const status = d.failed ? '<span class="badge bad">failed</span>' : problems.length ? '<span class="badge warn">warnings</span>' : '<span class="badge ok">ok</span>';
        const titleCell =
          k === 0
            ? `<td class="plan" rowspan="${plan.docs.length}"><i class="sw" style="background:${PALETTE[p % PALETTE.length]}"></i><a href="${esc(plan.rep.page)}">${esc(plan.title)}</a>${plan.rep.draft ? ' <span class="badge draft">draft</span>' : ''}<div class="sub">${esc(plan.label)}</div></td>`
            : '';
        const msgs = problems.length
          ? `<details class="msgs-inline"><summary>${c.errors ? `${c.errors} error${c.errors > 1 ? 's' : ''}` : ''}${c.errors && c.warnings ? ', ' : ''}${c.warnings ? `${c.warnings} warning${c.warnings > 1 ? 's' : ''}` : ''}</summary><ul>${problems
              .map((msg) => `<li class="sev-${esc(msg.severity)}">${esc(msg.reason)} <span class="rule">${esc(msg.ruleId)}${msg.page ? ` · p. ${msg.page}` : ''}</span></li>`)
              .join('')}</ul></details>`
          : '<span class="none">—</span>';
        return `<tr${attrs({ class: d === plan.rep ? 'rep' : undefined, 'data-doc': d.id })}>${titleCell}<td class="version"><a href="${esc(d.page)}" class="fmt-link"><span class="badge fmt">${esc(d.format.toUpperCase())}</span> <span class="path" title="${esc(d.path)}">${esc(d.path.split(/[\\/]/).pop() ?? d.path)}</span></a>${d === plan.rep && plan.docs.length > 1 ? ' <span class="rep-mark" title="this version is counted for the plan in the totals, the chart and the matrix">●</span>' : ''}</td><td class="num">${d.pages ?? '<span class="none">—</span>'}</td><td class="num">${c.sections}</td><td class="num">${c.tasks}</td><td class="num">${c.units}</td><td class="num">${c.targets}</td><td class="num">${c.deadlines}</td><td class="num">${c.tables}</td><td>${status}</td><td>${msgs}</td></tr>`;
      }),
    )
    .join('');
  const skipped = ctx.skipped.length
    ? `<p class="note warn">Not shown: ${ctx.skipped.map((s) => `${esc(s.file)} (${esc(s.reason)})`).join('; ')}</p>`
    : '';
  const documents = `<section class="block" id="documents">
<h2>Documents</h2>
<div class="scroll-x"><table class="list docs"><thead><tr><th>Plan</th><th>Version</th><th class="num">Pages</th><th class="num">Sections</th><th class="num">Tasks</th><th class="num">Units</th><th class="num">Targets</th><th class="num">Deadlines</th><th class="num">Tables</th><th>Status</th><th>Messages</th></tr></thead><tbody>${docRows}</tbody></table></div>
<p class="note">● the version counted for its plan in the totals, the chart and the matrix (no errors, most tasks; then DOCX, TXT, PDF).</p>
${skipped}
</section>`;

  return page({
    title: 'Policy extraction review',
    css: REPORT_CSS,
    script: `(${reportClient.toString()})();`,
    bodyClass: 'corpus-page',
    body: `${header}<main class="corpus">${cards}${search}${documents}${yearChart(plans)}${unitMatrix(plans)}</main>
<footer class="foot">policy-extract review report · ${docs.length ? `rules ${esc([...new Set(docs.map((d) => d.rulesVersion))].join(', '))} · ` : ''}generated ${esc(ctx.generatedAt)}</footer>`,
  });
}

function yearChart(plans: readonly Plan[]): string {
  const years = new Set<number>();
  let undated = 0;
  for (const p of plans)
    for (const y of p.rep.targetYears) {
      if (y === null) undated++;
      else years.add(y);
    }
  if (!years.size && !undated) return `<section class="block" id="targets-by-year"><h2>Targets by due year</h2><p class="empty-note">No targets found.</p></section>`;
  const sorted = [...years].sort((a, b) => a - b);
  // a continuous axis (gaps show as empty years) unless it would be mostly gaps
  const span = sorted.length ? sorted[sorted.length - 1] - sorted[0] + 1 : 0;
  const cats = span > 0 && span - sorted.length <= sorted.length ? Array.from({ length: span }, (_, i) => sorted[0] + i) : sorted;
  const categories = [...cats.map(String), ...(undated ? ['no year'] : [])];
  const series = plans.map((p, i) => ({
    name: p.label,
    color: PALETTE[i % PALETTE.length],
    values: categories.map((c) => p.rep.targetYears.filter((y) => (c === 'no year' ? y === null : y === Number(c))).length),
  }));
  const chart = stackedBarChart({ categories, series, unit: 'targets' }, { title: 'Targets by due year, stacked by plan', width: Math.max(420, Math.min(960, 120 + categories.length * 90)) });
  const sources = ['stated', 'section', 'table', 'period', 'none'];
  const srcRows = plans
    .map((p, i) => {
      const n = (s: string) => p.rep.yearSources.filter((x) => x === s).length;
      return `<tr><td><i class="sw" style="background:${PALETTE[i % PALETTE.length]}"></i>${esc(p.label)}</td>${sources.map((s) => `<td class="num">${n(s) || '<span class="none">·</span>'}</td>`).join('')}<td class="num"><b>${p.rep.yearSources.length}</b></td></tr>`;
    })
    .join('');
  const srcTable = `<div class="year-sources"><h3>Where the due year comes from</h3><table class="list"><thead><tr><th>Plan</th><th class="num" title="stated beside the target">stated</th><th class="num" title="from the governing section (到2025年，…)">section</th><th class="num" title="from an indicator table's column">table</th><th class="num" title="the plan period's end">period</th><th class="num">no year</th><th class="num">all</th></tr></thead><tbody>${srcRows}</tbody></table></div>`;
  return `<section class="block" id="targets-by-year"><h2>Targets by due year</h2><p class="note">Quantitative targets (plan goals, indicator tables and tasks) by the year they are due, one layer per plan. Years not stated beside a target come from its section, its table or the plan period.</p><div class="chart-row">${chart}${srcTable}</div></section>`;
}

function unitMatrix(plans: readonly Plan[]): string {
  interface Row {
    canonical: string;
    kind: UnitKind;
    cells: Map<number, { tasks: string[]; lead: number; co: number; responsible: number }>;
    total: number;
  }
  const rows = new Map<string, Row>();
  plans.forEach((plan, p) => {
    for (const t of plan.rep.tasks) {
      const seen = new Set<string>();
      for (const u of t.units) {
        let row = rows.get(u.canonical);
        if (!row) rows.set(u.canonical, (row = { canonical: u.canonical, kind: u.kind, cells: new Map(), total: 0 }));
        let cell = row.cells.get(p);
        if (!cell) row.cells.set(p, (cell = { tasks: [], lead: 0, co: 0, responsible: 0 }));
        if (!seen.has(`${u.canonical}\u0000${u.role}`)) cell[u.role]++;
        seen.add(`${u.canonical}\u0000${u.role}`);
        if (seen.has(u.canonical)) continue;
        seen.add(u.canonical);
        cell.tasks.push(`${t.marker} ${t.title}`);
        row.total++;
      }
    }
  });
  if (!rows.size) return `<section class="block" id="units"><h2>Units × plans</h2><p class="empty-note">No responsible units found.</p></section>`;
  const list = [...rows.values()].sort((a, b) => b.total - a.total || a.canonical.localeCompare(b.canonical, 'zh-CN'));
  const max = Math.max(...list.flatMap((r) => [...r.cells.values()].map((c) => c.tasks.length)));
  const head = `<thead><tr><th class="unit">Unit (canonical)</th><th>Kind</th>${plans
    .map((p, i) => `<th class="plan-col" title="${esc(p.title)}"><a href="${esc(p.rep.page)}"><i class="sw" style="background:${PALETTE[i % PALETTE.length]}"></i>${esc(p.label)}</a></th>`)
    .join('')}<th class="num">Tasks</th></tr></thead>`;
  const body = list
    .map((r) => {
      const cells = plans
        .map((p, i) => {
          const c = r.cells.get(i);
          if (!c) return '<td class="cell empty"></td>';
          const n = c.tasks.length;
          const alpha = 0.12 + 0.68 * (n / max);
          const roles = [c.lead ? `lead ${c.lead}` : '', c.co ? `co ${c.co}` : '', c.responsible ? `responsible ${c.responsible}` : ''].filter(Boolean).join(', ');
          const tip = `${r.canonical} in ${p.label}: ${n} task${n > 1 ? 's' : ''} (${roles})\n${c.tasks.join('\n')}`;
          return `<td class="cell" style="--a:${alpha.toFixed(2)}"><a href="${esc(p.rep.page)}#unit=${encodeURIComponent(r.canonical)}" title="${esc(tip)}">${n}${c.lead ? `<sup title="lead in ${c.lead}">★${c.lead}</sup>` : ''}</a></td>`;
        })
        .join('');
      return `<tr data-unit="${esc(r.canonical)}"><th class="unit" scope="row">${esc(r.canonical)}</th><td class="kind">${esc(KIND_LABEL[r.kind])}</td>${cells}<td class="num total">${r.total}</td></tr>`;
    })
    .join('');
  return `<section class="block" id="units">
<h2>Units × plans <span class="n">${list.length} units</span></h2>
<p class="note">How many tasks of each plan name a unit (lead, co-operating or responsible), by canonical name. ★ counts tasks the unit leads. A cell opens the plan with that unit's tasks.</p>
<div class="filter"><input type="search" id="unit-filter" placeholder="Filter units, e.g. 工业和信息化 or 宣传部" aria-label="filter units"><span id="unit-count" class="count"></span></div>
<div class="matrix-box"><table class="matrix">${head}<tbody>${body}</tbody></table></div>
</section>`;
}
