/**
 * A second, aspired level of the same target (`营业收入确保100亿元，力争120亿元`, `新增规上企业10家，
 * 力争达到15家`) names no metric of its own: only helper words stand before its number. It takes
 * the metric of the target before it in the same sentence, when both are measured in the same
 * unit. So does a quantity listed right after another with no words of its own (`分别下降14%和13.5%`).
 * Runs on resolved targets: it needs their metrics.
 */
import type { Target } from '../../../schema/output.js';
import type { TargetEnv } from '../types.js';

const LISTED = /^\s*[和及与、]\s*$/u;

export function inheritAspiredMetrics(targets: readonly Target[], env: TargetEnv): Target[] {
  const m = env.rules.targets.metric;
  const helpers = [...m.dropLeading, ...m.dropTrailing].sort((a, b) => b.length - a.length);
  return targets.map((t, i) => {
    const prev = targets[i - 1];
    if (prev === undefined || prev.metric === null || prev.unit !== t.unit) return t;
    // `分别下降14%和13.5%`: a quantity listed right after the one before it, with no words of its own
    const listed = t.metric === null && LISTED.test(env.text.slice(prev.span.end, t.span.start));
    if (listed) return { ...t, metric: prev.metric };
    if (!t.aspirational) return t;
    if (t.metric !== null && !onlyHelpers(t.metric, helpers)) return t;
    const between = env.text.slice(prev.span.end, t.span.start);
    if ([...between].some((ch) => m.sentenceEnds.has(ch) || ch === '\n')) return t;
    return { ...t, metric: prev.metric };
  });
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
