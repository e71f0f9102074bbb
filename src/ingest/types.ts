import type { Message } from '../core/messages.js';
import type { PageStart } from '../core/span.js';

export type Format = 'txt' | 'pdf' | 'docx';

/**
 * What every ingester returns: the document as plain text plus a page map.
 *
 * Conventions shared by all formats, relied on by `normalise/`:
 * - one paragraph (or one visual line, for PDF) per `\n`-separated line;
 * - a table row is one line whose cells are separated by `\t`
 *   (formats that know their tables: DOCX, and PDF when columns are clear);
 * - `pageMap` holds, for each page, the offset in `text` where it starts
 *   (empty for formats without pages);
 * - restored list numbers (DOCX auto-numbering) are written into the text as
 *   the marker they display (`1.`), so the outline sees them like typed ones.
 */
export interface IngestResult {
  format: Format;
  text: string;
  pageMap: PageStart[];
  pages: number | null;
  /** Detected text encoding for TXT (`utf-8`, `gb18030`), null otherwise. */
  encoding: string | null;
  messages: Message[];
}

export interface IngestLimits {
  /** Hard cap on pages read from a PDF. */
  maxPages: number;
  /** Cap on the uncompressed size of any one DOCX part, in bytes (zip-bomb guard). */
  maxUncompressedBytes: number;
}

export const DEFAULT_INGEST_LIMITS: IngestLimits = {
  maxPages: 2000,
  maxUncompressedBytes: 200 * 1024 * 1024,
};

/** Errors are values: a failed ingest names the reason; the caller adds the file. */
export type IngestOutcome =
  | { ok: true; value: IngestResult }
  | { ok: false; reason: string; ruleId: string };

/** What the rules tell an ingester about the documents it reads. */
export interface IngestHints {
  /**
   * Words of a table's header (`牵头单位`, `序号`): a PDF page that has them and a line cut into
   * columns has the rules of its tables read (rules/tables.yaml `gridHint`).
   */
  gridHint?: RegExp;
}

export type Ingester = (bytes: Uint8Array, limits: IngestLimits, hints?: IngestHints) => Promise<IngestOutcome>;
