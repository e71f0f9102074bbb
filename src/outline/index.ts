/**
 * Outline (SPEC §4): numbered headings and items → a section tree with spans.
 * find (markers and lead-in items) → unify (mixed styles) → nest (enter/exit stack)
 * → headings (lead clause).
 */
import { pathId } from '../core/ids.js';
import { pageOf, type Span } from '../core/span.js';
import type { DocContext } from '../extract/context.js';
import type { Section } from '../schema/output.js';
import { findItems } from './find.js';
import { leadClauseLength, leadingUnitClause } from './lead-clause.js';
import { matchMarker } from './markers.js';
import { nest } from './nest.js';
import { unifyStyles } from './unify.js';

export interface Outline {
  sections: Section[];
  /** Where the plan's body ends (before its colophon). */
  bodyEnd: number;
  /** The notes after the plan's last item (`说明：…`, `本方案自…起施行`), about the whole plan; null when there are none. */
  notes: Span | null;
  /**
   * Notes in the attachments after the body (`注：各责任单位于每季度末月25日前将任务进展情况报送…` under a task table):
   * about the plan too, one span per note line.
   */
  attachmentNotes: Span[];
  /** The title of the attachment each top-level section of an attachment opens (`名词解释` of `附件1：名词解释`), by section id. */
  attachmentTitles: Map<string, string>;
}

export function buildOutline(ctx: DocContext, bodyStart: number): Outline {
  const { text, lines, rules } = ctx;
  const { end: bodyEnd, notes } = findBodyEnd(ctx, bodyStart);
  const hits = unifyStyles(findItems(text, lines, bodyStart, bodyEnd, rules), rules);
  const paragraphEnds = (offset: number): number => paragraphEndBefore(lines, offset, bodyStart);
  const beside = new Map(rules.markers.styles.filter((s) => s.beside).map((s) => [s.id, s.besideUnder]));
  const nested = nest(hits, bodyEnd, paragraphEnds, beside);
  // each attachment after the body restarts the outline (`附件1：名词解释` / `1.数字经济核心产业：指…`): its own list, from level 1,
  // numbered items only (a form's `单位名称：____` lines are no lead-in items)
  let top = nested.filter((n) => n.parent < 0).length;
  const bodyItems = nested.length;
  const titleOf = new Map<number, string>(); // index in `nested` → its attachment's title
  for (const r of attachmentRegions(ctx, Math.max(bodyEnd, bodyStart))) {
    // (an attachment that holds a table is the table's: its group headings are its rows' nodes, src/tasks/table-tasks.ts)
    if (text.slice(r.start, r.end).includes('\t')) continue;
    const found = unifyStyles(findItems(text, lines, r.start, r.end, rules, false), rules);
    // (a list: its first style numbers two items at least; not a line a PDF broke before `（一）1”指正文…`)
    if (found.filter((h) => h.style === found[0]?.style).length < 2) continue;
    const inner = nest(found, r.end, (o) => paragraphEndBefore(lines, o, r.start), beside);
    const base = nested.length;
    for (const n of inner) {
      if (n.parent < 0) titleOf.set(nested.length, r.title);
      nested.push({ ...n, parent: n.parent >= 0 ? n.parent + base : -1, position: n.parent >= 0 ? n.position : ++top });
    }
  }
  const paths: number[][] = [];
  const sections: Section[] = [];
  for (const n of nested) {
    const path = n.parent >= 0 ? [...paths[n.parent], n.position] : [n.position];
    paths.push(path);
    const paraText = text.slice(n.hit.contentStart, n.hit.para.end);
    // `（二）【牵头单位：市商务局】发展跨境电商。`: a unit clause before the heading is not part of it
    const skip = n.hit.labelLength === undefined ? leadingUnitClause(paraText, rules) : 0;
    const hl = n.hit.labelLength ?? leadClauseLength(paraText.slice(skip), rules);
    const headingSpan = { start: n.hit.contentStart + skip, end: n.hit.contentStart + skip + hl };
    const s: Section = {
      id: pathId(ctx.docId, 's', path),
      parentId: null,
      level: n.level,
      marker: n.hit.marker,
      ordinal: n.hit.ordinal,
      heading: text.slice(headingSpan.start, headingSpan.end),
      span: { start: n.hit.para.start, end: Math.max(n.end, n.hit.para.end) },
      headingSpan,
    };
    const page = pageOf(ctx.pageMap, n.hit.para.start);
    if (page !== undefined) s.page = page;
    sections.push(s);
  }
  for (let i = 0; i < nested.length; i++) {
    const parent = nested[i].parent;
    if (parent >= 0) sections[i].parentId = sections[parent].id;
  }
  // (an attachment that closed the outline early, a form after the plan's last item, is past the body too)
  const outlineEnd = sections.slice(0, bodyItems).reduce((end, x) => Math.max(end, x.span.end), bodyStart);
  const attachmentTitles = new Map([...titleOf].map(([i, title]) => [sections[i].id, title] as const));
  return { sections, bodyEnd, notes, attachmentNotes: attachmentNotes(ctx, bodyItems > 0 ? Math.min(bodyEnd, outlineEnd) : bodyEnd), attachmentTitles };
}

/**
 * The attachments after the body (`附件1：名词解释`, or `附件2` over its title line): from the line after each
 * announcing line to the next one, or to the colophon (rules/markers.yaml `endOfBody`). Not the notice's list of them
 * (`附件：1．名词解释` / `2．…`).
 */
function attachmentRegions(ctx: DocContext, from: number): (Span & { title: string })[] {
  const { attachment, attachmentItem } = ctx.rules.metadata.notice;
  const out: (Span & { title: string })[] = [];
  let open: number | null = null;
  let title = '';
  const close = (at: number) => {
    if (open !== null && at > open) out.push({ start: open, end: at, title });
    open = null;
  };
  for (const l of ctx.lines) {
    if (l.start <= from) continue;
    const s = ctx.text.slice(l.start, l.end).trim();
    const announce = attachment.exec(s);
    if (announce && s.length <= MAX_ATTACHMENT_LINE && !attachmentItem.test(s.slice(announce[0].length))) {
      close(l.start - 1);
      open = l.end;
      title = s.slice(announce[0].length).trim();
      continue;
    }
    // (the title on the line after a bare `附件2`)
    if (open !== null && title === '' && s !== '' && matchMarker(s, ctx.rules) === null) {
      title = s;
    }
    if (open !== null && !announce && ctx.rules.markers.endOfBodyRe.test(s) && !/^(?:联系人|联系电话)/u.test(s)) close(l.start - 1);
  }
  close(ctx.text.length);
  return out;
}

/** The longest line that announces an attachment (`附件2：主要指标解释及计算方法`). */
const MAX_ATTACHMENT_LINE = 40;

/** The note lines (rules/markers.yaml `trailingNote`) and asks (`attachmentAsk`) after `end` (the body's, or its outline's): in its attachments. */
function attachmentNotes(ctx: DocContext, end: number): Span[] {
  const out: Span[] = [];
  const { trailingNoteRe, attachmentAskRe } = ctx.rules.markers;
  for (const l of ctx.lines) {
    if (l.start <= end) continue;
    const s = ctx.text.slice(l.start, l.end).trimStart();
    if (trailingNoteRe.test(s)) {
      out.push({ start: l.start, end: l.end });
      continue;
    }
    // (the ask may close a form's last field line it was joined to: `拟签约总金额：____亿元请于4月10日前…`)
    const ask = attachmentAskRe.exec(s);
    if (ask) out.push({ start: l.end - (s.length - ask.index), end: l.end });
  }
  return out;
}

/** An item ends at the end of the last paragraph (line) that ends by `offset`; `floor` when none does. */
function paragraphEndBefore(lines: readonly { end: number }[], offset: number, floor: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid].end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo > 0 ? lines[lo - 1].end : floor;
}

/**
 * The body ends at the first colophon line (`公开方式`, `抄送`) after the outline has begun, and
 * before the notes that close it (`（注：本行动计划涉及的…）`): notes after the last item are about
 * the whole plan, not part of its last task.
 */
function findBodyEnd(ctx: DocContext, bodyStart: number): { end: number; notes: Span | null } {
  const { endOfBodyRe, trailingNoteRe } = ctx.rules.markers;
  let inOutline = false;
  let end = ctx.text.length;
  let last = -1; // index of the last line before `end`
  for (const [i, l] of ctx.lines.entries()) {
    if (l.start < bodyStart) continue;
    const s = ctx.text.slice(l.start, l.end);
    if (inOutline && endOfBodyRe.test(s)) {
      end = Math.max(bodyStart, l.start - 1);
      break;
    }
    if (!inOutline && matchMarker(s, ctx.rules)) inOutline = true;
    last = i;
  }
  if (!inOutline) return { end, notes: null };
  let i = signatureStart(ctx, last, bodyStart);
  if (i !== last) end = Math.max(bodyStart, ctx.lines[i + 1].start - 1);
  const notesEnd = end;
  for (; i >= 0 && ctx.lines[i].start > bodyStart; i--) {
    const l = ctx.lines[i];
    const s = ctx.text.slice(l.start, l.end).trim();
    if (s === '') continue;
    if (!trailingNoteRe.test(s)) break;
    end = Math.max(bodyStart, l.start - 1);
  }
  return { end, notes: end < notesEnd ? { start: end + 1, end: notesEnd } : null };
}

/**
 * The line before a closing signature ending at line `last` (`某某省人民政府` / `2024年11月20日`):
 * a date alone on the last line, with the issuer's name (short, no punctuation) before it.
 * `last` itself when there is none.
 */
function signatureStart(ctx: DocContext, last: number, bodyStart: number): number {
  const { signatureDateRe, signatureMaxLength, heading } = ctx.rules.markers;
  const line = (i: number) => ctx.text.slice(ctx.lines[i].start, ctx.lines[i].end).trim();
  if (last < 1 || ctx.lines[last].start <= bodyStart || !signatureDateRe.test(line(last))) return last;
  const name = line(last - 1);
  const punctuated = [...name].some((ch) => heading.sentenceEnd.has(ch) || heading.clauseEnd.has(ch));
  if (name === '' || name.length > signatureMaxLength || punctuated || matchMarker(name, ctx.rules)) return last - 1;
  return last - 2;
}
