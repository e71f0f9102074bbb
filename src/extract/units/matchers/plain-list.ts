import type { ClauseCandidate, ClauseText } from '../types.js';

/**
 * `…完成关键信息基础设施安全评估。（省委网信办，省公安厅）`: a bracket closing the task's paragraph
 * that holds only unit names, with neither key nor duty words. Every unit is responsible. Tried
 * after every other form, and only for such closing brackets or for the names heading a duty paragraph
 * (`（一）市交通运输局：负责…`); the caller keeps it only when every name looks like a unit (`namesOnly`).
 */
export function plainList(clause: ClauseText): ClauseCandidate | null {
  if (!(clause.closing || clause.heading) || clause.text.trim() === '') return null;
  return {
    ruleId: 'units/plain-list',
    namesOnly: true,
    span: clause.outer,
    parts: [{ span: { start: clause.start, end: clause.start + clause.text.length }, role: 'responsible' }],
  };
}
