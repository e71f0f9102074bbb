/**
 * Small text helpers shared by the metadata fields. No regexes here: what a field looks
 * like is in `rules/metadata.yaml`; these only tidy what was found.
 */

function isAsciiAlnum(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0' || c === '\u3000';
}

/**
 * A title or name as one clean string: line breaks and conversion spaces removed (a space is
 * kept only between two ASCII letters or digits: `Action Plan`), brackets made full-width.
 */
export function compact(s: string): string {
  const chars = [...s];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (isSpace(c)) {
      let j = i;
      while (j < chars.length && isSpace(chars[j])) j++;
      if (isAsciiAlnum(out[out.length - 1]) && isAsciiAlnum(chars[j])) out += ' ';
      i = j - 1;
      continue;
    }
    out += c === '(' ? '（' : c === ')' ? '）' : c;
  }
  return out;
}

/** `compact` and without the book-title marks around a cited title (`《X》` → `X`). */
export function titleKey(s: string): string {
  const c = compact(s);
  // a title quoted inside another writes its own inner titles with 〈〉 (`《2025年〈政府工作报告〉…方案》`)
  return (c.startsWith('《') && c.endsWith('》') ? c.slice(1, -1) : c).replace(/〈/gu, '《').replace(/〉/gu, '》');
}

/** True when the string holds any of the characters. */
export function hasAny(s: string, chars: ReadonlySet<string>): boolean {
  for (const c of s) if (chars.has(c)) return true;
  return false;
}

/** Inside an open 《 on the same line before `offset` (a cited title)? */
export function insideCitation(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  let depth = 0;
  for (let i = lineStart; i < offset; i++) {
    if (text[i] === '《') depth++;
    else if (text[i] === '》' && depth > 0) depth--;
  }
  return depth > 0;
}

/** The longest line that only announces an attachment (`附件`, `附件2：重点任务分工表`). */
const MAX_ATTACHMENT_LINE = 40;
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['。', '；', ';']);

/**
 * A line that only announces an attachment: short, no sentence in it, and opening as
 * rules/metadata.yaml `notice.attachment` says (`附件`, `附件2：…清单`).
 */
export function isAttachmentLine(line: string, attachment: RegExp): boolean {
  return line.length <= MAX_ATTACHMENT_LINE && !hasAny(line, SENTENCE_ENDS) && attachment.test(line);
}
