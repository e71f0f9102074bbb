/**
 * `，100%的社区卫生服务站能够提供中医药服务`, `；60%的行政村建成…`: a bare percentage that opens its
 * clause, followed by 的 and what it is a share of (the metric, `resolve/target.ts` sharedNoun). A
 * share with something before it in its clause (`按投资额30%的比例`, `给予50%的补贴`) is a rate or a
 * qualifier, not read here.
 *
 * The pattern opens with the clause end before the number, a character V8 scans for quickly (a pattern
 * opening with the number is tried at every position of the text); the span starts at the number. A
 * share opening its paragraph is not read: a line break before it would make the pattern read past its
 * line (core/scan.ts).
 */
import type { TargetMatcher } from '../types.js';
import { fromNumber, quantity } from './quantity.js';

const SOURCE = '[，,；;。：:、](?:{sp})(?<num>{tgtNumber})(?:{sp})(?<unit>[%％])(?=(?:{sp})的)';

export const shareOpening: TargetMatcher = {
  id: 'targets/share-opening',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => fromNumber(quantity(m, env)),
};
