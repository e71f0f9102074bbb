import type { Span } from '../core/span.js';
import type { RuleSet } from '../ruleset/registry.js';
import { matchMarker } from './markers.js';

/** A paragraph that opens an outline item, before nesting. */
export interface ItemHit {
  /** Paragraph span. */
  para: Span;
  style: string;
  marker: string;
  ordinal: number | null;
  /** Offset in the text where the item's content (after marker and space) starts. */
  contentStart: number;
  /** For lead-in items: the label's length (the heading), closer excluded. */
  labelLength?: number;
}

export const LEAD_IN_STYLE = 'lead-in';

/** Every numbered paragraph, and every run of unnumbered lead-in items (unless `withLeadIns` is false), from `from` on. */
export function findItems(text: string, lines: readonly Span[], from: number, to: number, rules: RuleSet, withLeadIns = true): ItemHit[] {
  const hits: (ItemHit | null)[] = [];
  const leadIns: (ItemHit | null)[] = [];
  const inRange = lines.filter((l) => l.start >= from && l.end <= to);
  for (const line of inRange) {
    let para = line;
    let s = text.slice(line.start, line.end);
    // (a table of contents names the headings the body holds: no nodes of its own)
    if (rules.markers.contentsLineRe.test(s)) {
      hits.push(null);
      leadIns.push(null);
      continue;
    }
    if (s.includes('\t')) {
      // a row of a table is no item, but a group heading spanning the row (`（一）提升政务服务效能\t\t\t`,
      // a merged cell of a DOCX table) is one, as it is on a line of its own
      const cell = soleCell(s);
      const m = cell && matchMarker(s.slice(cell.start, cell.end), rules);
      if (!cell || !m) {
        hits.push(null);
        leadIns.push(null);
        continue;
      }
      para = { start: line.start + cell.start, end: line.start + cell.end };
      s = text.slice(para.start, para.end);
    }
    const m = matchMarker(s, rules);
    if (m) {
      hits.push({ para, style: m.style, marker: m.marker, ordinal: m.ordinal, contentStart: para.start + m.length });
      leadIns.push(null);
      continue;
    }
    hits.push(null);
    leadIns.push(withLeadIns ? leadIn(s, para, rules) : null);
  }
  // lead-in items count only in runs of at least minRun consecutive paragraphs
  const { minRun } = rules.markers.leadIn;
  for (let i = 0; i < leadIns.length; ) {
    if (!leadIns[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < leadIns.length && leadIns[j]) j++;
    if (j - i >= minRun) for (let k = i; k < j; k++) hits[k] = leadIns[k];
    i = j;
  }
  return counted(hits.filter((h): h is ItemHit => h !== null), rules);
}

/**
 * A `counted` style's item stands only where its list does: numbered 1, or one more than the item of its
 * style before it (`A1`, `A2`, `B1`; never a name opening a line, `G60 科创走廊在松江发源`, a PDF's space after it).
 */
function counted(hits: ItemHit[], rules: RuleSet): ItemHit[] {
  const styles = new Set(rules.markers.styles.filter((st) => st.counted).map((st) => st.id));
  if (styles.size === 0) return hits;
  const last = new Map<string, number>();
  return hits.filter((h) => {
    if (!styles.has(h.style)) return true;
    const keep = h.ordinal === 1 || (h.ordinal !== null && last.get(h.style) === h.ordinal - 1);
    if (keep) last.set(h.style, h.ordinal!);
    return keep;
  });
}

/** The one filled cell of a tab-separated line, if only one is filled. */
function soleCell(s: string): Span | null {
  let found: Span | null = null;
  let start = 0;
  for (const cell of s.split('\t')) {
    const lead = cell.length - cell.trimStart().length;
    if (cell.trim() !== '') {
      if (found) return null;
      found = { start: start + lead, end: start + cell.trimEnd().length };
    }
    start += cell.length + 1;
  }
  return found;
}

function leadIn(s: string, para: Span, rules: RuleSet): ItemHit | null {
  const m = rules.markers.leadIn.re.exec(s);
  if (!m || !m.groups) return null;
  const label = m.groups.label;
  if (rules.markers.leadIn.notLabels.has(label) || rules.markers.leadIn.notLabelRe.test(label) || isFieldKey(label, rules)) return null;
  // (nor is a duty line that maps a unit to task numbers: `市发展改革委：牵头第1、2、5、12项，配合第3、8项；`)
  if (rules.unitClauses.numberMap.lineRe.test(s.trim())) return null;
  if (m[0].length >= s.length) return null; // a label alone is not an item
  return { para, style: LEAD_IN_STYLE, marker: '', ordinal: null, contentStart: para.start, labelLength: label.length };
}

/**
 * `责任单位：…`, `完成时限：…` on their own lines annotate the item above them (its unit clause, its
 * due date); a run of them is not a list of lead-in items.
 */
function isFieldKey(label: string, rules: RuleSet): boolean {
  return Object.hasOwn(rules.unitClauses.colonKeys, label) || rules.unitClauses.otherFieldKeys.has(label);
}
