import type { Span } from '../../core/span.js';
import type { DocContext } from '../context.js';
import { readDateNumber } from '../deadlines/resolve/numerals.js';
import { halfWidthDigits } from '../../core/digits.js';

export interface DocNumber {
  span: Span;
  value: string;
}

/**
 * The document number in the head (`苏创新集群办〔2022〕26号`), before `before` (the notice or
 * plan title): numbers cited later in the text (`（粤发〔2023〕7 号）`) are other documents'.
 * Spaces are removed and the year's brackets written `〔〕`.
 */
export function findDocNumber(ctx: DocContext, before: number): DocNumber | null {
  const rules = ctx.rules.metadata;
  const re = new RegExp(rules.docNumber.source, 'gud');
  const head = ctx.text.slice(0, before);
  for (const m of head.matchAll(re)) {
    const g = m.groups!;
    // A red header run into the number on one line: the prefix starts after 文件.
    let start = m.indices!.groups!.prefix[0];
    const cut = g.prefix.lastIndexOf('文件');
    if (cut !== -1) start += cut + 2;
    const prefix = ctx.text.slice(start, m.indices!.groups!.prefix[1]);
    if (prefix.length === 0) continue;
    return { span: { start, end: m.index + m[0].length }, value: docNumberValue(prefix, g.year, g.num, ctx) };
  }
  return issueNumber(ctx, before);
}

/** A bulletin's or minutes' issue number alone on a line of the head (`〔2026〕第5期`), as written (rules/metadata.yaml `issueNumber`). */
function issueNumber(ctx: DocContext, before: number): DocNumber | null {
  const { issueNumber: re, docNumberBrackets } = ctx.rules.metadata;
  for (const line of ctx.lines) {
    if (line.start >= before) break;
    const m = re.exec(ctx.text.slice(line.start, line.end));
    if (!m?.groups) continue;
    const year = m.groups.year !== undefined ? `${docNumberBrackets.open}${readDateNumber(m.groups.year, ctx.rules.deadlines.numerals) ?? m.groups.year}${docNumberBrackets.close}` : '';
    return { span: { start: line.start, end: line.end }, value: `${year}第${Number(halfWidthDigits(m.groups.num))}期` };
  }
  return null;
}

/** How many of the last lines a number closing the document (`（武政〔2026〕9号）` under the date) may stand in. */
const TAIL_LINES = 4;

/**
 * A document number on a line of its own among the document's last lines, bracketed or not: a plan
 * published with its number under the signing date (`2026年3月12日` / `（武政〔2026〕9号）`).
 */
export function findTailDocNumber(ctx: DocContext): DocNumber | null {
  const rules = ctx.rules.metadata;
  const re = new RegExp(rules.docNumber.source, 'ud');
  const lines = ctx.lines;
  let seen = 0;
  for (let k = lines.length - 1; k >= 0 && seen < TAIL_LINES; k--) {
    const line = ctx.text.slice(lines[k].start, lines[k].end).trim();
    if (line === '') continue;
    seen++;
    const inner = line.replace(/^[（(]/u, '').replace(/[）)]$/u, '');
    const m = re.exec(inner);
    if (!m || m.index !== 0 || m[0].length !== inner.length) continue;
    const start = lines[k].start + ctx.text.slice(lines[k].start, lines[k].end).indexOf(inner);
    return { span: { start, end: start + inner.length }, value: docNumberValue(m.groups!.prefix, m.groups!.year, m.groups!.num, ctx) };
  }
  return null;
}

/**
 * `粤发〔2023〕7号`: the year in the rules' brackets, year and number in Arabic digits (`宁政发〔２０２６〕３１号` →
 * 宁政发〔2026〕31号), the number without leading zeros.
 */
function docNumberValue(prefix: string, year: string, num: string, ctx: DocContext): string {
  const { open, close } = ctx.rules.metadata.docNumberBrackets;
  const y = readDateNumber(year, ctx.rules.deadlines.numerals) ?? year;
  return `${prefix}${open}${y}${close}${Number(halfWidthDigits(num))}号`;
}
