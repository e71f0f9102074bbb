import { allMatches } from '../../../core/scan.js';
import type { RuleSet } from '../../../ruleset/registry.js';
import type { ClauseCandidate, ClauseText, ListPart } from '../types.js';
import { leadAndCo } from './lead-and-co.js';
import { byDuty } from './by-duty.js';
import { together } from './together.js';

/**
 * `（责任单位：A、B，C）`, `牵头单位：A；配合单位：B、C`: the key names the role. A list under a key
 * that names no role of its own (`责任单位`) may still say who leads: `（责任单位：A牵头，B、C配合）`
 * and `（责任单位：A会同B负责）` are read as those clauses are without the key, and the ending of
 * `（责任单位：A、B按职责分工负责）` is not part of B.
 */
export function colonList(clause: ClauseText, rules: RuleSet): ClauseCandidate | null {
  const keys = allMatches(rules.unitClauses.colonKeyRe, clause.text);
  if (keys.length === 0 || keys[0].index !== 0) return null;
  const parts: ListPart[] = keys.flatMap((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < keys.length ? keys[i + 1].index! : clause.text.length;
    const part: ListPart = { span: { start: clause.start + from, end: clause.start + to }, role: rules.unitClauses.colonKeys[m.groups!.key] };
    if (part.role !== 'responsible') return [part];
    const inner = { text: clause.text.slice(from, to), start: part.span.start, outer: clause.outer };
    return (together(inner, rules) ?? leadAndCo(inner, rules) ?? byDuty(inner, rules))?.parts ?? [part];
  });
  return { ruleId: 'units/colon-list', span: clause.outer, parts };
}
