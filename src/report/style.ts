/** The report's style sheet, inlined into every page. */
export const REPORT_CSS = String.raw`
:root {
  --sans: "Segoe UI", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif;
  --serif: "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "STSong", "SimSun", serif;
  --ink: #1f2933; --muted: #6b7785; --line: #e3e7ec; --paper: #ffffff; --bg: #f5f7f9; --accent: #2f5d8a;
  --task: rgba(255, 212, 59, .16); --task-edge: #f0c419;
  --lead: #e8590c; --lead-bg: rgba(255, 146, 43, .30);
  --co: #7048e8; --co-bg: rgba(151, 117, 250, .24);
  --resp: #c2255c; --resp-bg: rgba(240, 101, 149, .22);
  --target: #2b8a3e; --target-bg: rgba(64, 192, 87, .24);
  --deadline: #1971c2; --deadline-bg: rgba(77, 171, 247, .24);
  --table: rgba(134, 142, 150, .10);
  --warn: #e03131;
  --flash: #ffe066;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 14px/1.55 var(--sans); color: var(--ink); background: var(--bg); }
a { color: var(--accent); text-decoration: none; cursor: pointer; }
a:hover { text-decoration: underline; }
h1 { font-size: 20px; line-height: 1.35; margin: 2px 0 4px; font-weight: 700; letter-spacing: .01em; }
h2 { font-size: 17px; margin: 0 0 10px; }
h3 { font-size: 13px; margin: 14px 0 6px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
.n { color: var(--muted); font-weight: 400; font-size: 12px; }
.n.warn { color: var(--warn); font-weight: 700; }
.badge { display: inline-block; padding: 0 6px; border-radius: 4px; font-size: 11px; line-height: 18px; font-weight: 600; background: #e9ecef; color: #495057; vertical-align: 1px; white-space: nowrap; }
.badge.fmt { background: #dbe4ff; color: #364fc7; letter-spacing: .03em; }
.badge.draft { background: #fff3bf; color: #8a6d00; }
.badge.ok { background: #d3f9d8; color: #2b8a3e; }
.badge.warn { background: #fff3bf; color: #a35c00; }
.badge.bad { background: #ffe3e3; color: #c92a2a; }
.badge.ind { background: #d3f9d8; color: #2b8a3e; }
.badge.muted { background: #f1f3f5; color: var(--muted); font-weight: 500; }
.none { color: #adb5bd; }
.empty-note { color: var(--muted); font-style: italic; padding: 12px 0; }
.note { color: var(--muted); font-size: 13px; margin: -4px 0 12px; max-width: 60em; }
.block > .note:last-child, .block > .note + .note { margin: 10px 0 0; }
.note.warn { color: #a35c00; }
.count { color: var(--muted); font-size: 12px; margin-left: 10px; white-space: nowrap; }
.foot { color: var(--muted); font-size: 11px; padding: 5px 20px; border-top: 1px solid var(--line); background: var(--paper); }
.sw { display: inline-block; width: 12px; height: 12px; border-radius: 3px; vertical-align: -1px; margin-right: 5px; }
input[type=search] { font: inherit; padding: 6px 10px; border: 1px solid #ced4da; border-radius: 6px; background: #fff; min-width: 0; }
input[type=search]:focus { outline: 2px solid #a5c8f0; border-color: var(--accent); }

/* ---------- header and legend ---------- */
.top { background: var(--paper); border-bottom: 1px solid var(--line); padding: 10px 20px 10px; }
.crumbs { font-size: 12px; color: var(--muted); display: flex; gap: 16px; flex-wrap: wrap; }
.crumbs .path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11.5px; }
.meta { color: var(--muted); font-size: 12.5px; display: flex; flex-wrap: wrap; align-items: center; gap: 2px 0; }
.meta .dot { margin: 0 7px; color: #ced4da; }
.legend { position: sticky; top: 0; z-index: 5; display: flex; flex-wrap: wrap; align-items: center; gap: 4px 14px; padding: 7px 20px; background: rgba(255, 255, 255, .96); border-bottom: 1px solid var(--line); font-size: 12.5px; box-shadow: 0 1px 3px rgba(0,0,0,.04); }
.legend .lg { display: inline-flex; align-items: center; gap: 3px; cursor: pointer; user-select: none; white-space: nowrap; }
.legend .lg input { margin: 0 3px 0 0; accent-color: var(--accent); }
.legend .lg b { color: var(--muted); font-weight: 500; }
.legend .hint { flex: 1 1 0; min-width: 0; text-align: right; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; color: var(--muted); font-size: 11.5px; }
.sw-task { background: var(--task); box-shadow: inset 3px 0 0 var(--task-edge); }
.sw-lead { background: var(--lead-bg); box-shadow: inset 0 -2px 0 var(--lead); }
.sw-co { background: var(--co-bg); box-shadow: inset 0 -2px 0 var(--co); }
.sw-resp { background: var(--resp-bg); box-shadow: inset 0 -2px 0 var(--resp); }
.sw-target { background: var(--target-bg); box-shadow: inset 0 -2px 0 var(--target); }
.sw-deadline { background: var(--deadline-bg); box-shadow: inset 0 -2px 0 var(--deadline); }
.sw-heading { background: #fff; border: 1px solid #adb5bd; box-shadow: inset 0 -3px 0 #343a40; }
.sw-table { background: var(--table); border: 1px dashed #adb5bd; }
.sw-warn { background: #fff; border-bottom: 2px dotted var(--warn); border-radius: 0; }

/* ---------- document page: two panes ---------- */
body.doc-page { height: 100vh; display: grid; grid-template-rows: auto auto minmax(0, 1fr) auto; overflow: hidden; }
.panes { display: grid; grid-template-columns: minmax(0, 1.08fr) minmax(0, 1fr); min-height: 0; }
.pane { overflow: auto; min-height: 0; scroll-behavior: auto; }
.src-pane { background: var(--paper); }
.src { position: relative; max-width: 48em; margin: 0 auto; padding: 22px 36px 45vh 40px; font: 16.5px/1.95 var(--serif); color: #212529; white-space: pre-wrap; overflow-wrap: anywhere; }
.src.paged { padding-left: 78px; }
.src .ln { margin: 0 0 .55em; }
.src .ln:empty { height: .4em; }
.side { background: var(--bg); border-left: 1px solid var(--line); padding: 0 16px 40px; }
.tabs { position: sticky; top: 0; z-index: 3; display: flex; flex-wrap: wrap; gap: 2px; margin: 0 -16px 10px; padding: 8px 16px 0; background: var(--bg); border-bottom: 1px solid var(--line); }
.tabs button { font: inherit; font-size: 13px; border: 0; background: none; padding: 6px 10px 7px; cursor: pointer; color: var(--muted); border-bottom: 2px solid transparent; margin-bottom: -1px; }
.tabs button[aria-selected=true] { color: var(--ink); border-bottom-color: var(--accent); font-weight: 600; }
.tabs button:hover { color: var(--ink); }
.filter { display: flex; align-items: center; margin: 4px 0 10px; }
.filter input { flex: 1; max-width: 420px; }

/* highlights */
.hl { cursor: pointer; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; transition: background-color .2s; }
.hl-task { background: var(--task); }
.hl-task:hover { background: rgba(255, 212, 59, .32); }
.hl-heading { font-weight: 700; color: #102a43; font-family: var(--sans); }
.hl-table { background: var(--table); }
.hl-unit { padding: 1px 0; }
.hl-lead { background: var(--lead-bg); box-shadow: inset 0 -2px 0 var(--lead); }
.hl-co { background: var(--co-bg); box-shadow: inset 0 -2px 0 var(--co); }
.hl-resp { background: var(--resp-bg); box-shadow: inset 0 -2px 0 var(--resp); }
.hl-target { background: var(--target-bg); box-shadow: inset 0 -2px 0 var(--target); }
.hl-deadline { background: var(--deadline-bg); box-shadow: inset 0 -2px 0 var(--deadline); }
.hl.warn, .hl-msg { text-decoration: underline dotted var(--warn) 2px; text-underline-offset: 4px; text-decoration-skip-ink: none; }
.off-task .hl-task, .off-table .hl-table { background: none; }
.off-lead .hl-lead, .off-co .hl-co, .off-resp .hl-resp, .off-target .hl-target, .off-deadline .hl-deadline { background: none; box-shadow: none; }
.off-heading .hl-heading { font-weight: inherit; color: inherit; font-family: inherit; }
.hl.flash { animation: hl-flash 1.1s ease-in-out 2; }
@keyframes hl-flash { 0%, 100% { background-color: var(--flash); box-shadow: 0 0 0 2px #fab005; } 50% { background-color: rgba(255, 224, 102, .25); box-shadow: 0 0 0 2px rgba(250, 176, 5, .2); } }
@media (prefers-reduced-motion: reduce) { .hl.flash { animation: none; background-color: var(--flash); } }
.pg { position: absolute; left: 10px; width: 52px; text-align: right; font: 600 11px/2.9 var(--sans); color: #98a2ad; cursor: default; }
.pg::before { content: "p. " attr(data-page); }
.pg.warn { color: var(--warn); }
.pg.warn::after { content: " ⚠"; }
.pgtick { display: inline-block; width: 0; height: 1.1em; border-left: 1px dashed #adb5bd; margin: 0 2px; vertical-align: -.2em; }

/* structured view */
table.tasks, table.list { width: 100%; border-collapse: collapse; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; font-size: 13px; }
table.tasks th, table.list th { text-align: left; font-weight: 600; color: var(--muted); font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; padding: 6px 8px; border-bottom: 1px solid var(--line); background: #fafbfc; }
table.tasks td, table.list td { padding: 7px 8px; border-bottom: 1px solid #eef1f4; vertical-align: top; }
table.tasks tr.grp td { background: #f1f4f7; font-size: 12px; font-weight: 600; padding: 5px 8px; }
table.tasks tr.grp a { color: #334e68; }
table.tasks td.mk, table.list td.mk { white-space: nowrap; color: var(--muted); width: 1%; }
table.tasks td.tt { min-width: 9em; font-weight: 600; }
table.tasks td.tt a.go { color: var(--ink); }
table.tasks td.us { min-width: 8em; }
table.tasks td.gs { min-width: 10em; }
table.tasks tr.sel td, table.list tr.sel td, .msgs li.sel { background: #fff8db; }
table.tasks tr.sel td:first-child, table.list tr.sel td:first-child { box-shadow: inset 3px 0 0 var(--task-edge); }
.nowrap { white-space: nowrap; }
td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.pgref { color: #98a2ad; font-size: 11px; font-weight: 400; white-space: nowrap; }
.chip { display: inline-block; margin: 1px 3px 2px 0; padding: 0 6px; border-radius: 10px; font-size: 12px; line-height: 20px; color: var(--ink); background: #f1f3f5; white-space: nowrap; max-width: 100%; overflow: hidden; text-overflow: ellipsis; vertical-align: top; }
.chip:hover { text-decoration: none; filter: brightness(.95); }
.chip.sel { outline: 2px solid #fab005; }
.chip.u-lead { background: var(--lead-bg); box-shadow: inset 0 -2px 0 var(--lead); }
.chip.u-co { background: var(--co-bg); box-shadow: inset 0 -2px 0 var(--co); }
.chip.u-resp { background: var(--resp-bg); box-shadow: inset 0 -2px 0 var(--resp); }
.chip.c-target { background: var(--target-bg); white-space: normal; border-radius: 6px; }
.chip.c-deadline { background: var(--deadline-bg); }
.chip i { font-style: normal; color: var(--muted); font-size: 11px; }
.chip b { font-weight: 700; }
.warn-mark { color: var(--warn); font-weight: 700; cursor: help; }
.outline ul { list-style: none; margin: 0; padding-left: 18px; }
.outline > ul { padding-left: 0; }
.outline li { margin: 3px 0; }
.outline li > a { color: var(--ink); }
.outline li.sel > a { background: #fff8db; }
.outline .mk { color: var(--muted); margin-right: 4px; }
.tbl h3 { text-transform: none; letter-spacing: 0; font-size: 14px; color: var(--ink); }
table.data td { font-size: 12.5px; }
tr.go-row { cursor: pointer; }
tr.go-row:hover td { background: #f8f9fa; }
.msgs { list-style: none; padding: 0; margin: 0; }
.msgs li { padding: 6px 8px; border-bottom: 1px solid var(--line); background: var(--paper); }
.msgs .rule, .msgs-inline .rule { color: var(--muted); font-size: 11.5px; }
.sev-error .sev { background: #ffe3e3; color: #c92a2a; }
.sev-warning .sev { background: #fff3bf; color: #a35c00; }
.sev-error { color: #c92a2a; }
@media (max-width: 900px) {
  body.doc-page { height: auto; display: block; overflow: visible; }
  .panes { display: block; }
  .pane { overflow: visible; }
  .legend .hint { display: none; }
  .src { padding: 16px 16px 32px 16px; }
  .src.paged { padding-left: 60px; }
  .pg { left: 0; }
}

/* ---------- corpus page ---------- */
.corpus-top { padding: 18px 28px 14px; }
.corpus-top .wrap { max-width: 1264px; margin: 0 auto; }
.corpus-top h1 { font-size: 22px; }
main.corpus { max-width: 1320px; margin: 0 auto; padding: 18px 28px 40px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(118px, 1fr)); gap: 10px; margin-bottom: 18px; }
.card { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; }
.card b { display: block; font-size: 22px; line-height: 1.2; font-variant-numeric: tabular-nums; }
.card span { color: var(--muted); font-size: 12px; }
.card.bad b { color: #c92a2a; }
.card.warn b { color: #a35c00; }
.block { background: var(--paper); border: 1px solid var(--line); border-radius: 10px; padding: 16px 18px; margin-bottom: 18px; }
.block > table.list { border: 0; }
.scroll-x { overflow-x: auto; }
table.docs td { vertical-align: middle; }
table.docs td.plan { font-weight: 600; min-width: 15em; max-width: 24em; background: #fcfcfd; border-right: 1px solid #eef1f4; }
table.docs .sub { font-weight: 400; color: var(--muted); font-size: 11.5px; }
table.docs .sub.path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11px; }
table.docs tr.rep td:not(.plan) { background: #fbfdff; }
.rep-mark { font-size: 10px; color: var(--accent); cursor: help; }
table.docs td.version { white-space: nowrap; }
table.docs td.version .path { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 11.5px; color: #52606d; }
table.docs .note { margin-top: 8px; }
.msgs-inline summary { cursor: pointer; color: #a35c00; font-size: 12.5px; }
.msgs-inline ul { margin: 4px 0 0; padding-left: 18px; font-size: 12px; }
.searchbar { display: flex; align-items: center; }
.searchbar input { flex: 1; font-size: 16px; padding: 9px 14px; border-radius: 8px; }
.results { list-style: none; padding: 0; margin: 10px 0 0; max-height: 60vh; overflow: auto; }
.results:empty { display: none; }
.result { padding: 9px 4px 10px; border-top: 1px solid var(--line); }
.r-head { display: flex; align-items: baseline; gap: 8px; flex-wrap: wrap; }
.r-plan { font-size: 11.5px; color: #fff; background: #5c7080; border-radius: 4px; padding: 0 6px; white-space: nowrap; }
.r-title { font-weight: 650; font-size: 15px; color: var(--ink); }
.r-text { color: #495057; font-family: var(--serif); font-size: 13.5px; margin-top: 2px; }
.r-units { color: var(--muted); font-size: 12px; margin-top: 2px; }
mark { background: #ffe066; color: inherit; border-radius: 2px; padding: 0 1px; }
.chart-row { display: flex; flex-wrap: wrap; gap: 16px 40px; align-items: flex-start; }
.year-sources { flex: 1 1 360px; max-width: 560px; }
.year-sources h3 { margin-top: 0; }
.chart-box { margin: 0; display: flex; flex-wrap: wrap; align-items: flex-start; gap: 8px 24px; }
.chart { max-width: 100%; height: auto; font-family: var(--sans); }
.chart .grid { stroke: #edf0f3; }
.chart .axis { stroke: #adb5bd; }
.chart .ytick, .chart .xtick { font-size: 12px; fill: var(--muted); }
.chart .xtick { font-size: 13px; fill: var(--ink); }
.chart .total { font-size: 12px; font-weight: 700; fill: var(--ink); }
.chart rect { stroke: #fff; stroke-width: 1; }
.chart-legend { list-style: none; padding: 0; margin: 8px 0 0; font-size: 13px; }
.chart-legend li { margin: 4px 0; }
.chart-legend i { display: inline-block; width: 12px; height: 12px; border-radius: 3px; margin-right: 6px; vertical-align: -1px; }
.matrix-box { max-height: 72vh; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
table.matrix { border-collapse: separate; border-spacing: 0; font-size: 13px; width: 100%; }
table.matrix th, table.matrix td { padding: 4px 8px; border-bottom: 1px solid #eef1f4; }
table.matrix thead th { position: sticky; top: 0; z-index: 2; background: #fafbfc; font-size: 12px; font-weight: 600; color: var(--muted); text-align: left; border-bottom: 1px solid var(--line); white-space: nowrap; }
table.matrix thead th.plan-col { text-align: center; }
table.matrix th.unit { position: sticky; left: 0; z-index: 1; background: var(--paper); text-align: left; font-weight: 500; white-space: nowrap; }
table.matrix thead th.unit { z-index: 3; background: #fafbfc; }
table.matrix td.kind { color: var(--muted); font-size: 11.5px; white-space: nowrap; }
table.matrix td.cell { padding: 2px 3px; text-align: center; min-width: 86px; }
table.matrix td.cell a { display: block; border-radius: 4px; padding: 2px 0; background: rgba(47, 93, 138, var(--a)); color: #0b2239; font-weight: 600; font-variant-numeric: tabular-nums; }
table.matrix td.cell a:hover { outline: 2px solid var(--accent); text-decoration: none; }
table.matrix sup { font-size: 9.5px; font-weight: 600; margin-left: 2px; color: #7a3e00; }
table.matrix tr:hover th.unit, table.matrix tr:hover td { background-color: #f8fafc; }
table.matrix td.total { font-weight: 700; }
@media print {
  body.doc-page { height: auto; display: block; overflow: visible; }
  .panes { display: block; } .pane { overflow: visible; } .legend { position: static; } .tabs, .filter, .searchbar { display: none; }
}
`;
