import { allMatches } from '../../../core/scan.js';
import type { DeadlineRules } from '../../../ruleset/schemas/deadlines.js';
import type { ResolvedCandidate } from '../types.js';

/**
 * Drops candidates that overlap a vague time word (`定期`, `不定期`, `按期`, `逐年`, `适时`):
 * SPEC §8 says those are never deadlines, whatever a matcher read around them.
 */
export function dropVague(cands: readonly ResolvedCandidate[], text: string, rules: DeadlineRules): ResolvedCandidate[] {
  if (cands.length === 0) return [];
  const from = Math.max(0, Math.min(...cands.map((c) => c.span.start)) - 4);
  const to = Math.max(...cands.map((c) => c.span.end)) + 4;
  const window = text.slice(from, to);
  const zones = allMatches(rules.vague, window).map((m) => ({
    start: from + m.index,
    end: from + m.index + m[0].length,
  }));
  return cands.filter((c) => !zones.some((z) => z.start < c.span.end && c.span.start < z.end));
}
