import type { Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

export const STAGES = [
  'ingest',
  'normalise',
  'outline',
  'tasks',
  'units',
  'targets',
  'deadlines',
  'metadata',
  'tables',
  'validate',
  'write',
  'rules',
] as const;
export type Stage = (typeof STAGES)[number];

/**
 * Something a document caused: never thrown, always carried beside the data
 * (vfile-style). `ruleId` names the rule or check that raised it.
 */
export interface Message {
  severity: Severity;
  stage: Stage;
  ruleId: string;
  reason: string;
  span?: Span;
  page?: number;
}

export function message(
  severity: Severity,
  stage: Stage,
  ruleId: string,
  reason: string,
  place?: { span?: Span; page?: number },
): Message {
  const m: Message = { severity, stage, ruleId, reason };
  if (place?.span) m.span = place.span;
  if (place?.page !== undefined) m.page = place.page;
  return m;
}

/** `file:page:offset severity reason rule`, the line the CLI prints. */
export function formatMessage(path: string, m: Message): string {
  const where = [path, m.page ?? '', m.span?.start ?? ''].join(':').replace(/:+$/, '');
  return `${where} ${m.severity} ${m.reason} ${m.ruleId}`;
}
