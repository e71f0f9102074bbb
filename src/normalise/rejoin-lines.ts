import type { RuleSet } from '../ruleset/registry.js';
import { matchMarker } from '../outline/markers.js';
import { join, lineText, type Line } from './offset-map.js';
import { isSpacedRow } from './spaced-cells.js';

/**
 * Drop blank lines and rejoin lines broken inside a sentence (PDF page breaks,
 * hard wraps): `实现营\n\n业收入` → `实现营业收入`. A line is joined to the next
 * when it does not end a sentence, is long enough to be prose, is not a heading
 * (a marker-led line without a sentence end), a table row (tabs, or cells set apart by spaces), a web page's record line
 * (`索引号：… 发布日期：…`), a colophon line (`联系人：…`) or an attachment line (`附件：…`), and the next line does not open a new
 * item nor is a signature's date; a line that leaves a bracket open (`（牵头单位：A；`) is joined to the next whatever
 * ends it.
 */
export function rejoinLines(lines: Line[], rules: RuleSet): Line[] {
  const { sentenceEnd, minJoinLength } = rules.normalise;
  const out: Line[] = [];
  let pending: Line | null = null;
  let pendingText = '';
  let blank = false; // a blank line since the pending one
  for (const line of lines) {
    const text = lineText(line);
    if (text.trim() === '') {
      blank = true;
      continue;
    }
    // (a unit clause line, `牵头处室：办公室；…；责任单位：各市信访局`, closes its paragraph when a blank line follows it,
    // unless it ends inside its list)
    const closedClause = blank && pending !== null && opensUnitClause(pendingText) && !LIST_OPEN.test(pendingText);
    blank = false;
    if (pending && !closedClause && canJoin(pendingText, text)) {
      pending = join(pending, line);
      pendingText += text;
      continue;
    }
    if (pending) out.push(pending);
    pending = line;
    pendingText = text;
  }
  if (pending) out.push(pending);
  return out;

  function canJoin(prev: string, next: string): boolean {
    if (prev.includes('\t') || next.includes('\t') || isSpacedRow(prev) || isSpacedRow(next)) return false;
    const last = prev[prev.length - 1];
    // a bracket left open runs on (`（牵头单位：县农业农村局；` / `配合单位：…）`), whatever closed the line
    if (openBracket(prev) && last !== '。' && !matchMarker(next, rules) && hasCodePoints(prev, minJoinLength)) return true;
    if (sentenceEnd.has(last)) return false;
    if (!hasCodePoints(prev, minJoinLength)) return false;
    // a line without any clause punctuation is a title, header or name line, not broken prose
    if (!someChar(prev, rules.normalise.proseMarks)) return false;
    if (isHeading(prev)) return false;
    if (isFieldsLine(prev)) return false;
    // the colophon after the body (`联系人：…，电话：024-…`, `抄送：…`) runs into nothing: the signature may follow
    if (rules.markers.endOfBodyRe.test(prev)) return false;
    // the colophon: an attachment line (`附件：…清单`) and the signature's date stand alone
    if (rules.metadata.notice.attachment.test(prev) && /^附件/u.test(prev)) return false;
    if (rules.markers.signatureDateRe.test(next.trim())) return false;
    if (matchMarker(next, rules) && !rules.normalise.runsOnEndRe.test(prev)) return false;
    if (opensUnitClause(next)) return false;
    // a unit clause line closing on a unit's name, before a whole sentence of prose, closes its paragraph (a DOCX or
    // PDF paragraph, where no blank line tells: `…；责任单位：各市信访局` / `各市信访局…要切实…，确保各项任务落地见效。`)
    if (opensUnitClause(prev) && rules.normalise.clauseLineEndRe.test(prev) && next.trim().length >= 30 && /[。！？]$/u.test(next.trim())) return false;
    if (rules.normalise.fieldLineRe.test(next)) return false;
    return true;
  }

  /** The line leaves a round bracket open (`（牵头单位：A；`), one that closes within a few lines. */
  function openBracket(text: string): boolean {
    const open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
    if (open < 0) return false;
    const close = Math.max(text.lastIndexOf('）'), text.lastIndexOf(')'));
    return open > close && text.length - open <= 60;
  }

  function opensUnitClause(text: string): boolean {
    const body = text.replace(/^[（(]/u, '');
    return Object.keys(rules.unitClauses.colonKeys).some((k) => body.startsWith(k));
  }

  function isHeading(text: string): boolean {
    const hit = matchMarker(text, rules);
    if (!hit) return false;
    const rest = text.slice(hit.length);
    for (const c of rules.markers.heading.sentenceEnd) if (rest.includes(c)) return false;
    return true;
  }
}

const LIST_OPEN = /[、，,；;：:]\s*$/u;

/** `索引号：… 发布机构：… 发布日期：2024-03-08`: two or more `key：value` fields set apart by spaces (a web page's record line). */
function isFieldsLine(text: string): boolean {
  let n = 0;
  for (const _ of text.matchAll(FIELD)) if (++n >= 2) return true;
  return false;
}

const FIELD = /(?:^|[\s\u3000])[\u4e00-\u9fff]{2,6}[：:]/gu;

/** Whether `text` has at least `n` code points (without spreading it: the joined text grows line by line). */
function hasCodePoints(text: string, n: number): boolean {
  if (text.length >= 2 * n) return true; // a code point is one or two code units
  let count = 0;
  for (const _ of text) if (++count >= n) return true;
  return false;
}

/** Whether any code point of `text` is in `chars`. */
function someChar(text: string, chars: ReadonlySet<string>): boolean {
  for (const c of text) if (chars.has(c)) return true;
  return false;
}
