import type { Span } from '../../core/span.js';
import type { DocContext } from '../context.js';
import { readDateNumber } from '../deadlines/resolve/numerals.js';
import { validDate } from '../deadlines/resolve/date.js';
import { lineAt, type Lines } from './head.js';

export interface DateLine {
  span: Span;
  iso: string;
  /** `…印发`: the printing date of the issuing office, whose name above is not a signer. */
  printed: boolean;
  /** Text before the date on its line (a signer run into the date). */
  pre: string;
  line: number;
}

/** Date lines (`2022年12月30日`, `2024 年 1 月 18 日印发`) between two offsets, in text order. */
export function findDateLines(ctx: DocContext, lines: Lines, from: number, to: number): DateLine[] {
  const rules = ctx.rules.metadata;
  const numerals = ctx.rules.deadlines.numerals;
  const re = new RegExp(rules.dateLine.source, 'gud');
  const slice = ctx.text.slice(from, to);
  const out: DateLine[] = [];
  for (const m of slice.matchAll(re)) {
    const g = m.groups!;
    const y = readDateNumber(g.y, numerals);
    const mo = readDateNumber(g.m, numerals);
    const d = readDateNumber(g.d, numerals);
    const iso = y !== null && mo !== null && d !== null ? validDate(y, mo, d) : null;
    if (iso === null) continue;
    const start = from + m.indices!.groups!.y[0];
    out.push({
      span: { start, end: from + m.index + m[0].length },
      iso,
      printed: Boolean(g.printed),
      pre: g.pre,
      line: lineAt(lines, start),
    });
  }
  return out;
}

/** A web page's `日期：2022-06-06 09:25` in the head, by label preference; null when none. */
export function findWebDate(ctx: DocContext, headEndOffset: number): string | null {
  const head = ctx.text.slice(0, headEndOffset);
  for (const re of ctx.rules.metadata.webDates) {
    const m = re.exec(head);
    if (!m) continue;
    const iso = validDate(Number(m.groups!.y), Number(m.groups!.m), Number(m.groups!.d));
    if (iso) return iso;
  }
  return null;
}
