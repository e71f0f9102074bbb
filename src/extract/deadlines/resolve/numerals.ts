/**
 * Numbers as written in dates: Arabic (`2025`), full-width (`２０２５`) or Chinese digits,
 * read digit by digit for years (`二〇二五`) or with 十 for months and days (`十二`, `三十一`).
 * The Chinese numeral values come from `rules/deadlines.yaml` (`numerals`). No regexes.
 */
export function readDateNumber(raw: string, numerals: Readonly<Record<string, number>>): number | null {
  const chars = [...raw.trim()];
  if (chars.length === 0) return null;
  const digits: number[] = [];
  for (const c of chars) {
    const code = c.charCodeAt(0);
    if (code >= 0x30 && code <= 0x39) digits.push(code - 0x30);
    else if (code >= 0xff10 && code <= 0xff19) digits.push(code - 0xff10);
    else if (c in numerals) digits.push(numerals[c]);
    else return null;
  }
  const ten = digits.indexOf(10);
  if (ten === -1) return digits.reduce((n, d) => n * 10 + d, 0);
  // 十 (10), 十二 (12), 二十 (20), 三十一 (31)
  if (digits.lastIndexOf(10) !== ten || ten > 1) return null;
  const tens = ten === 0 ? 1 : digits[0];
  const units = digits.slice(ten + 1);
  if (units.length > 1) return null;
  return tens * 10 + (units[0] ?? 0);
}
