import type { DocContext } from '../context.js';
import { anchoredAtEnd } from '../../core/memo.js';
import { allMatches } from '../../core/scan.js';
import { firstStartingFrom, type Span } from '../../core/span.js';
import type { ClauseText } from './types.js';
import { matchMarker } from '../../outline/markers.js';

/** Opening brackets a clause may stand in, each paired with its closing one: `（…）`, `(…)`, `【…】`, `〔…〕`, `［…］`, `[…]`. */
const BRACKETS: ReadonlyMap<number, number> = new Map([
  [0xff08, 1], // （
  [0x28, 1], // (
  [0x3010, 1], // 【
  [0x3014, 1], // 〔
  [0xff3b, 1], // ［
  [0x5b, 1], // [
  [0xff09, -1], // ）
  [0x29, -1], // )
  [0x3011, -1], // 】
  [0x3015, -1], // 〕
  [0xff3d, -1], // ］
  [0x5d, -1], // ]
]);
const NEWLINE = 0x0a;

/**
 * Every top-level bracket group in the range (`（…）`, `(…)`, `【…】`, `〔…〕`; nested brackets such as
 * `各（区）镇` stay inside their group), plus clauses without brackets that open with a clause
 * key, at the start of a paragraph (`牵头单位：A；配合单位：B`) or after its last sentence
 * (`…智能计算中心1个。责任单位：市发改委、市大数据局。`).
 */
export function findClauseTexts(ctx: DocContext, range: Span): ClauseText[] {
  const out = bracketGroups(ctx.text, range, ctx.rules.markers.heading.sentenceEnd);
  out.push(...keyedLines(ctx, range), ...closingSentences(ctx, range));
  for (const c of out) {
    // `（A牵头，B配合；完成时限：2024年底）`: the units end where the task's other fields begin
    const field = ctx.rules.unitClauses.otherFieldRe.exec(c.text);
    if (field) c.text = c.text.slice(0, field.index);
    // `（总投资35亿元，建设周期2025—2027年，责任单位：A、B）`: a project's other fields before the key are no units
    const key = keyAfterFields(c.text, ctx);
    if (key > 0) {
      c.text = c.text.slice(key);
      c.start += key;
    }
    // `〔责任单位：A、B按职责分工负责。具体任务均涉及各县人民政府，不再做分工，下同。〕`: a note after the list
    c.text = c.text.slice(0, listEnd(c.text, ctx.rules.unitClauses.keyAtRe));
    // `（市工信局负责，长期坚持）`: a note on when or how after the lists
    c.text = withoutTrailingNote(c.text, ctx.rules.unitClauses.trailingNoteRe);
    // `（由A牵头，B配合）`: the 由 is not part of the first name
    const opener = ctx.rules.unitClauses.openerRe.exec(c.text);
    if (opener) {
      c.text = c.text.slice(opener[0].length);
      c.start += opener[0].length;
    }
  }
  return out.sort((a, b) => a.outer.start - b.outer.start);
}

/**
 * The names heading a duty paragraph, between the item's marker and the colon (`（一）市交通运输局：负责…`;
 * rules/unit-clauses.yaml `headingList`), as a bare clause, or null. For an item whose text names no clause.
 */
export function headingClause(ctx: DocContext, range: Span): ClauseText | null {
  const line = ctx.lines[firstStartingFrom(ctx.lines, range.start)];
  if (!line || line.start !== range.start) return null;
  const m = ctx.rules.unitClauses.headingListRe.exec(ctx.text.slice(line.start, Math.min(line.end, range.end)));
  if (!m?.groups) return null;
  const start = line.start + m[0].length - 1 - m.groups.list.length;
  return { text: m.groups.list, start, outer: { start, end: start + m.groups.list.length }, bare: true, heading: true };
}

/**
 * Where a unit key starts after a project's other fields in the same bracket (`总投资35亿元，建设周期2025—2027年，责任单位：…`):
 * after a comma or semicolon, the fields before it naming no role; 0 when the key opens the text or there is none.
 */
function keyAfterFields(text: string, ctx: DocContext): number {
  const { colonKeyRe, leadRe, coRe, dutyEndingRe } = ctx.rules.unitClauses;
  const keys = allMatches(colonKeyRe, text);
  if (keys.length === 0 || keys[0].index === 0 || !'，,；;'.includes(text[keys[0].index! - 1])) return 0;
  const before = text.slice(0, keys[0].index);
  return [leadRe, coRe, dutyEndingRe].some((re) => re.test(before)) ? 0 : keys[0].index!;
}

/** The clause text without a last comma clause that is a note (`，长期坚持`, `，2024年底前完成`). */
function withoutTrailingNote(text: string, noteRe: RegExp): string {
  const trimmed = text.replace(/[。；;\s]+$/u, '');
  const comma = Math.max(trimmed.lastIndexOf('，'), trimmed.lastIndexOf(','), trimmed.lastIndexOf('；'), trimmed.lastIndexOf(';'));
  if (comma <= 0 || !noteRe.test(trimmed.slice(comma + 1).trim())) return text;
  return text.slice(0, comma);
}

/** At most this many characters in a bracket-less clause sentence (a unit list, not prose). */
const MAX_BARE_SENTENCE = 80;

/**
 * The last sentence of each paragraph in the range, as a clause without brackets (`bare`):
 * `…打造上云标杆。由市经信局负责，市科技局、市财政局配合。`. The units matchers read it like a
 * bracketed clause, and it counts only when every name it gives looks like a unit (see
 * `findClauses`). Sentences that open with a bracket or hold a clause key are read as those.
 */
function closingSentences(ctx: DocContext, range: Span): ClauseText[] {
  const { text, lines } = ctx;
  const ends = ctx.rules.markers.heading.sentenceEnd;
  const out: ClauseText[] = [];
  for (let i = firstStartingFrom(lines, range.start); i < lines.length && lines[i].start < range.end; i++) {
    const l = lines[i];
    if (l.end > range.end) continue;
    let end = l.end;
    while (end > l.start && (ends.has(text[end - 1]) || /\s/u.test(text[end - 1]))) end--;
    let start = end;
    while (start > l.start && !ends.has(text[start - 1])) start--;
    out.push(...leadSentences(ctx, l.start, start));
    while (start < end && /\s/u.test(text[start])) start++;
    // a sentence may close with a clause that assigns it (`关于…的问题，由A会同B等部门负责落实`)
    start = lastClauseFrom(text, start, end, ctx.rules.unitClauses.openerRe);
    const sentence = text.slice(start, end);
    // (a closing sentence that assigns the work before it goes on with it: `由A牵头，B配合，6月底前完成…`; or the whole text
    // after an item's label does: `（一）综合协调组：由市政府办公室牵头，市财政局…组成，负责…`)
    const label = start === l.start ? labelEnd(ctx, sentence) : 0;
    if (sentence === '' || (label === 0 && bracketStep(sentence.charCodeAt(0)) > 0)) continue;
    const kept = start > l.start || label > 0 ? assigningOpening(ctx, sentence.slice(label)) : 0;
    if (kept > 0) {
      const from = start + label;
      out.push({ text: sentence.slice(label, label + kept), start: from, outer: { start: from, end: from + kept }, bare: true });
      continue;
    }
    if (sentence.length > MAX_BARE_SENTENCE) continue;
    if (allMatches(ctx.rules.unitClauses.colonKeyRe, sentence).length > 0) continue;
    // (a line that says whose the work above is, `以上任务由…负责。`, is a clause by its words, whatever its names look like)
    const says = start === l.start && (ctx.rules.unitClauses.openerRe.exec(sentence)?.[0].length ?? 0) > 1;
    out.push({ text: sentence, start, outer: { start, end }, bare: !says });
  }
  return out;
}

/**
 * Sentences of a paragraph before its last (`[from, to)`), after its first, that open with the opener and name a lead
 * (`（一）综合协调组。由区政府办公室牵头，区应急局、区水利局参加。负责…`): bare clauses too, read as the closing sentence is.
 * So is the opening of such a sentence that goes on with the work (`由市体育局牵头，崇礼区人民政府配合，6月底前完成…`,
 * `市体育局负责，全年引进…`): its comma clauses up to the first that ends in no role word.
 */
function leadSentences(ctx: DocContext, from: number, to: number): ClauseText[] {
  const { text } = ctx;
  const ends = ctx.rules.markers.heading.sentenceEnd;
  const { openerRe, leadRe, dutyEndingRe } = ctx.rules.unitClauses;
  const out: ClauseText[] = [];
  const paragraph = text.slice(from, to);
  if (to - from < 4 || !(leadRe.test(paragraph) || dutyEndingRe.test(paragraph) || DUTY.test(paragraph))) return out; // (most paragraphs name no lead)
  let start = from;
  while (start < to && !ends.has(text[start])) start++; // (the first sentence: an item's heading)
  for (start++; start < to; ) {
    let end = start;
    while (end < to && !ends.has(text[end])) end++;
    const sentence = text.slice(start, end);
    const kept = assigningOpening(ctx, sentence);
    if (kept > 0) out.push({ text: sentence.slice(0, kept), start, outer: { start, end: start + kept }, bare: true });
    else if (sentence.length <= MAX_BARE_SENTENCE && openerRe.test(sentence) && leadRe.test(sentence)) {
      out.push({ text: sentence, start, outer: { start, end }, bare: true });
    }
    start = end + 1;
  }
  return out;
}

/** A duty ending a comma clause: `负责，`. */
const DUTY = /负责[，,]/u;

/**
 * The length of a sentence's opening comma clauses that each end in a role word (`由A牵头，B配合，…`, `A负责，…`), when
 * one of them leads or answers for the work and the sentence goes on after them; else 0.
 */
function assigningOpening(ctx: DocContext, sentence: string): number {
  const { leadRe, coRe, dutyEndingRe, dutyEndingWeakRe, openerRe } = ctx.rules.unitClauses;
  const segments = sentence.split(/(?<=[，,])/u);
  const last = segments[segments.length - 1];
  // (a sentence whose last clause too ends in a role word is a clause as a whole: `A牵头，B、C，D配合`, `…，E具体落实`)
  if (segments.length < 2 || [leadRe, coRe, dutyEndingRe, dutyEndingWeakRe].some((re) => endsIn(last, re))) return 0;
  // (it opens with 由 or with a name: `由A牵头，…`, `市体育局负责，…`; not with a verb, `建立由A牵头，B参加的…`)
  if (!openerRe.test(segments[0]) && !ctx.rules.units.runTogether.opensRe.test(segments[0])) return 0;
  let kept = 0;
  let pending = 0; // names listed before the role word of their list (`B、C，D、E组成`: the comma parts one list)
  let leads = false;
  for (const piece of segments.slice(0, -1)) {
    const seg = piece.replace(/[，,]$/u, '').replace(openerRe, '');
    // (not prose a subject opens: `各镇（街道）要明确专人负责，…`)
    if (MODAL.test(seg)) break;
    const lead = endsIn(seg, leadRe) || endsIn(seg, dutyEndingRe);
    if (!lead && !endsIn(seg, coRe)) {
      if (!leads || seg.length > MAX_PENDING) break;
      pending += piece.length;
      continue;
    }
    leads ||= lead;
    kept += pending + piece.length;
    pending = 0;
  }
  return leads ? kept - 1 : 0;
}

/**
 * Where the text after an item's short label and its colon starts (`（一）综合协调组：由…`, `安全保卫组：由…`), when the
 * opener follows the colon; 0 when it does not.
 */
function labelEnd(ctx: DocContext, sentence: string): number {
  const marker = matchMarker(sentence, ctx.rules)?.length ?? 0;
  const m = LABEL.exec(sentence.slice(marker));
  return m && ctx.rules.unitClauses.openerRe.test(sentence.slice(marker + m[0].length)) ? marker + m[0].length : 0;
}

/** A short label and its colon. */
const LABEL = /^[^，,。；;：:\s]{2,16}[：:]/u;

/** The longest comma part of names waiting for the role word of its list. */
const MAX_PENDING = 40;

/** A modal verb: what a subject must do, in prose (`各镇要…`, `应…`, `须…`). */
// (not the same characters in a name: `市应急管理局`, `市需求侧管理中心`, `重要`, `要素`)
const MODAL = /(?<![主重纲摘概提])要(?![素求点件闻])|应(?![急用对])|须(?!知)|需(?!求)/u;

/** Whether `s` ends in what `re` matches. */
function endsIn(s: string, re: RegExp): boolean {
  return anchoredAtEnd(re).test(s);
}

/** Where the sentence's last comma clause starts when it opens with the opener (`由`), else `start` (unchanged). */
function lastClauseFrom(text: string, start: number, end: number, openerRe: RegExp): number {
  const comma = Math.max(text.lastIndexOf('，', end - 1), text.lastIndexOf(',', end - 1));
  if (comma < start) return start;
  return openerRe.test(text.slice(comma + 1, end)) ? comma + 1 : start;
}

function bracketGroups(text: string, range: Span, sentenceEnds: ReadonlySet<string>): ClauseText[] {
  const out: ClauseText[] = [];
  let depth = 0;
  let open = -1;
  for (let i = range.start; i < range.end; i++) {
    const ch = text.charCodeAt(i);
    const step = bracketStep(ch);
    if (ch === NEWLINE) {
      depth = 0; // brackets never span paragraphs
      open = -1;
    } else if (step > 0) {
      if (depth === 0) open = i;
      depth++;
    } else if (step < 0 && depth > 0) {
      depth--;
      if (depth === 0 && open >= 0) {
        const closing = closesParagraph(text, i + 1, range.end, sentenceEnds);
        out.push({ text: text.slice(open + 1, i), start: open + 1, outer: { start: open, end: i + 1 }, ...(closing ? { closing } : {}) });
        open = -1;
      }
    }
  }
  return out;
}

/**
 * Bracket-less clauses: in each paragraph inside the range, the first clause key (`责任单位：`) at
 * its start or right after a sentence end (`。`, `；`), up to the end of the paragraph or to the
 * first `。` that another key does not follow (`牵头单位：A。配合单位：B。` is one clause).
 */
function keyedLines(ctx: DocContext, range: Span): ClauseText[] {
  const { text, lines } = ctx;
  const { keyStartRe, keyAtRe } = ctx.rules.unitClauses;
  const out: ClauseText[] = [];
  for (let i = firstStartingFrom(lines, range.start); i < lines.length && lines[i].start < range.end; i++) {
    const l = lines[i];
    if (l.end > range.end) continue;
    const line = text.slice(l.start, l.end);
    const key = firstOutsideBrackets(keyStartRe, line);
    if (!key) continue;
    // the key's start, its `【` when it stands in a tag (the colon or the `】` after it is one character)
    const keyStart = key.index + key[0].length - key.groups!.key.length - 1;
    const tagged = line[keyStart - 1] === '【';
    // (`【牵头单位：A；配合单位：B】` is a bracket with its keys inside: the bracket groups read it)
    if (tagged && line[keyStart + key.groups!.key.length] !== '】') continue;
    const from = tagged ? keyStart - 1 : keyStart;
    const to = from + listEnd(line.slice(from), keyAtRe);
    const body = line.slice(from, to).replace(/[。；;\s]+$/u, '');
    out.push({ text: body, start: l.start + from, outer: { start: l.start + from, end: l.start + from + body.length } });
  }
  return out;
}

/**
 * Where a clause's unit lists end: at the first `。` that another key does not follow
 * (`牵头单位：A。配合单位：B。` is one clause; `责任单位：A、B负责。具体任务…，下同。` ends at the `。`).
 */
function listEnd(clause: string, keyAtRe: RegExp): number {
  for (let stop = clause.indexOf('。'); stop >= 0; stop = clause.indexOf('。', stop + 1)) {
    const rest = clause.slice(stop + 1).trimStart();
    if (rest !== '' && !keyAtRe.test(rest)) return stop;
  }
  return clause.length;
}

/** Whether only sentence ends and spaces stand between `at` and the end of its paragraph. */
function closesParagraph(text: string, at: number, end: number, sentenceEnds: ReadonlySet<string>): boolean {
  for (let i = at; i < end; i++) {
    const ch = text[i];
    if (ch === '\n') return true;
    if (!sentenceEnds.has(ch) && !/\s/u.test(ch)) return false;
  }
  return true;
}

/** The first match of a global regex that no bracket encloses (`（责任单位：A；配合单位：B）` is a bracket group's). */
function firstOutsideBrackets(re: RegExp, line: string): RegExpExecArray | undefined {
  let depth = 0;
  let scanned = 0;
  return allMatches(re, line).find((m) => {
    for (; scanned < m.index; scanned++) depth = Math.max(0, depth + bracketStep(line.charCodeAt(scanned)));
    return depth === 0;
  });
}

/** +1 for an opening bracket of a clause, -1 for a closing one, else 0. */
function bracketStep(ch: number): number {
  return BRACKETS.get(ch) ?? 0;
}
