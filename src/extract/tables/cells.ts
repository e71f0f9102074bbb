/**
 * Reading table cells: numbers with comparators (`>65`, `≥90`, `65以上`), ranges (`3-5`),
 * units in brackets (`全市文化产业增加值（亿元）`), and what kind of line a cell is.
 */
import type { RuleSet } from '../../ruleset/registry.js';
import type { Comparator } from '../../schema/output.js';
import { lexicon } from '../targets/lexicon.js';
import { combineComparators } from '../targets/resolve/comparator.js';
import { parseNumber } from '../targets/resolve/number.js';
import { resolveUnit, scaleValue } from '../targets/resolve/unit.js';
import type { TextLine } from './types.js';

export interface CellValue {
  comparator: Comparator;
  rawValue: string;
  rawValueMax: string | null;
  /** A unit written in the cell itself (`3000亿元`, `65%`). */
  rawUnit: string | null;
}

// `[5]`, `〔15〕`: a value in square brackets is the plan period's cumulative total (`注：[ ]内为五年累计数`)
// (a ratio, `1:1.3`, `≥1:0.65`, `15:1`: the term that is not one, as in prose: matchers/ratio.ts)
// (a change the row is to make, `下降5%`, `提高2个百分点`: its amount, as in prose)
const CELL =
  '^(?:[\\[［〔【](?:{sp}))?(?:(?:{tgtChangeBy})(?:{sp}))?(?:(?<cmp>{tgtCmpBefore})(?:{sp}))?(?:[1１](?:{sp})[∶:：](?:{sp}))?(?<num>{tgtArabic}|{tgtCnNumber})(?:(?:{sp}){tgtDash}(?:{sp})(?<max>{tgtArabic}|{tgtCnNumber}))?(?:(?:{sp})[∶:：](?:{sp})[1１](?![0-9０-９.．]))?(?:{sp})(?<unit>{tgtUnit})?(?:{sp})(?<suf>{tgtCmpAfter})?(?:(?:{sp})[\\]］〕】])?$';

/** The value of a cell, or null when it holds no number. */
export function cellValue(cell: string, rules: RuleSet): CellValue | null {
  const m = lexicon(rules).compile(CELL).exec(cell.trim());
  if (!m?.groups) return null;
  const g = m.groups;
  const c = rules.comparators;
  const before = g.cmp !== undefined ? (c.before.of[g.cmp] ?? null) : null;
  const after = g.suf !== undefined ? (c.after.of[g.suf] ?? null) : null;
  return {
    comparator: g.max !== undefined ? 'range' : combineComparators(before, null, after),
    rawValue: g.num,
    rawValueMax: g.max ?? null,
    rawUnit: g.unit ?? null,
  };
}

/** A cell's value as a target's quantity fields, in the unit written (`rawUnit`: the cell's, the column's), scaled. */
export interface CellQuantity {
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  unit: string | null;
  rawValue: string;
  rawUnit: string | null;
  /** The factor from the written unit to the base unit (`万元` → 1e4), for a baseline of the same row. */
  scale: number;
}

export function cellQuantity(cv: CellValue, rawUnit: string | null, rules: RuleSet): CellQuantity | null {
  const v = parseNumber(cv.rawValue, rules.measures.numerals);
  if (v === null) return null;
  const u = rawUnit ? resolveUnit(rawUnit, rules.measures) : { unit: null, scale: 1 };
  const hi = cv.rawValueMax !== null ? parseNumber(cv.rawValueMax, rules.measures.numerals) : null;
  return {
    comparator: cv.comparator,
    value: scaleValue(v, u.scale),
    valueMax: hi !== null ? scaleValue(hi, u.scale) : null,
    unit: u.unit,
    rawValue: cv.rawValue,
    rawUnit,
    scale: u.scale,
  };
}

/**
 * A header cell naming a column of quantities: a name and a known measure in its brackets (`建设长度（公里）`,
 * `合同金额（亿元）`), or null.
 */
export function quantityHeader(cell: string, rules: RuleSet): { metric: string; rawUnit: string } | null {
  const { metric, rawUnit } = splitNameUnit(cell, rules);
  return rawUnit !== null && metric !== '' && resolveUnit(rawUnit, rules.measures).kind !== null ? { metric, rawUnit } : null;
}

export function isNumericCell(cell: string, rules: RuleSet): boolean {
  return cellValue(cell, rules) !== null;
}

/** An indicator name split from the unit in brackets at its end (`（亿元）`). */
export function splitNameUnit(name: string, rules: RuleSet): { metric: string; rawUnit: string | null } {
  const m = rules.tables.unitBracket.exec(name.trim());
  if (!m?.groups?.u || m.index === 0) return { metric: name.trim(), rawUnit: null };
  return { metric: name.trim().slice(0, m.index).trim(), rawUnit: m.groups.u.trim() };
}

const SENTENCE = /[。；;！？!?]/u;
const CLAUSE = /[，,。；;！？!?：:]/u;

/** A line that may be a table cell: short, not a sentence. */
export function isCellLine(line: string, max: number): boolean {
  return line.length > 0 && line.length <= max && !SENTENCE.test(line);
}

/** A short line with no clause punctuation and no digits: a possible header cell. */
export function isHeaderWord(line: string, max: number): boolean {
  return line.length > 0 && line.length <= max && !CLAUSE.test(line) && !/[0-9０-９]/u.test(line);
}

/** True when an outline marker of the rules starts the line (`（三）`, `六、`). */
export function startsWithMarker(line: string, rules: RuleSet): boolean {
  return rules.markers.styles.some((s) => s.re.test(line));
}

export function textLines(text: string, lines: readonly { start: number; end: number }[]): TextLine[] {
  if (lines.length === 0) {
    const out: TextLine[] = [];
    let start = 0;
    for (const part of text.split('\n')) {
      out.push({ span: { start, end: start + part.length }, text: part });
      start += part.length + 1;
    }
    return out.filter((l) => l.text.length > 0);
  }
  const out: TextLine[] = [];
  for (const span of lines) out.push({ span, text: text.slice(span.start, span.end) });
  return out;
}

/** A caption: a short line that names a table (`“十四五”时期文化产业发展主要指标`). */
export function isCaption(line: TextLine | undefined, rules: RuleSet): boolean {
  if (!line) return false;
  const t = line.text.trim();
  return t.length > 0 && t.length <= rules.tables.captionMaxLength && !SENTENCE.test(t) && !t.includes('\t') && rules.tables.caption.test(t);
}
