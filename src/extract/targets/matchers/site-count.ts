/**
 * `在3个县（市、区）开展林业碳汇价格指数保险试点`, `在100门课程中开展AI助教试点`: the number of sites a
 * pilot or a campaign is run in, a count after 在 with a verb of rules/targets.yaml `siteVerbs` later in
 * its clause. Only counts are read (`在2025年` is a year, `在50%的…` a share).
 *
 * The pattern opens with 在, a literal V8 scans for quickly (a pattern opening with the number is tried at
 * every position of the text); the span starts at the number.
 */
import type { TargetMatcher } from '../types.js';
import { countFromNumber } from './quantity.js';

const SOURCE = '在(?:{sp})(?<num>{tgtNumber})(?:{sp})(?<unit>{tgtUnit})(?=[^，,；;。：:\\n]{0,24}?(?:{tgtSiteVerb}))';

export const siteCount: TargetMatcher = {
  id: 'targets/site-count',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => countFromNumber(m, env),
};
