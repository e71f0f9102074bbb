import type { MetadataRules } from '../../ruleset/schemas/metadata.js';
import type { DocContext } from '../context.js';
import type { Lines } from './head.js';
import { compact, hasAny } from './text.js';

/**
 * Issuing bodies from a run of names as written (red header, notice title, signature):
 * `广东省工业和信息化厅 中共广东省委宣传部\n广东省文化和旅游厅…`. Names are separated by
 * spaces, by a line break after a complete name, or where one name's suffix meets the next
 * name's start (`…宣传部广东省…`); a line break inside a name (`…发展领\n导小组`) and a
 * stray space before a continuation (`…领导小组 办公室`) are not separators.
 */
export function splitIssuers(raw: string, rules: MetadataRules): string[] {
  const r = rules.issuers;
  const pieces: string[] = [];
  for (const line of raw.split('\n')) {
    const words = line.trim().split(/[ \t\u00a0\u3000]+/u).filter((w) => w.length > 0);
    words.forEach((w, i) => {
      const prev = pieces[pieces.length - 1];
      const continues = prev !== undefined && (r.continuations.has(w) || (i === 0 && !r.isName.test(prev)));
      if (continues) pieces[pieces.length - 1] = prev + w;
      else pieces.push(w);
    });
  }
  const names: string[] = [];
  for (const piece of pieces) {
    for (const name of piece.split(new RegExp(r.boundary.source, r.boundary.flags))) {
      const c = compact(name);
      for (const n of dualNames(c, rules) ?? [c]) {
        if (n.length >= 3 && n.length <= r.maxLength && r.isName.test(n) && !names.includes(n)) names.push(n);
      }
    }
  }
  return names;
}

/** `福建省烟草专卖局（公司）` → 福建省烟草专卖局 and 福建省烟草公司 (rules/metadata.yaml `issuers.dualName`); null for any other name. */
function dualNames(name: string, rules: MetadataRules): [string, string] | null {
  const { own, other } = rules.issuers.dualName;
  for (const o of other) {
    const tail = `（${o}）`;
    if (!name.endsWith(tail) && !name.endsWith(`(${o})`)) continue;
    const body = name.slice(0, -tail.length);
    const word = own.find((w) => body.endsWith(w));
    if (word) return [body, body.slice(0, -word.length) + o];
  }
  return null;
}

/** `福建省烟草公司` is the other name of `福建省烟草专卖局` (rules/metadata.yaml `issuers.dualName`). */
export function isOtherName(body: string, name: string, rules: MetadataRules): boolean {
  const { own, other } = rules.issuers.dualName;
  return own.some((w) => body.endsWith(w) && other.some((o) => name === body.slice(0, -w.length) + o));
}

/**
 * The signer written above a date line: the date line's own leading text and up to three
 * lines above it without prose punctuation (a name may break across two), then, for a joint
 * signature of many bodies one per line (`工业和信息化部\n国家发展改革委\n…\n国家能源局`), further
 * lines while each holds only whole names, joined.
 */
export function signatureAbove(ctx: DocContext, lines: Lines, dateLine: number, pre: string, stopAt: number): string {
  const rules = ctx.rules.metadata;
  const parts: string[] = [];
  if (pre.trim()) parts.unshift(pre.trim());
  for (let i = dateLine - 1; i >= stopAt; i--) {
    const t = lines.texts[i];
    // (nor a document's or an issue's number above the signing line: `〔2026〕第5期`)
    if (t.length === 0 || t.length > rules.issuers.maxLength * 2 || hasAny(t, rules.prosePunct) || rules.issueNumber.test(t)) break;
    if (dateLine - i > 3 && (dateLine - i > rules.issuers.maxSignatureLines || !onlyNames(t, rules))) break;
    parts.unshift(t);
  }
  return parts.join('\n');
}

function onlyNames(line: string, rules: MetadataRules): boolean {
  const words = line.trim().split(/[ \t\u00a0\u3000]+/u);
  return words.every((w) => w.length >= 3 && w.length <= rules.issuers.maxLength && rules.issuers.isName.test(w));
}
