import type { RuleSet } from '../../../ruleset/registry.js';
import type { ClauseCandidate, ClauseText } from '../types.js';

/**
 * `…完成关键信息基础设施安全评估。（省委网信办，省公安厅）`: a bracket closing the task's paragraph
 * that holds only unit names, with neither key nor duty words. Every unit is responsible. Tried
 * after every other form, and only for such closing brackets or for the names heading a duty paragraph
 * (`（一）市交通运输局：负责…`); the caller keeps it only when every name looks like a unit (`namesOnly`).
 * A closing bracket whose names end on a word that cooperates (`（市财政局、市人社局配合）`, under a heading that names
 * the task's lead) names units that cooperate.
 */
export function plainList(clause: ClauseText, rules: RuleSet): ClauseCandidate | null {
  if (!(clause.closing || clause.heading) || clause.text.trim() === '') return null;
  const co = clause.closing ? rules.unitClauses.coWords.find((w) => !w.endsWith('负责') && clause.text.endsWith(w) && clause.text.length > w.length) : undefined;
  return {
    ruleId: 'units/plain-list',
    namesOnly: true,
    span: clause.outer,
    parts: [{ span: { start: clause.start, end: clause.start + clause.text.length - (co?.length ?? 0) }, role: co ? 'co' : 'responsible' }],
  };
}
