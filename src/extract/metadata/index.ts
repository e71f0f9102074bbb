/**
 * Document metadata (SPEC §3): title, docType, issuers, docNumber, issueDate, region,
 * period, draft; plus where a wrapping notice ends and the plan proper starts.
 *
 * Order, each step using only what the earlier ones found:
 *  1. lines and the head (everything before the plan's first outline item);
 *  2. red header and document number: landmarks after which a notice title's issuers start;
 *  3. the wrapping notice's title (`…关于印发《X》的通知`), if any;
 *  4. the plan's own title: the block after the notice that reads X, else a title-shaped
 *     block at the top; X itself when the plan repeats no title; null when there is none;
 *  5. where the notice ends and the plan starts;
 *  6. the fields: issue date (signature, else 印发 line, else a web page's date line),
 *     issuers (red header, else notice title, else the title's own `A关于…`, else the
 *     signer), docType, region (the title's, qualified by its city where an issuer names it:
 *     `新北区…` issued by `常州市新北区人民政府办公室` → 常州市新北区), period (title, headings,
 *     else issue year to the text's first horizon), draft.
 */
import type { Span } from '../../core/span.js';
import { abbreviates } from '../../core/strings.js';
import type { Metadata } from '../../schema/output.js';
import type { DocContext, DocInfo } from '../context.js';
import { findDocNumber, findTailDocNumber } from './doc-number.js';
import { readLines, type Lines } from './head.js';
import { findDateLines, findWebDate, type DateLine } from './issue-date.js';
import { signatureAbove, splitIssuers } from './issuers.js';
import { findNoticeTitle, type NoticeTitle } from './notice.js';
import { periodInText, periodInTitle, periodOfTimeFrame, periodToHorizon, type Period } from './period.js';
import { findRedHeader } from './red-header.js';
import { qualifiedRegion, regionInText, regionPrefix, townWithSuperior, verticalRegion } from './region.js';
import { compact, hasAny, isAttachmentLine, titleKey } from './text.js';
import { findTitleBlock, stripDraft, titleType, type TitleBlock } from './title.js';

export function extractMetadata(ctx: DocContext): DocInfo {
  const rules = ctx.rules.metadata;
  const lines = readLines(ctx);
  const headEndOffset = lines.headEnd < lines.spans.length ? lines.spans[lines.headEnd].start : ctx.text.length;

  // 2. landmarks
  const header = findRedHeader(ctx, headEndOffset);
  const docNumber = findDocNumber(ctx, firstSentenceEnd(ctx, lines, headEndOffset));
  const landmark = Math.max(header?.span.end ?? 0, docNumber?.span.end ?? 0);

  // 3. the wrapping notice
  const notice = findNoticeTitle(ctx, lines, landmark);

  // 4–5. the plan's title, the notice's end, the body's start
  let block: TitleBlock | null = null;
  let noticeSpan: Span | null = null;
  let bodyStart = 0;
  let title: string | null = null;
  let titleDraft = false;
  if (notice) {
    const after = lineIndexAfter(lines, notice.span.end);
    block =
      findTitleBlock(ctx, lines, after, lines.headEnd, notice.plan) ??
      findTitleBlock(ctx, lines, lastNoticeLine(ctx, lines, after) + 1, lines.headEnd, null);
    const stripped = stripDraft(titleKey(notice.plan), rules);
    title = block?.title ?? stripped.text;
    titleDraft = stripped.draft || (block?.draft ?? false);
    const lastLine = block ? block.first - 1 : lastNoticeLine(ctx, lines, after);
    bodyStart = block ? block.span.start : lineStartAfter(lines, lastLine, ctx.text.length);
    // The notice is everything before the plan: red header, number, title, body, signature.
    const noticeEnd = lastLine >= 0 ? lines.spans[lastLine].end : notice.span.end;
    noticeSpan = { start: lines.spans[0]?.start ?? 0, end: Math.max(noticeEnd, notice.span.end) };
  } else {
    const landmarks = [header?.span, docNumber?.span].filter((x): x is Span => x !== undefined);
    block = findTitleBlock(ctx, lines, 0, lines.headEnd, null, landmarks);
    if (block) {
      title = block.title;
      titleDraft = block.draft;
      bodyStart = block.span.start;
    }
  }

  // 6. fields
  const dates = findDateLines(ctx, lines, 0, ctx.text.length);
  const issueLine = chooseIssueDate(dates, lines, rules, notice, noticeSpan, block);
  const issueDate = issueLine?.iso ?? findWebDate(ctx, headEndOffset);

  // a body that signs with its usual short name (`国家发展改革委`, `住房城乡建设部办公厅`) is given its full name (SPEC §3)
  const issuers = chooseIssuers(ctx, lines, header?.names ?? null, notice, title, issueLine, block).map((n) => fullIssuerName(n, ctx));

  const docType = title !== null ? titleType(stripDraft(compact(title), rules).text, rules) : selfType(ctx);

  // A national body (`国务院办公厅`) names no place: its plan is the whole country's; only a text with
  // no issuer at all is searched for the place it keeps naming.
  // (a national administration's body serving a region names it after the administration: `国家税务总局江苏省税务局`)
  const issuerRegions = issuers
    .map((n) => verticalRegion(n, rules) ?? regionPrefix(n, rules))
    .filter((r): r is string => r !== null);
  const titled = title !== null ? regionPrefix(title, rules) : null;
  // (an area named like a prefecture, `成渝地区…`, is the region only when an issuer names it)
  const loose = titled !== null && rules.region.looseLevels.some((l) => titled.endsWith(l)) && issuerRegions.length > 0;
  const titleRegion = loose && !issuerRegions.some((r) => r.startsWith(titled.slice(0, 2))) ? null : titled;
  const named = (titleRegion !== null ? qualifiedRegion(titleRegion, issuerRegions, rules) : null) ?? issuerRegions[0] ?? null;
  // a title opening with a campaign named after the place (`健康郑州行动…` by 郑州市人民政府办公室): the issuer's region
  const campaign = named !== null && titleRegion === named ? issuerRegions.find((r) => r !== named && named.includes(r.slice(0, -1)) && !named.startsWith(r)) : undefined;
  // a plan that national bodies alone issue (`国务院办公厅`, `商务部 工业和信息化部…`) is the whole country's (`全国`)
  const national = issuers.length > 0 && issuers.every((n) => rules.region.national.test(n));
  const region =
    named !== null
      ? townWithSuperior(campaign ?? named, ctx.text, rules)
      : national
        ? rules.region.nationalName
        : issuers.length === 0
          ? regionInText(ctx.text, rules)
          : null;

  const issueYear = issueDate !== null ? Number(issueDate.slice(0, 4)) : null;
  const period: Period | null =
    (title !== null ? periodInTitle(title, ctx.rules) : null) ??
    periodInText(ctx.text, lines, ctx.rules, false) ??
    (title === null ? periodInText(ctx.text, lines, ctx.rules, true) : null) ??
    // a campaign's own stated time (`二、攻坚时间` / `二〇二六年九月一日至十二月十日`) before a horizon one of its tasks sets
    periodOfTimeFrame(ctx) ??
    periodToHorizon(ctx, bodyStart, issueYear) ??
    // (a meeting's minutes that name no time of their own are the work of the year they are issued in)
    (issueYear !== null && docType !== null && rules.period.issueYearTypes.includes(docType) ? { start: issueYear, end: issueYear } : null);

  const draft = titleDraft || (notice?.consultation ?? false);

  const metadata: Metadata = {
    title,
    docType,
    issuers,
    docNumber: (docNumber ?? findTailDocNumber(ctx))?.value ?? null,
    issueDate,
    region,
    period,
    draft,
  };
  return { metadata, notice: noticeSpan, bodyStart, referenceYear: issueYear ?? period?.start ?? null };
}

/** The end of the head's first line holding a sentence (a document number comes before any). */
function firstSentenceEnd(ctx: DocContext, lines: Lines, headEndOffset: number): number {
  for (let i = 0; i < lines.headEnd; i++) if (hasAny(lines.texts[i], ctx.rules.metadata.sentenceEnd)) return lines.spans[i].end;
  return headEndOffset;
}

function lineIndexAfter(lines: Lines, offset: number): number {
  for (let i = 0; i < lines.spans.length; i++) if (lines.spans[i].start >= offset) return i;
  return lines.spans.length;
}

function lineStartAfter(lines: Lines, line: number, fallback: number): number {
  return line + 1 < lines.spans.length ? lines.spans[line + 1].start : fallback;
}

/**
 * The last line of the notice when the plan repeats no title: from the notice title on,
 * lines that are the addressee, notice body (`印发给你们`, `征求意见`…), an attachment
 * line, a date or a signer; the plan starts at the first line that is none of these.
 */
function lastNoticeLine(ctx: DocContext, lines: Lines, from: number): number {
  const rules = ctx.rules.metadata;
  let last = from - 1;
  for (let i = from; i < lines.headEnd; i++) {
    const t = lines.texts[i];
    const isNotice =
      rules.notice.addressee.test(t) ||
      rules.notice.attachment.test(t) ||
      rules.notice.bodyCues.some((c) => t.includes(c)) ||
      rules.webDates.some((re) => re.test(t)) ||
      new RegExp(rules.dateLine.source, 'u').test(t) ||
      (t.length <= rules.issuers.maxLength && !hasAny(t, rules.prosePunct) && rules.issuers.isName.test(compact(t)));
    if (!isNotice) break;
    last = i;
  }
  return last;
}

/**
 * The signing date: the notice's own date line; else a date line right under the title;
 * else the last signing date at the end of the text, else its 印发 line.
 */
function chooseIssueDate(
  dates: readonly DateLine[],
  lines: Lines,
  rules: DocContext['rules']['metadata'],
  notice: NoticeTitle | null,
  noticeSpan: Span | null,
  block: TitleBlock | null,
): DateLine | null {
  if (notice && noticeSpan) {
    const inNotice = dates.find((d) => d.span.start >= notice.span.end && d.span.end <= noticeSpan.end);
    if (inNotice) return inNotice;
  }
  if (block) {
    const under = dates.find((d) => d.line > block.last && d.line <= block.last + 2);
    if (under) return under;
  }
  // the end of the plan: its last line, else the last attachment line with a date line above it (the
  // signature before `附件` and a long task table; `附件：…` listed above the signature is read past)
  // (a signing date before an attachment wins over a 印发 line alone in the 版记 at the very end)
  const ends = [...attachmentLines(lines, rules, Math.max(lines.headEnd, block ? block.last + 1 : 0)), lines.spans.length];
  for (const signedOnly of [true, false]) {
    for (let i = ends.length - 1; i >= 0; i--) {
      const found = lastDateBefore(dates, ends[i], signedOnly);
      if (found) return found;
    }
  }
  return null;
}

/** The last signing date in the lines before `end`, else (unless `signedOnly`) the last 印发 line (the 版记 after the signature). */
function lastDateBefore(dates: readonly DateLine[], end: number, signedOnly: boolean): DateLine | null {
  const tail = dates.filter((d) => d.line >= end - TAIL_LINES && d.line < end);
  const signed = tail.filter((d) => !d.printed);
  return signed[signed.length - 1] ?? (signedOnly ? null : (tail[tail.length - 1] ?? null));
}

/** How many lines before the end of the plan its signature date may stand. */
const TAIL_LINES = 12;

/** The lines from `from` on that only announce an attachment (`附件`, `附件2：…清单`). */
function attachmentLines(lines: Lines, rules: DocContext['rules']['metadata'], from: number): number[] {
  const out: number[] = [];
  for (let i = from; i < lines.texts.length; i++) if (isAttachmentLine(lines.texts[i], rules.notice.attachment)) out.push(i);
  return out;
}

function chooseIssuers(
  ctx: DocContext,
  lines: Lines,
  headerNames: string | null,
  notice: NoticeTitle | null,
  title: string | null,
  issueLine: DateLine | null,
  block: TitleBlock | null,
): string[] {
  const rules = ctx.rules.metadata;
  if (headerNames) {
    const names = splitIssuers(headerNames, rules);
    if (names.length) return names;
  }
  const signed = (): string[] => {
    if (!issueLine || issueLine.printed) return [];
    const stopAt = notice ? lineIndexAfter(lines, notice.span.end) : block ? block.last + 1 : 0;
    return splitIssuers(signatureAbove(ctx, lines, issueLine.line, issueLine.pre, stopAt), rules);
  };
  // a title that names the first bodies only (`工业和信息化部 国家发展改革委 国家能源局等七部门关于…`)
  // gives way to a signature that names more
  const fromTitle = (text: string): string[] => {
    const names = splitIssuers(text, rules);
    if (!rules.issuers.abridged.test(text)) return names;
    const all = signed();
    return all.length > names.length ? all : names;
  };
  if (notice?.issuersText) {
    const names = fromTitle(notice.issuersText);
    if (names.length) return spelledOut(names, signed());
  }
  if (!notice && title !== null) {
    const about = title.indexOf('关于');
    if (about > 0) {
      const names = fromTitle(title.slice(0, about));
      if (names.length) return names;
    }
  }
  return signed();
}

/**
 * A notice title's bodies in the short names the signature writes out (`绍兴市人大常委会` signed
 * `绍兴市人民代表大会常务委员会`): the signature's, when it names as many bodies and each holds the
 * title's name, character by character, from its first (or is that name).
 */
function spelledOut(names: string[], signed: string[]): string[] {
  if (signed.length !== names.length) return names;
  // (a body the title names in full already is signed the same: `无锡高新区管委会 无锡市新吴区人民政府`)
  return names.every((n, i) => signed[i] === n || (signed[i].length > n.length && abbreviates(n, signed[i]))) ? signed : names;
}

/** The document type the text gives itself (`编制本规划`, `特制定本行动方案`) when it has no title. */
function selfType(ctx: DocContext): string | null {
  const m = ctx.rules.metadata.selfReference.exec(ctx.text);
  return m ? m.groups!.type : null;
}

/** An issuer's full name: its short name spelt out (`国家发展改革委`), before its general office too (`住房城乡建设部办公厅`). */
function fullIssuerName(name: string, ctx: DocContext): string {
  const fullNames = ctx.rules.abbreviations.general.canonical;
  const whole = fullNames[name];
  if (whole) return whole;
  const office = ctx.rules.metadata.issuers.office.exec(name);
  const body = office ? fullNames[name.slice(0, office.index)] : undefined;
  return body && office ? body + office[0] : name;
}
