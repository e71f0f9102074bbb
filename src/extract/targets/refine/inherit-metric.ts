/**
 * A second, aspired level of the same target (`营业收入确保100亿元，力争120亿元`, `新增规上企业10家，
 * 力争达到15家`) names no metric of its own: only helper words stand before its number. It takes
 * the metric of the target before it in the same sentence, when both are measured in the same
 * unit. So does a quantity listed right after another with no words of its own (`分别下降14%和13.5%`).
 * Runs on resolved targets: it needs their metrics.
 */
import { firstPrefix, longestFirst } from '../../../core/lists.js';
import { memoize } from '../../../core/memo.js';
import type { Target } from '../../../schema/output.js';
import { LIST_JOINER } from '../text.js';
import type { TargetEnv } from '../types.js';

export function inheritAspiredMetrics(targets: readonly Target[], env: TargetEnv): Target[] {
  const out: Target[] = [];
  for (const t of targets) out.push(inherited(t, out[out.length - 1], env) ?? t); // a metric passed on passes on again (`600家、700家、800家`)
  return out;
}

function inherited(t: Target, prev: Target | undefined, env: TargetEnv): Target | null {
  const m = env.rules.targets.metric;
  const sameSentence = prev !== undefined && !crossesSentence(env.text.slice(prev.span.end, t.span.start), m.sentenceEnds);
  // `国家级夜间文化和旅游消费集聚区2个以上、省级5个左右`: the same noun at another level
  const level = sameSentence && prev.metric ? atLevel(t.metric, prev.metric, env.rules.targets.levelWords) : null;
  if (level) return { ...t, metric: level };
  // `质押融资额达到1000亿元，力争每年增长20%`: the change of the same subject
  const change = sameSentence && prev.metric && t.metric !== null ? changeOfSubject(t.metric, prev.metric, env) : null;
  if (change) return { ...t, metric: change };
  if (t.metric !== null && !onlyHelpers(t.metric, helperWords(m))) return null;
  if (prev === undefined || prev.metric === null) return t.metric === null ? withSubjectBefore(t, env) : null;
  const between = env.text.slice(prev.span.end, t.span.start);
  // `分别下降14%和13.5%`: a quantity listed right after the one before it, with no words of its own
  if (t.metric === null && prev.unit === t.unit && LIST_JOINER.test(between)) return { ...t, metric: prev.metric };
  if (crossesSentence(between, m.sentenceEnds)) {
    return t.metric === null ? withSubjectBefore(t, env) : null;
  }
  // `到2025年，装机容量突破600万千瓦；到2030年，力争达到1000万千瓦以上`: the next stage of the same target
  if (hasSemicolon(between)) return prev.unit === t.unit ? { ...t, metric: prev.metric } : null;
  if (t.aspirational && prev.unit === t.unit) return { ...t, metric: prev.metric };
  // `旅游总收入年均增长12%以上，达到800亿元`, `新建5G基站800个，累计达到5000个`: the same subject, another
  // measure of it: the subject without the verb of its change or count
  const subject = subjectOf(prev.metric, env);
  return subject ? { ...t, metric: subject } : null;
}

function hasSemicolon(text: string): boolean {
  for (const ch of text) if (SEMICOLONS.has(ch)) return true;
  return false;
}

const SEMICOLONS = new Set(['；', ';']);

/** `省级` after `建设国家级夜间文化和旅游消费集聚区` → `省级夜间文化和旅游消费集聚区` (rules/targets.yaml `levelWords`). */
function atLevel(metric: string | null, prev: string, levels: readonly string[]): string | null {
  if (metric === null || !levels.includes(metric)) return null;
  let at = -1;
  let word = '';
  for (const w of levels) {
    const i = prev.indexOf(w);
    if (i >= 0 && (at < 0 || i < at)) [at, word] = [i, w];
  }
  if (at < 0 || word === metric) return null;
  const noun = prev.slice(at + word.length).replace(/^及?以[上下]/u, ''); // `省级以上创新平台` → 国家级创新平台
  return noun.length >= 2 ? metric + noun : null;
}

function crossesSentence(between: string, sentenceEnds: ReadonlySet<string>): boolean {
  if (between.includes('\n')) return true;
  for (const ch of between) if (sentenceEnds.has(ch) && !SEMICOLONS.has(ch)) return true;
  return false;
}

/** The helper words of a metric (`力争`, `力争达到`), longest first. */
const helperWords = memoize((m: TargetEnv['rules']['targets']['metric']) => [...m.dropLeading, ...m.dropTrailing].sort(longestFirst));

/** What may stand before a verb of change: helper words, recurrence words, `年均`, `平均`. */
const changeWords = memoize((t: TargetEnv['rules']['targets']) => [...helperWords(t.metric), ...t.recurrence.map((r) => r.word), '年均', '平均']);

/** `每年增长` (helper and recurrence words, then a verb of change) after a subject's target: the subject's change. */
function changeOfSubject(metric: string, prev: string, env: TargetEnv): string | null {
  const t = env.rules.targets;
  let rest = metric;
  for (let cut = true; cut; ) {
    const w = firstPrefix(rest, changeWords(t), true);
    cut = w !== undefined;
    if (w) rest = rest.slice(w.length);
  }
  const verb = t.changeBy.find((v) => rest === v);
  if (!verb) return null;
  const subject = subjectOf(prev, env);
  return subject ? subject + verb : null;
}

/**
 * `医保基金县域内支出率逐年提高，2025年达到60%`: a target without a subject, after a clause of the same
 * sentence that names one and says where it goes (a trend verb closing it): that clause's subject.
 */
function withSubjectBefore(t: Target, env: TargetEnv): Target | null {
  const { clauseEnds, sentenceEnds } = env.rules.targets.metric;
  let end = t.span.start - 1;
  while (end >= 0 && !clauseEnds.has(env.text[end]) && env.text[end] !== '\n') end--;
  if (end < 0 || sentenceEnds.has(env.text[end]) || env.text[end] === '\n') return null;
  let start = end - 1;
  while (start >= 0 && !clauseEnds.has(env.text[start]) && env.text[start] !== '\n') start--;
  const clause = env.text.slice(start + 1, end);
  const trend = env.rules.targets.trendVerbs.find((v) => clause.endsWith(v));
  if (!trend) return null;
  let subject = clause.slice(0, clause.length - trend.length);
  for (let cut = true; cut; ) {
    const adverb = env.rules.targets.trendAdverbs.find((a) => subject.endsWith(a));
    cut = adverb !== undefined;
    if (adverb) subject = subject.slice(0, subject.length - adverb.length);
  }
  return subject.length >= 2 && subject.length <= env.rules.targets.metric.maxLength ? { ...t, metric: subject } : null;
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
    const w = firstPrefix(rest, helpers);
    if (w) {
      rest = rest.slice(w.length);
      cut = true;
    }
  }
  return rest === '';
}
