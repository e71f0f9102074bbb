/**
 * Written numbers → values. Arabic with PDF spaces and full-width digits (`6 200`, `１５`,
 * `1,000`, `5728.02`) and Chinese numerals (`两千` 2000, `三十` 30, `一万` 10000, `千` 1000,
 * `一百二十` 120, `二〇三五` 2035). No regexes: the numeral table comes from rules/measures.yaml.
 */
export interface Numerals {
  readonly digits: Readonly<Record<string, number>>;
  readonly units: Readonly<Record<string, number>>;
  readonly sections: Readonly<Record<string, number>>;
}

const SPACES = new Set([' ', '\t', '\u00a0', '\u3000']);

function toAscii(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(c - 0xff10 + 48);
  if (ch === '．') return '.';
  return ch;
}

/** The value of a written number, or null when it is not one. */
export function parseNumber(raw: string, numerals: Numerals): number | null {
  const chars = [...raw].filter((ch) => !SPACES.has(ch) && ch !== ',').map(toAscii);
  if (chars.length === 0) return null;
  if (chars.every((ch) => (ch >= '0' && ch <= '9') || ch === '.')) {
    const s = chars.join('');
    if (s.split('.').length > 2 || s.startsWith('.') || s.endsWith('.')) return null;
    return Number(s);
  }
  return parseChinese(chars, numerals);
}

function parseChinese(chars: string[], n: Numerals): number | null {
  // (a decimal point in words: `二点五` → 2.5, its digits read one by one)
  const point = chars.indexOf(DECIMAL_POINT);
  if (point > 0) {
    const whole = parseChinese(chars.slice(0, point), n);
    const fraction = chars.slice(point + 1);
    if (whole === null || fraction.length === 0 || !fraction.every((ch) => ch in n.digits)) return null;
    return Number(`${whole}.${fraction.map((ch) => n.digits[ch]).join('')}`);
  }
  if (!chars.every((ch) => ch in n.digits || ch in n.units || ch in n.sections)) return null;
  // digits only (二〇三五): read positionally
  if (chars.every((ch) => ch in n.digits)) return Number(chars.map((ch) => n.digits[ch]).join(''));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastFactor = 0;
  for (const ch of chars) {
    if (ch in n.digits) {
      digit = n.digits[ch];
    } else if (ch in n.units) {
      section += (digit ?? 1) * n.units[ch];
      digit = null;
    } else {
      const factor = n.sections[ch];
      const group = section + (digit ?? 0);
      if (factor > lastFactor && total > 0) total = (total + group) * factor; // 一万亿, 一万五千亿
      else total += (group === 0 ? 1 : group) * factor; // 三亿五千万, a bare 万 is 一万
      lastFactor = factor;
      section = 0;
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

const DECIMAL_POINT = '点';
