import type { Span } from '../../core/span.js';

/** A table as one shape detector found it, before it is classified and read. */
export interface FoundTable {
  /** `tables/<shape>`: the detector that found it. */
  readonly ruleId: string;
  readonly caption: string | null;
  readonly header: readonly string[];
  /** Each row's cells as written (trimmed); `cellSpans`, where known, the span of each cell. */
  readonly rows: readonly { readonly cells: readonly string[]; readonly span: Span; readonly cellSpans?: readonly Span[] }[];
  readonly span: Span;
}

/** The lines of the normalised text, each with its text. */
export interface TextLine {
  readonly span: Span;
  readonly text: string;
}
