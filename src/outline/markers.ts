import type { RuleSet } from '../ruleset/registry.js';
import { halfWidthDigits } from '../core/digits.js';

/** A numbered-item marker found at the start of a paragraph. */
export interface MarkerHit {
  /** Style id from rules/markers.yaml (`cn`, `cn-paren`, `arabic`, …). */
  style: string;
  /** The marker as written, without surrounding space (`一、`, `（1）`, `——`). */
  marker: string;
  /** Length of the marker plus the space after it, from the paragraph start. */
  length: number;
  ordinal: number | null;
}

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** The one-character numerals in brackets and with a full stop (`⑴`…`⒇`, `⒈`…`⒛`). */
const ENCLOSED = ['⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇', '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛'];

/** Chinese numeral up to the thousands (`十一` → 11, `二十` → 20, `一百零五` → 105). */
export function cnToInt(s: string): number | null {
  if (s === '') return null;
  let total = 0;
  let digit = 0;
  let seen = false;
  for (const ch of s) {
    if (ch in CN_DIGITS) {
      digit = CN_DIGITS[ch];
      seen = true;
    } else if (ch === '十' || ch === '百' || ch === '千') {
      const mult = ch === '十' ? 10 : ch === '百' ? 100 : 1000;
      total += (seen || ch !== '十' ? digit : 1) * mult;
      digit = 0;
      seen = false;
    } else return null;
  }
  return total + digit;
}

function readOrdinal(n: string | undefined, numeral: string): number | null {
  if (n === undefined) return null;
  if (numeral === 'circled') return CIRCLED.indexOf(n) + 1 || null;
  // (a numeral in one character, `⑴`…`⒇` and `⒈`…`⒛`: its place in its run)
  if (numeral === 'enclosed') return ENCLOSED.map((run) => run.indexOf(n) + 1).find((k) => k > 0) ?? null;
  if (numeral === 'latin') return /^[A-Z]$/u.test(n) ? n.charCodeAt(0) - 64 : null;
  if (/^[0-9]+$/.test(n)) return Number(n);
  // (digits written full width, as some agencies' Word files have them: `１．`, `（１２）`)
  if (/^[０-９]+$/u.test(n)) return Number(halfWidthDigits(n));
  return cnToInt(n);
}

/** The marker at the start of `para`, or null. Styles are tried in rule order. */
export function matchMarker(para: string, rules: RuleSet): MarkerHit | null {
  for (const style of rules.markers.styles) {
    const m = style.re.exec(para);
    if (!m) continue;
    const length = m[0].length;
    // A marker must lead something: `一、` alone on a line is not an item.
    if (length >= para.length) continue;
    return {
      style: style.id,
      marker: m[0].trim(),
      length,
      ordinal: readOrdinal(m.groups?.n, style.numeral),
    };
  }
  return null;
}
