import type { Span } from '../../core/span.js';
import type { UnitRole } from '../../schema/output.js';

/** A unit list inside a clause with the role its position gives it. */
export interface ListPart {
  span: Span;
  role: UnitRole;
  /** Listed under a key that names the issuer's own offices (rules/unit-clauses.yaml `officeKeys`). */
  offices?: boolean;
}

/** What a clause matcher returns: the clause span and its unit lists. */
export interface ClauseCandidate {
  ruleId: string;
  span: Span;
  parts: ListPart[];
  /** Read from a clause without any clause words: kept only when every name looks like a unit. */
  namesOnly?: boolean;
}

/** The text inside a clause's brackets (or a bracket-less clause line), with its offset. */
export interface ClauseText {
  text: string;
  start: number;
  /** The whole clause including brackets. */
  outer: Span;
  /** A sentence without brackets or key: a clause only when every name in it looks like a unit. */
  bare?: boolean;
  /** A bracket group that closes its paragraph (only `。`, `；` or spaces after it). */
  closing?: boolean;
  /** The names heading a duty paragraph before its colon (`（一）市交通运输局：负责…`). */
  heading?: boolean;
}
