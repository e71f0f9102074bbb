import type { DocContext } from '../../context.js';
import { kindOf } from './names.js';

/**
 * The short names the plan gives bodies it names in full once (rules/units.yaml `shortName`):
 * `会同广东省人民政府横琴粤澳深度合作区工作办公室（以下简称省政府驻合作区工作办公室）` → 省政府驻合作区工作办公室 is
 * 广东省人民政府横琴粤澳深度合作区工作办公室. Only a short name and a full name that are both unit names count
 * (`（以下简称“双碳”）` names no body). The first definition of a short name wins.
 */
export function definedShortNames(ctx: DocContext): ReadonlyMap<string, string> {
  const { re, beforeRe, openerRe, maxFull } = ctx.rules.units.shortName;
  const out = new Map<string, string>();
  re.lastIndex = 0;
  for (const m of ctx.text.matchAll(re)) {
    const short = m.groups!.short.trim();
    if (out.has(short)) continue;
    const before = beforeRe.exec(ctx.text.slice(Math.max(0, m.index - maxFull), m.index));
    if (!before) continue;
    const full = before[0].replace(openerRe, '');
    if (full.length <= short.length || kindOf(full, ctx.rules) === 'other' || kindOf(short, ctx.rules) === 'other') continue;
    out.set(short, full);
  }
  return out;
}
