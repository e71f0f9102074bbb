import { abbreviates, inOrder } from '../../../core/strings.js';
import type { DocContext } from '../../context.js';
import { kindOf } from './names.js';

/**
 * The short names the plan gives bodies it names in full once (rules/units.yaml `shortName`):
 * `会同广东省人民政府横琴粤澳深度合作区工作办公室（以下简称省政府驻合作区工作办公室）` → 省政府驻合作区工作办公室 is
 * 广东省人民政府横琴粤澳深度合作区工作办公室. Only a short name and a full name that are both unit names count
 * (`（以下简称“双碳”）` names no body). A short name in plain brackets counts when it is made of the full name's
 * characters in order (`审判管理办公室（审管办）`), and so does one a legend gives (`“市发改”指市发展和改革委员会`). The first
 * definition of a short name wins.
 */
export function definedShortNames(ctx: DocContext): ReadonlyMap<string, string> {
  const { re, abbreviatedRe } = ctx.rules.units.shortName;
  const out = new Map<string, string>();
  for (const m of matches(ctx.text, re)) {
    const short = m.groups!.short.trim();
    const full = fullBefore(ctx, m.index);
    if (out.has(short) || full === null || full.length <= short.length) continue;
    // (or, of another kind, its short name made of its characters in order: `江苏省药品监督检验研究院（以下简称“省药检院”）`)
    if ((kindOf(full, ctx.rules) === 'other' || kindOf(short, ctx.rules) === 'other') && !inOrder(short, full)) continue;
    out.set(short, full);
  }
  // (a legend of short names: `“市发改”指市发展和改革委员会`)
  for (const m of matches(ctx.text, ctx.rules.units.shortName.legendRe)) {
    const { short, full } = m.groups!;
    if (!out.has(short) && kindOf(full, ctx.rules) !== 'other') out.set(short, full);
  }
  for (const m of matches(ctx.text, abbreviatedRe)) {
    const short = m.groups!.short;
    const full = fullBefore(ctx, m.index);
    if (out.has(short) || full === null || full.length < short.length + 2 || !abbreviates(short, full)) continue;
    out.set(short, full);
  }
  return out;
}

function matches(text: string, re: RegExp): IterableIterator<RegExpExecArray> {
  re.lastIndex = 0;
  return text.matchAll(re) as IterableIterator<RegExpExecArray>;
}

/** The name that ends right before `at` (rules/units.yaml `shortName.before`), without a word opening it; null if none. */
function fullBefore(ctx: DocContext, at: number): string | null {
  const { beforeRe, openerRe, maxFull } = ctx.rules.units.shortName;
  const before = beforeRe.exec(ctx.text.slice(Math.max(0, at - maxFull), at));
  return before ? before[0].replace(openerRe, '') : null;
}
