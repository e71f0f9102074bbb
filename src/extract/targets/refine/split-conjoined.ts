/**
 * Two metrics joined by 和 sharing one relative target (`规上游戏企业数量和动漫游戏行业营业收入
 * 实现翻番`) are two targets with the same text. Runs on resolved targets: it needs the metric.
 */
import type { Target } from '../../../schema/output.js';
import { splitConjoined } from '../resolve/metric.js';
import type { TargetEnv } from '../types.js';

export function splitConjoinedMetrics(targets: readonly Target[], env: TargetEnv): Target[] {
  return targets.flatMap((t) => {
    if (!t.relative || t.metric === null) return [t];
    const parts = splitConjoined(t.metric, env.rules.targets.metric);
    return parts ? parts.map((metric) => ({ ...t, metric })) : [t];
  });
}
