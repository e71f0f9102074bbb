import type { RuleSet } from '../../../ruleset/registry.js';
import type { ClauseCandidate, ClauseText } from '../types.js';

/** `（A、B、C按职责分工负责）`, `（A，B、C按照职责分工负责）`, `（A负责）`: every unit is responsible. */
export function byDuty(clause: ClauseText, rules: RuleSet): ClauseCandidate | null {
  const m = rules.unitClauses.dutyEndingRe.exec(clause.text);
  if (!m || m.index === 0) return null;
  return {
    ruleId: 'units/by-duty',
    span: clause.outer,
    parts: [{ span: { start: clause.start, end: clause.start + m.index }, role: 'responsible' }],
  };
}
