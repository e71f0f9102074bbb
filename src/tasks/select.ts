import { firstChildOf, firstTested } from '../core/lists.js';
import type { SectionRole } from '../extract/context.js';
import type { RuleSet } from '../ruleset/registry.js';
import type { Section } from '../schema/output.js';

/**
 * The role of each section. A heading that is a known short label (`指导思想`,
 * `工作目标`, `保障措施`) names its role at any level; a top-level heading is
 * searched for topic words (so are the chapters of a part that groups them, sections.yaml
 * `groupingMarkers`: `第一篇`, whose broad heading says little); otherwise a section inherits its parent's
 * role, and a top-level section that names nothing is an action part. An attachment's top-level items take the role
 * its title names, if it names one (`attachmentTitles`).
 */
export function sectionRoles(sections: readonly Section[], rules: RuleSet, attachmentTitles: ReadonlyMap<string, string> = new Map()): Map<string, SectionRole> {
  const roles = new Map<string, SectionRole>();
  const { groupingMarkers } = rules.sections;
  // top-level parts that group chapters (`第一篇 开启…新征程`): their chapters' topics are read as top-level ones'
  const grouping = new Set<string>();
  for (const s of sections) {
    const heading = s.heading.replace(/^[“"]|[”"]$/gu, '');
    const label = firstTested(rules.sections.labels, heading);
    if (label) {
      roles.set(s.id, label.role);
      continue;
    }
    // an attachment's items take the role its title names (`附件1：名词解释`: definitions, no tasks)
    const attached = attachmentTitles.get(s.id);
    const titled = attached !== undefined ? (firstTested(rules.sections.labels, attached) ?? firstTested(rules.sections.topics, attached)) : undefined;
    if (titled) {
      roles.set(s.id, titled.role);
      continue;
    }
    if (s.parentId === null || grouping.has(s.parentId)) {
      const topic = firstTested(rules.sections.topics, heading);
      if (s.parentId === null && groupingMarkers?.test(s.marker)) grouping.add(s.id);
      roles.set(s.id, topic ? topic.role : s.parentId === null ? rules.sections.default : (roles.get(s.parentId) ?? rules.sections.default));
      continue;
    }
    roles.set(s.id, roles.get(s.parentId) ?? rules.sections.default);
  }
  return roles;
}

/**
 * Sections that are tasks: leaves in action parts, and any section whose own text
 * (outside its children) carries a responsible-unit clause.
 */
export function selectTasks(
  sections: readonly Section[],
  roles: ReadonlyMap<string, SectionRole>,
  hasOwnUnitClause: (s: Section) => boolean,
  attachmentTitles: ReadonlyMap<string, string> = new Map(),
): Section[] {
  const hasChildren = new Set(sections.map((s) => s.parentId).filter((p): p is string => p !== null));
  // (an attachment that defines words or indicators, its items and theirs, assigns no work: `指…，由省经信厅认定`)
  const defining = new Set<string>();
  for (const s of sections) {
    if ((s.parentId === null ? attachmentTitles.has(s.id) && roles.get(s.id) === 'other' : defining.has(s.parentId))) defining.add(s.id);
  }
  // the cheap test first: reading a section's unit clauses costs far more
  return sections.filter((s) => !defining.has(s.id) && ((!hasChildren.has(s.id) && roles.get(s.id) === 'action') || hasOwnUnitClause(s)));
}

/** The text of a section that is its own: from its start to its first child. */
export function ownSpan(s: Section, sections: readonly Section[]): { start: number; end: number } {
  const firstChild = firstChildOf(s.id, sections);
  return { start: s.span.start, end: firstChild ? Math.max(s.span.start, firstChild.span.start - 1) : s.span.end };
}
