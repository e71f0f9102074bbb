import type { Message } from '../core/messages.js';
import type { PageStart, Span } from '../core/span.js';
import type { RuleSet } from '../ruleset/registry.js';
import type { Metadata, Section } from '../schema/output.js';

/**
 * What every extractor sees: the normalised text and its structure, read-only.
 * Extractors return new values; the only thing they may append to is `messages`.
 */
export interface DocContext {
  readonly docId: string;
  readonly path: string;
  /** Normalised full text; every span points into it. */
  readonly text: string;
  /** Paragraphs of `text` (one per line), in order. */
  readonly lines: readonly Span[];
  readonly pageMap: readonly PageStart[];
  readonly rules: RuleSet;
  readonly messages: Message[];
}

/** The role a section plays in the plan, decided by `tasks/select.ts` from its heading. */
export type SectionRole = 'action' | 'goal' | 'guide' | 'situation' | 'preamble' | 'other';

/** The outline as extractors receive it: sections plus each one's role and body. */
export interface OutlineView {
  readonly sections: readonly Section[];
  readonly roles: ReadonlyMap<string, SectionRole>;
  /** Where the plan proper starts (after a wrapping notice); 0 when there is none. */
  readonly bodyStart: number;
}

export interface DocInfo {
  readonly metadata: Metadata;
  /** Span of the wrapping notice (印发…的通知, 征求意见的通知), if any. */
  readonly notice: Span | null;
  /** Where the plan proper starts. */
  readonly bodyStart: number;
  /** The document's reference year for month-day dates: issue year, else period start. */
  readonly referenceYear: number | null;
}
