/** Drops amounts in clauses about support money (`给予最高500万元奖励`): rules/non-targets.yaml `clauses`. */
import { endBefore, startAfter } from '../text.js';
import type { Refiner } from '../types.js';

export const dropSupportClauses: Refiner = (cands, env) =>
  cands.filter((c) => {
    const ends = env.rules.targets.metric.clauseEnds;
    const clause = env.text.slice(startAfter(env.text, c.span.start, ends), endBefore(env.text, c.span.end, ends));
    return !env.rules.nonTargets.clauses.some(({ re }) => re.test(clause));
  });
