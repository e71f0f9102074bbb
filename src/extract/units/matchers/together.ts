import type { RuleSet } from '../../../ruleset/registry.js';
import type { ClauseCandidate, ClauseText } from '../types.js';

/** `（A会同有关部门负责）`, `（A会同B、C负责）`: A leads, the others cooperate. */
export function together(clause: ClauseText, rules: RuleSet): ClauseCandidate | null {
  const { togetherRe, dutyEndingRe } = rules.unitClauses;
  const ending = dutyEndingRe.exec(clause.text);
  if (!ending) return null;
  const m = togetherRe.exec(clause.text);
  if (!m || m.index === 0) return null;
  const leftEnd = m.index;
  const rightStart = m.index + m[0].length;
  return {
    ruleId: 'units/together',
    span: clause.outer,
    parts: [
      { span: { start: clause.start, end: clause.start + leftEnd }, role: 'lead' },
      { span: { start: clause.start + rightStart, end: clause.start + ending.index }, role: 'co' },
    ],
  };
}
