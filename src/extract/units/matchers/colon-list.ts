import { allMatches } from '../../../core/scan.js';
import type { RuleSet } from '../../../ruleset/registry.js';
import type { ClauseCandidate, ClauseText, ListPart } from '../types.js';
import { byDuty } from './by-duty.js';
import { leadAndCo } from './lead-and-co.js';
import { together } from './together.js';

/**
 * `（责任单位：A、B，C）`, `牵头单位：A；配合单位：B、C`: the key names the role. A list under a key
 * that names no role of its own (`责任单位`) may still say who leads: `（责任单位：A牵头，B、C配合）`
 * and `（责任单位：A会同B负责）` are read as those clauses are without the key, and the ending of
 * `（责任单位：A、B按职责分工负责）` is not part of B. A 责任单位 list after a 牵头单位 one cooperates.
 */
export function colonList(clause: ClauseText, rules: RuleSet): ClauseCandidate | null {
  const keys = allMatches(rules.unitClauses.colonKeyRe, clause.text);
  if (keys.length === 0 || keys[0].index !== 0) return null;
  let afterLead = false;
  const parts: ListPart[] = keys.flatMap((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < keys.length ? keys[i + 1].index! : clause.text.length;
    const keyRole = rules.unitClauses.colonKeys[m.groups!.key];
    // `牵头单位：A；责任单位：B、C`: units listed after a lead cooperate (SPEC §6)
    const role = keyRole === 'responsible' && afterLead ? 'co' : keyRole;
    afterLead ||= keyRole === 'lead';
    const part: ListPart = { span: { start: clause.start + from, end: clause.start + to }, role };
    const inner = { text: clause.text.slice(from, to), start: part.span.start, outer: clause.outer };
    const listed =
      role !== 'responsible'
        ? (byDuty(inner, rules)?.parts ?? [part]).map((p) => ({ ...p, role }))
        : ((together(inner, rules) ?? leadAndCo(inner, rules) ?? byDuty(inner, rules))?.parts ?? [part]);
    // (`责任处室：…`: the issuer's own offices, rules/unit-clauses.yaml `officeKeys`)
    return rules.unitClauses.officeKeys.has(m.groups!.key) ? listed.map((p) => ({ ...p, offices: true })) : listed;
  });
  return { ruleId: 'units/colon-list', span: clause.outer, parts };
}
