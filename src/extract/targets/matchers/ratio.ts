/**
 * `全省幼儿园生师比不高于15:1`, `农产品加工产值与农业总产值比达到2.1:1`, `收入差距控制在2.2∶1以内`: a comparator
 * word, then a ratio to one. The value is its first term; `unit` is null (SPEC §7 names no unit for a ratio).
 * One to a ratio (`医护比达到1:1.3`, `床护比不低于1:0.65`): the value is its second term.
 */
import type { TargetMatcher } from '../types.js';
import { numberWithoutUnit } from './unitless.js';

const SOURCE = '(?<cmp>{tgtCmpBefore})(?:{sp})(?<num>{tgtArabic})(?:{sp})[∶:：](?:{sp})[1１](?![0-9０-９.．])(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const ratio: TargetMatcher = {
  id: 'targets/ratio',
  pattern: (env) => env.lex.compile(SOURCE),
  extract: (m, env) => numberWithoutUnit(m, env, m.index),
};

const ONE_TO_SOURCE = '(?<cmp>{tgtCmpBefore})(?:{sp})[1１](?:{sp})[∶:：](?:{sp})(?<num>{tgtArabic})(?![0-9０-９.．∶:：])(?:(?:{sp})(?<suf>{tgtCmpAfter}))?';

export const oneToRatio: TargetMatcher = {
  id: 'targets/ratio',
  pattern: (env) => env.lex.compile(ONE_TO_SOURCE),
  extract: (m, env) => numberWithoutUnit(m, env, m.index),
};
