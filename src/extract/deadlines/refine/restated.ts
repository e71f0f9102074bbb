import type { ResolvedCandidate } from '../types.js';

/**
 * A due-date field that restates a date the range's text already gives (`2024年6月底前实现…` and
 * then `完成时限：2024年6月`) is the same deadline: the field's reading is dropped. Pure.
 */
export function dropRestated(cands: readonly ResolvedCandidate[], fieldRule: string): ResolvedCandidate[] {
  const said = new Set(cands.filter((c) => c.ruleId !== fieldRule).map((c) => `${c.value.kind}:${c.value.date}`));
  return cands.filter((c) => c.ruleId !== fieldRule || !said.has(`${c.value.kind}:${c.value.date}`));
}
