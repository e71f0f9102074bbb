/**
 * `100%的社区卫生服务站能够提供中医药服务`, `，60%的行政村建成…`: a bare percentage that opens its
 * clause, followed by 的 and what it is a share of (the metric, `resolve/target.ts` sharedNoun). A
 * share with something before it in its clause (`按投资额30%的比例`, `给予50%的补贴`) is a rate or a
 * qualifier, not read here.
 */
import type { TargetMatcher } from '../types.js';
import { metricBefore } from './clause-final.js';
import { quantity } from './quantity.js';

const SOURCE = '(?<num>{tgtNumber})(?:{sp})(?<unit>[%％])(?=(?:{sp})的)';

export const shareOpening: TargetMatcher = {
  id: 'targets/share-opening',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => (metricBefore(m.index, env) ? null : quantity(m, env)),
};
