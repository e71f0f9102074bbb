import type { ClauseCandidate } from '../types.js';

/**
 * When the document states its convention ("列第一位的为牵头单位"), the first
 * unit list of every clause leads and the rest cooperate. Applied to lists, the
 * split into single units then keeps only the first unit as lead (see index.ts).
 */
export function firstIsLead(clauses: readonly ClauseCandidate[]): ClauseCandidate[] {
  return clauses.map((c) => ({
    ...c,
    ruleId: `${c.ruleId}+convention`,
    parts: c.parts.map((p, i) => ({ ...p, role: i === 0 ? 'lead' : p.role === 'responsible' ? 'responsible' : 'co' })),
  }));
}
