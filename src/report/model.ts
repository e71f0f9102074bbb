/**
 * What the corpus page needs from each document, read from the JSON files in the output
 * folder: counts, messages, tasks with their units (for the unit × plan matrix and the search
 * index) and target years. Documents that are versions of one plan (same title, or the same
 * file name when there is no title) are grouped so a plan is counted once.
 */
import { basename, extname } from 'node:path';
import type { PolicyDocument, UnitKind, UnitRole } from '../schema/output.js';

type Message = PolicyDocument['errors'][number];

export interface TaskSummary {
  /** Item id on the document page (`t3`). */
  item: string;
  marker: string;
  title: string;
  text: string;
  units: { canonical: string; role: UnitRole; kind: UnitKind }[];
}

export interface DocSummary {
  id: string;
  /** Page file name inside the report folder. */
  page: string;
  path: string;
  format: string;
  pages: number | null;
  title: string;
  /** `metadata.title`, null when not found. */
  metaTitle: string | null;
  planKey: string;
  region: string | null;
  period: { start: number; end: number } | null;
  draft: boolean;
  rulesVersion: string;
  failed: boolean;
  counts: {
    sections: number;
    tasks: number;
    units: number;
    targets: number;
    deadlines: number;
    tables: number;
    errors: number;
    warnings: number;
  };
  messages: Message[];
  tasks: TaskSummary[];
  /** Due year of every target (document-level and task-level); null when none. */
  targetYears: (number | null)[];
  /** Where each target's year came from (`stated`, `section`, `period`, `table`, or `none`), same order. */
  yearSources: string[];
}

export interface Plan {
  key: string;
  title: string;
  /** Short column label: region and period, or the start of the title. */
  label: string;
  docs: DocSummary[];
  /** The version counted for the plan: no errors, most tasks, then docx, txt, pdf. */
  rep: DocSummary;
}

const FORMAT_ORDER = ['docx', 'txt', 'pdf', 'other'];

export const displayTitle = (doc: Pick<PolicyDocument, 'metadata' | 'source'>): string =>
  doc.metadata.title ?? basename(doc.source.path);

export function summarise(doc: PolicyDocument): DocSummary {
  const stem = basename(doc.source.path, extname(doc.source.path));
  const allTargets = [...doc.targets, ...doc.tasks.flatMap((t) => t.targets)];
  return {
    id: doc.id,
    page: `${doc.id}.html`,
    path: doc.source.path,
    format: doc.source.format,
    pages: doc.source.pages,
    title: displayTitle(doc),
    metaTitle: doc.metadata.title,
    planKey: doc.metadata.title ? `t:${doc.metadata.title.replace(/\s+/gu, '')}` : `f:${stem}`,
    region: doc.metadata.region,
    period: doc.metadata.period,
    draft: doc.metadata.draft,
    rulesVersion: doc.rulesVersion,
    failed: doc.errors.some((e) => e.severity === 'error'),
    counts: {
      sections: doc.sections.length,
      tasks: doc.tasks.length,
      units: doc.tasks.reduce((n, t) => n + t.units.length, 0),
      targets: allTargets.length,
      deadlines: doc.deadlines.length + doc.tasks.reduce((n, t) => n + t.deadlines.length, 0),
      tables: doc.tables.length,
      errors: doc.errors.filter((e) => e.severity === 'error').length,
      warnings: doc.errors.filter((e) => e.severity === 'warning').length,
    },
    messages: doc.errors,
    tasks: doc.tasks.map((t, i) => ({
      item: `t${i}`,
      marker: t.marker,
      title: t.title,
      text: t.text,
      units: t.units.map((u) => ({ canonical: u.canonical, role: u.role, kind: u.kind })),
    })),
    targetYears: allTargets.map((t) => t.year),
    yearSources: allTargets.map((t) => (t.year === null ? 'none' : (t.yearSource ?? 'stated'))),
  };
}

export function groupPlans(docs: readonly DocSummary[]): Plan[] {
  const byKey = new Map<string, DocSummary[]>();
  for (const d of docs) {
    const list = byKey.get(d.planKey);
    if (list) list.push(d);
    else byKey.set(d.planKey, [d]);
  }
  const plans: Plan[] = [];
  for (const [key, list] of byKey) {
    list.sort((a, b) => FORMAT_ORDER.indexOf(a.format) - FORMAT_ORDER.indexOf(b.format) || a.path.localeCompare(b.path));
    const rep = [...list].sort(
      (a, b) => Number(a.failed) - Number(b.failed) || b.counts.tasks - a.counts.tasks || FORMAT_ORDER.indexOf(a.format) - FORMAT_ORDER.indexOf(b.format),
    )[0];
    const title = list.find((d) => d.metaTitle)?.metaTitle ?? basename(rep.path, extname(rep.path));
    plans.push({ key, title, label: '', docs: list, rep });
  }
  plans.sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
  // labels: "苏州市 2023–2025" when that is unique, else the start of the title
  const short = (p: Plan) => {
    const r = p.rep;
    if (!r.region) return null;
    const period = r.period ? (r.period.start === r.period.end ? `${r.period.start}` : `${r.period.start}–${r.period.end}`) : '';
    return `${r.region}${period ? ` ${period}` : ''}${r.draft ? ' (draft)' : ''}`;
  };
  const counts = new Map<string, number>();
  for (const p of plans) {
    const s = short(p);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  for (const p of plans) {
    const s = short(p);
    p.label = s && counts.get(s) === 1 ? s : p.title.length > 14 ? `${p.title.slice(0, 13)}…` : p.title;
  }
  return plans;
}
