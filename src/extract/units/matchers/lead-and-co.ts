import { anchoredAtEnd } from '../../../core/memo.js';
import type { RuleSet } from '../../../ruleset/registry.js';
import type { ClauseCandidate, ClauseText, ListPart } from '../types.js';
import { topLevelSegments } from '../resolve/split.js';

/**
 * `（A牵头，B配合）`, `（A牵头，B、C按职责分工负责）`, `（A牵头）`: the unit list
 * before 牵头 leads; lists after it (配合, 参与, or any other ending) cooperate.
 * `（A牵头，B落实）`: the list that carries the work out after a lead cooperates too.
 * `（A负责，B、C配合）`: a list that is responsible stays so (SPEC §6: lead is 牵头 or the subject of 会同),
 * the one that cooperates after it is co. `（A，B配合）`: A, named with no role before those cooperating with it, leads.
 */
export function leadAndCo(clause: ClauseText, rules: RuleSet): ClauseCandidate | null {
  const { leadRe, coRe, dutyEndingRe, dutyEndingWeakRe, togetherRe } = rules.unitClauses;
  const segments = topLevelSegments(clause.text, '，,；;');
  let sawLead = false;
  let sawCo = false;
  let dutyFirst = -1; // a responsible list seen before any lead
  const parts: ListPart[] = [];
  const bare: boolean[] = []; // a part whose list names no role and no duty
  for (const seg of segments) {
    const s = clause.text.slice(seg.start, seg.end);
    const lead = endsWith(s, leadRe);
    const co = endsWith(s, coRe);
    // (after a lead, an ending that also closes prose is a duty too: `（A牵头，各设区市总工会落实）`)
    const duty = dutyEndingRe.exec(s) ?? (sawLead ? dutyEndingWeakRe.exec(s) : null);
    const joint = duty && !sawLead && lead === null && co === null ? togetherAt(s, duty.index, togetherRe) : null;
    let cut: number;
    let role: ListPart['role'];
    if (lead !== null) {
      cut = lead;
      role = 'lead';
      sawLead = true;
    } else if (co !== null) {
      cut = co;
      role = 'co';
      sawCo = true;
    } else if (duty && joint) {
      // `A会同B、C负责，D配合`: A leads, B and C cooperate, as in a clause of its own (matchers/together.ts)
      parts.push({ span: { start: clause.start + seg.start, end: clause.start + seg.start + joint.index }, role: 'lead' });
      parts.push({ span: { start: clause.start + seg.start + joint.index + joint[0].length, end: clause.start + seg.start + duty.index }, role: 'co' });
      bare.push(false, false);
      sawLead = true;
      continue;
    } else if (duty && sawLead) {
      cut = duty.index;
      role = 'co';
    } else if (duty && dutyFirst < 0 && duty.index > 0) {
      cut = duty.index;
      role = 'responsible';
      dutyFirst = parts.length;
    } else {
      cut = s.length;
      role = 'co'; // a bare list joins the role of the list that names it, set below
    }
    parts.push({ span: { start: clause.start + seg.start, end: clause.start + seg.start + cut }, role });
    bare.push(!leadRe.test(s) && !coRe.test(s) && !dutyEndingRe.test(s));
  }
  // `（A，B配合）`: the list named with no role, before the one that cooperates with it, leads it
  const firstCo = bare.findIndex((b, i) => !b && parts[i].role === 'co');
  if (!sawLead && dutyFirst < 0 && sawCo && firstCo === 1 && parts.length === 2 && bare[0]) {
    for (let i = 0; i < firstCo; i++) parts[i].role = 'lead';
    return { ruleId: 'units/lead-and-co', span: clause.outer, parts };
  }
  if (!sawLead && !(dutyFirst >= 0 && sawCo)) return null;
  // a bare list before a lead list is part of the lead
  for (let i = parts.length - 2; i >= 0; i--) if (bare[i] && parts[i + 1].role === 'lead') parts[i].role = 'lead';
  return { ruleId: 'units/lead-and-co', span: clause.outer, parts };
}

/** 会同 inside the list before a duty ending (`A会同B、C负责`), not at its start. */
function togetherAt(s: string, end: number, re: RegExp): RegExpExecArray | null {
  const m = re.exec(s.slice(0, end));
  return m && m.index > 0 ? m : null;
}

/** Index where a trailing role word starts, or null. */
function endsWith(s: string, re: RegExp): number | null {
  const m = anchoredAtEnd(re).exec(s);
  return m ? m.index : null;
}

