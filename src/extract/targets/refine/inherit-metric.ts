/**
 * A second, aspired level of the same target (`营业收入确保100亿元，力争120亿元`, `新增规上企业10家，
 * 力争达到15家`) names no metric of its own: only helper words stand before its number. It takes
 * the metric of the target before it in the same sentence, when both are measured in the same
 * unit. So does a quantity listed right after another with no words of its own (`分别下降14%和13.5%`).
 * Runs on resolved targets: it needs their metrics.
 */
import type { Target } from '../../../schema/output.js';
import { LIST_JOINER } from '../text.js';
import type { TargetEnv } from '../types.js';

export function inheritAspiredMetrics(targets: readonly Target[], env: TargetEnv): Target[] {
  const m = env.rules.targets.metric;
  const helpers = [...m.dropLeading, ...m.dropTrailing].sort((a, b) => b.length - a.length);
  return targets.map((t, i) => {
    const prev = targets[i - 1];
    if (prev === undefined || prev.metric === null) return t;
    const between = env.text.slice(prev.span.end, t.span.start);
    // `分别下降14%和13.5%`: a quantity listed right after the one before it, with no words of its own
    if (t.metric === null && prev.unit === t.unit && LIST_JOINER.test(between)) return { ...t, metric: prev.metric };
    if (t.metric !== null && !onlyHelpers(t.metric, helpers)) return t;
    if ([...between].some((ch) => m.sentenceEnds.has(ch) || ch === '\n')) return t;
    if (t.aspirational && prev.unit === t.unit) return { ...t, metric: prev.metric };
    // `旅游总收入年均增长12%以上，达到800亿元`, `新建5G基站800个，累计达到5000个`: the same subject, another
    // measure of it: the subject without the verb of its change or count
    const subject = subjectOf(prev.metric, env);
    return subject ? { ...t, metric: subject } : t;
  });
}

/** A metric without a leading counting verb (`新建`) and a trailing verb of change (`年均增长`). */
function subjectOf(metric: string, env: TargetEnv): string | null {
  const t = env.rules.targets;
  let s = metric;
  const verb = t.countVerbs.find((v) => s.startsWith(v) && s.length > v.length);
  if (verb) s = s.slice(verb.length);
  const change = t.changeBy.find((v) => s.endsWith(v) && s.length > v.length);
  if (change) s = s.slice(0, s.length - change.length).replace(/(?:年均|平均|累计|同比)$/u, '');
  return s.length >= 2 ? s : null;
}

/** The metric is made of helper words only (`力争`, `力争达到`). */
function onlyHelpers(metric: string, helpers: readonly string[]): boolean {
  let rest = metric;
  for (let cut = true; rest !== '' && cut; ) {
    cut = false;
    const w = helpers.find((h) => rest.startsWith(h));
    if (w) {
      rest = rest.slice(w.length);
      cut = true;
    }
  }
  return rest === '';
}
