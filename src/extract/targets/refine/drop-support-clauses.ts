/**
 * Drops amounts in clauses about support money (`给予最高500万元奖励`): rules/non-targets.yaml `clauses`;
 * and quantities in a clause setting the condition of such support (`condition`): `对年度研发费用增长
 * 15%以上的规上工业企业，按照增量部分的10%给予补助`; and a clause that is only such a condition, whatever follows
 * (`对同一地址登记经营主体超过50户的，开展重点核查`) or picks out the noun it treats (`对产能利用率低于50%的地区，…`); and a clause
 * closed by 的 before the support it earns (`当年营业收入增速超过10%且…增加的，…给予增长奖励`).
 */
import { endBefore, startAfter } from '../text.js';
import type { Refiner, TargetEnv } from '../types.js';

export const dropSupportClauses: Refiner = (cands, env) =>
  cands.filter((c) => {
    const ends = env.rules.targets.metric.clauseEnds;
    const from = startAfter(env.text, c.span.start, ends);
    const to = endBefore(env.text, c.span.end, ends);
    const clause = env.text.slice(from, to);
    if (supports(clause, env)) return false;
    // a condition closed by 的 before the support it earns (`当年营业收入增速超过10%且…增加的，按照…给予增长奖励`)
    if (/的\s*$/u.test(clause) && supportFollows(to, env)) return false;
    // a condition of support: `对…的…，…给予…`
    if (!env.rules.nonTargets.conditionRe.test(clause) || !env.text.slice(c.span.end, to).includes('的')) return true;
    // a clause that is the condition alone (`对同一地址登记经营主体超过50户的，开展重点核查`), or whose
    // quantity picks out the noun it treats (`对产能利用率低于50%的地区，加强…`, `对就餐位30人以上的农家乐…全面安装…`)
    if (/^\s*的(?:\s*$|\s*\p{Script=Han})/u.test(env.text.slice(c.span.end, to))) return false;
    return !supportFollows(to, env);
  });

/** The rest of the sentence after `at` is about support money. */
function supportFollows(at: number, env: TargetEnv): boolean {
  return supports(env.text.slice(at, endBefore(env.text, at, env.rules.targets.metric.sentenceEnds)), env);
}

function supports(text: string, env: TargetEnv): boolean {
  return env.rules.nonTargets.clauses.some(({ re }) => re.test(text));
}
