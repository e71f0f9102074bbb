import type { RuleSet } from '../../../ruleset/registry.js';
import { topLevelSegments } from '../resolve/split.js';
import type { ClauseCandidate, ClauseText, ListPart } from '../types.js';

/**
 * `（A、B、C按职责分工负责）`, `（A，B、C按照职责分工负责）`, `（A负责）`: every unit is responsible.
 * One list per ending: `（A、B按职责分工负责，C、D落实）` gives both lists. A list closed by a weak
 * ending alone (`落实`, which also closes prose) counts only when every name in the clause is a
 * unit (`namesOnly`). Text after the last ending (`（A负责，B）`) is no such clause. A semicolon closes a
 * list too: `（A、B；C负责落实）` gives A、B and C.
 */
export function byDuty(clause: ClauseText, rules: RuleSet): ClauseCandidate | null {
  const { dutyEndingRe, dutyEndingWeakRe } = rules.unitClauses;
  const parts: ListPart[] = [];
  let from = 0;
  let weak = false;
  for (const seg of topLevelSegments(clause.text, '，,；;')) {
    const s = clause.text.slice(seg.start, seg.end);
    const strong = dutyEndingRe.exec(s);
    const ending = strong ?? dutyEndingWeakRe.exec(s);
    if (!ending) {
      // (a list closed by a semicolon is a list of its own: `（责任处室：A、B；各市统计局负责落实）`)
      if (SEMICOLONS.has(clause.text[seg.end]) && seg.end > from) {
        parts.push({ span: { start: clause.start + from, end: clause.start + seg.end }, role: 'responsible' });
        from = seg.end + 1;
      }
      continue;
    }
    if (seg.start + ending.index === from) continue;
    if (!strong) weak = true;
    parts.push({ span: { start: clause.start + from, end: clause.start + seg.start + ending.index }, role: 'responsible' });
    from = seg.end + 1;
  }
  if (parts.length === 0 || clause.text.slice(from).trim() !== '') return null;
  return { ruleId: 'units/by-duty', span: clause.outer, parts, ...(weak ? { namesOnly: true } : {}) };
}

const SEMICOLONS = new Set(['；', ';']);
