import { allMatches } from '../../../core/scan.js';
import type { RuleSet } from '../../../ruleset/registry.js';
import type { ClauseCandidate, ClauseText, ListPart } from '../types.js';

/** `（责任单位：A、B，C）`, `牵头单位：A；配合单位：B、C`: the key names the role. */
export function colonList(clause: ClauseText, rules: RuleSet): ClauseCandidate | null {
  const keys = allMatches(rules.unitClauses.colonKeyRe, clause.text);
  if (keys.length === 0 || keys[0].index !== 0) return null;
  const parts: ListPart[] = keys.map((m, i) => {
    const from = m.index! + m[0].length;
    const to = i + 1 < keys.length ? keys[i + 1].index! : clause.text.length;
    return {
      span: { start: clause.start + from, end: clause.start + to },
      role: rules.unitClauses.colonKeys[m.groups!.key],
    };
  });
  return { ruleId: 'units/colon-list', span: clause.outer, parts };
}
