import { matchSpan, type Matcher } from '../types.js';

/**
 * `“十四五”期间`, `十四五时期` (a period), `“十四五”末` (its end). In a heading or caption
 * (a line without clause punctuation: `三、“十四五”时期杭州文化产业发展指导方针`) the phrase
 * names the section's subject, not a time anything is due.
 */
export const namedPeriod: Matcher = {
  form: 'named-period',
  extract(m, { text, rules }) {
    const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
    const nl = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, nl === -1 ? text.length : nl);
    if (![...line].some((c) => rules.prosePunct.has(c))) return null;
    const g = m.groups!;
    return { ruleId: 'deadlines/named-period', span: matchSpan(m), when: { type: 'named', name: g.name, word: g.w } };
  },
};
