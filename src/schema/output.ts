/**
 * The output contract (SPEC.md §3–9). This zod schema is its single source of truth:
 * every JSON document is validated against it before it is written, and
 * `policy-extract schema` prints the JSON Schema generated from it.
 */
import { z } from 'zod';
import { STAGES } from '../core/messages.js';

export const SCHEMA_VERSION = '1.0.0';

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span end before start' });

export const MessageSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  stage: z.enum(STAGES),
  ruleId: z.string(),
  reason: z.string(),
  span: SpanSchema.optional(),
  page: z.number().int().positive().optional(),
});

export const PeriodSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const MetadataSchema = z.object({
  title: z.string().nullable(),
  docType: z.string().nullable(),
  issuers: z.array(z.string()),
  docNumber: z.string().nullable(),
  issueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  region: z.string().nullable(),
  period: PeriodSchema.nullable(),
  draft: z.boolean(),
});

export const SectionSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  level: z.number().int().positive(),
  marker: z.string(),
  ordinal: z.number().int().nullable(),
  heading: z.string(),
  span: SpanSchema,
  headingSpan: SpanSchema,
  page: z.number().int().positive().optional(),
});

export const UnitRoleSchema = z.enum(['lead', 'co', 'responsible']);
export const UnitKindSchema = z.enum(['party', 'government', 'lower-government', 'enterprise', 'other']);

export const UnitSchema = z.object({
  raw: z.string(),
  name: z.string(),
  canonical: z.string(),
  role: UnitRoleSchema,
  kind: UnitKindSchema,
  span: SpanSchema,
  ruleId: z.string(),
});

export const ComparatorSchema = z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx', 'range']);
export const RecurrenceSchema = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly']);

export const TargetSchema = z.object({
  text: z.string(),
  metric: z.string().nullable(),
  comparator: ComparatorSchema,
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  rawValue: z.string().nullable(),
  rawUnit: z.string().nullable(),
  year: z.number().int().nullable(),
  /** Where `year` came from: stated beside the target, the governing section, or the plan period. */
  yearSource: z.enum(['stated', 'section', 'period', 'table']).nullable(),
  baseline: z.object({ year: z.number().int().nullable(), value: z.number().nullable() }).nullable(),
  relative: z.object({ multiplier: z.number() }).nullable(),
  aspirational: z.boolean(),
  recurrence: RecurrenceSchema.nullable(),
  span: SpanSchema,
  page: z.number().int().positive().optional(),
  sectionId: z.string().nullable(),
  ruleId: z.string(),
});

export const DeadlineSchema = z.object({
  text: z.string(),
  kind: z.enum(['by', 'recurring', 'period']),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  recurrence: RecurrenceSchema.nullable(),
  span: SpanSchema,
  page: z.number().int().positive().optional(),
  ruleId: z.string(),
});

export const TaskSchema = z.object({
  id: z.string(),
  sectionId: z.string(),
  marker: z.string(),
  ordinal: z.number().int().nullable(),
  title: z.string(),
  text: z.string(),
  span: SpanSchema,
  page: z.number().int().positive().optional(),
  units: z.array(UnitSchema),
  targets: z.array(TargetSchema),
  deadlines: z.array(DeadlineSchema),
  keywords: z.array(z.string()),
});

export const TableRowSchema = z.object({
  cells: z.array(z.string()),
  span: SpanSchema,
});

export const TableSchema = z.object({
  id: z.string(),
  caption: z.string().nullable(),
  header: z.array(z.string()),
  rows: z.array(TableRowSchema),
  span: SpanSchema,
  page: z.number().int().positive().optional(),
  /** `indicator` tables yield targets, `tasks` tables (任务分工表) tasks; `list` tables are kept as data only. */
  kind: z.enum(['indicator', 'tasks', 'list']),
});

export const SourceSchema = z.object({
  path: z.string(),
  format: z.enum(['txt', 'pdf', 'docx', 'other']),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().nonnegative(),
  pages: z.number().int().nonnegative().nullable(),
  encoding: z.string().nullable(),
});

export const DocumentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: z.string(),
  rulesVersion: z.string(),
  source: SourceSchema,
  metadata: MetadataSchema,
  text: z.string(),
  pageMap: z.array(z.object({ page: z.number().int().positive(), start: z.number().int().nonnegative() })),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  targets: z.array(TargetSchema),
  deadlines: z.array(DeadlineSchema),
  tables: z.array(TableSchema),
  errors: z.array(MessageSchema),
});

export type Metadata = z.infer<typeof MetadataSchema>;

/** Metadata of a text that names nothing (a failed document, a missing prediction). */
export function emptyMetadata(): Metadata {
  return { title: null, docType: null, issuers: [], docNumber: null, issueDate: null, region: null, period: null, draft: false };
}
export type Section = z.infer<typeof SectionSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type UnitRole = z.infer<typeof UnitRoleSchema>;
export type UnitKind = z.infer<typeof UnitKindSchema>;
export type Comparator = z.infer<typeof ComparatorSchema>;
export type Recurrence = z.infer<typeof RecurrenceSchema>;
export type Target = z.infer<typeof TargetSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Table = z.infer<typeof TableSchema>;
export type TableRow = z.infer<typeof TableRowSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type PolicyDocument = z.infer<typeof DocumentSchema>;
