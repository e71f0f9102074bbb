/**
 * `全省幼儿园生师比不高于15:1`, `农产品加工产值与农业总产值比达到2.1:1`, `收入差距控制在2.2∶1以内`: a comparator
 * word, then a ratio to one. The value is its first term; `unit` is null (SPEC §7 names no unit for a ratio).
 */
import type { TargetMatcher } from '../types.js';
import { numberWithoutUnit } from './unitless.js';

const SOURCE = '(?<cmp>{tgtCmpBefore})(?:{sp})(?<num>{tgtArabic})(?:{sp})[∶:：](?:{sp})[1１](?![0-9０-９.．])(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const ratio: TargetMatcher = {
  id: 'targets/ratio',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => numberWithoutUnit(m, env, m.index),
};
