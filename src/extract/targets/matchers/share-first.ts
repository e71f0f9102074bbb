/**
 * `行政村5G网络100%覆盖`, `困难家庭高校毕业生100%实现就业`: a percentage written before the verb it
 * completes (rules/targets.yaml `shareVerbs`), after the noun it measures. Like a clause-final
 * quantity, the metric must stand right before the number.
 */
import type { TargetMatcher } from '../types.js';
import { metricBefore } from './clause-final.js';
import { quantity } from './quantity.js';

const SOURCE = '(?<num>{tgtNumber})(?:{sp})(?<unit>[%％])(?=(?:{sp})(?:{tgtShareVerb}))';

export const shareFirst: TargetMatcher = {
  id: 'targets/share-first',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => (metricBefore(m.index, env) ? quantity(m, env) : null),
};
