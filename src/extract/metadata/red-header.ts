import type { Span } from '../../core/span.js';
import type { DocContext } from '../context.js';

export interface RedHeader {
  span: Span;
  /** The issuers' names as written before 文件 (one or more lines). */
  names: string;
}

/** `苏州市…办公室文件`, or issuer lines then `文件` alone: the red header of an official document. */
export function findRedHeader(ctx: DocContext, headEndOffset: number): RedHeader | null {
  const head = ctx.text.slice(0, headEndOffset);
  const m = ctx.rules.metadata.redHeader.exec(head);
  if (!m) return null;
  const names = m.groups!.names.trim();
  if (names.length === 0) return null;
  const lead = m[0].length - m[0].trimStart().length;
  return { span: { start: m.index + lead, end: m.index + m[0].length }, names };
}
