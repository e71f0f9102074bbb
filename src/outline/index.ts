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
}

export function buildOutline(ctx: DocContext, bodyStart: number): Outline {
  const { text, lines, rules } = ctx;
  const { end: bodyEnd, notes } = findBodyEnd(ctx, bodyStart);
  const hits = unifyStyles(findItems(text, lines, bodyStart, bodyEnd, rules), rules);
  const paragraphEnds = (offset: number): number => paragraphEndBefore(lines, offset, bodyStart);
  const beside = new Map(rules.markers.styles.filter((s) => s.beside).map((s) => [s.id, s.besideUnder]));
  const nested = nest(hits, bodyEnd, paragraphEnds, beside);
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
  return { sections, bodyEnd, notes, attachmentNotes: attachmentNotes(ctx, bodyEnd) };
}

/** The note lines (rules/markers.yaml `trailingNote`) after the body's end: in its attachments. */
function attachmentNotes(ctx: DocContext, bodyEnd: number): Span[] {
  const out: Span[] = [];
  for (const l of ctx.lines) {
    if (l.start <= bodyEnd) continue;
    if (ctx.rules.markers.trailingNoteRe.test(ctx.text.slice(l.start, l.end).trimStart())) out.push({ start: l.start, end: l.end });
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
