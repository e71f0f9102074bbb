/**
 * Units named by code (rules/units.yaml `codeLegend`): a plan that lists its units once in a legend table
 * (`代码 | 责任单位 | 代码 | 责任单位` over `2 | 市政务办 | 13 | 连云港海关`) and then names them in its clauses
 * by number (`（责任单位：2、3、14；牵头：2）`). Each code stands for the legend's name, whose span is the unit's.
 */
import type { Span } from '../../../core/span.js';
import type { DocContext } from '../../context.js';

/** The legend's codes and the spans of the names they stand for; empty when the plan has no legend. */
export function unitCodes(ctx: DocContext): ReadonlyMap<string, Span> {
  let codes = cache.get(ctx);
  if (codes === undefined) cache.set(ctx, (codes = readLegend(ctx)));
  return codes;
}

const cache = new WeakMap<DocContext, ReadonlyMap<string, Span>>();

function readLegend(ctx: DocContext): ReadonlyMap<string, Span> {
  const { codeHeaderRe, nameHeaderRe } = ctx.rules.units.codeLegend;
  const out = new Map<string, Span>();
  let pairs = 0; // the legend's (code, name) column pairs, while in its rows
  for (const line of ctx.lines) {
    const cells = cellsOf(ctx.text, line);
    const header = cells.length >= 2 && cells.length % 2 === 0 && cells.every((c, i) => (i % 2 === 0 ? codeHeaderRe : nameHeaderRe).test(ctx.text.slice(c.start, c.end)));
    if (header) {
      pairs = cells.length / 2;
      continue;
    }
    if (pairs === 0) continue;
    // a row: codes and names side by side, as many pairs as the header has (the last may be left empty)
    const rowPairs: [string, Span][] = [];
    for (let i = 0; i + 1 < cells.length; i += 2) {
      const code = ctx.text.slice(cells[i].start, cells[i].end);
      if (!CODE.test(code) || cells[i + 1].end <= cells[i + 1].start) break;
      rowPairs.push([code, cells[i + 1]]);
    }
    if (rowPairs.length === 0 || cells.length > pairs * 2) {
      pairs = 0; // the legend ends at the first line that is not one of its rows
      continue;
    }
    for (const [code, span] of rowPairs) if (!out.has(code)) out.set(code, span);
  }
  return out;
}

/** A code as a legend writes it. */
const CODE = /^[0-9]{1,3}$/u;

/** The tab-separated cells of a line, each trimmed. */
function cellsOf(text: string, line: Span): Span[] {
  const raw = text.slice(line.start, line.end);
  if (!raw.includes('\t')) return [];
  const out: Span[] = [];
  let at = line.start;
  for (const piece of raw.split('\t')) {
    const lead = piece.length - piece.trimStart().length;
    out.push({ start: at + lead, end: at + piece.trimEnd().length });
    at += piece.length + 1;
  }
  return out;
}

/**
 * Whether a clause's text names units by the legend's codes (`责任单位：2、3、14；牵头：2`): every number in it is a code
 * standing alone in its list (after a key's colon or a list's comma, before the next or the end).
 */
export function namesByCode(text: string, codes: ReadonlyMap<string, Span>): boolean {
  if (codes.size === 0) return false;
  const numbers = [...text.matchAll(/[0-9]+/gu)];
  return (
    numbers.length > 0 &&
    numbers.every((m) => codes.has(m[0]) && ALONE_BEFORE.test(text.slice(0, m.index)) && ALONE_AFTER.test(text.slice(m.index + m[0].length)))
  );
}

const ALONE_BEFORE = /(?:^|[：:、，,；;（(\s])$/u;
const ALONE_AFTER = /^(?:$|[、，,；;）)\s])/u;
