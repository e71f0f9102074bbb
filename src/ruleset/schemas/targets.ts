import { z } from 'zod';
import { defineRuleFile, type CompileTools } from '../define.js';

/** Escapes a literal word for use inside a regex. */
export function escapeRegExp(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** A regex alternation of literal words, longest first (so `不超过` wins over `超过`). */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  return sorted.length ? sorted.map(escapeRegExp).join('|') : '(?!)';
}

/** Records an error for every word listed twice in one list. */
export function failDuplicates(t: CompileTools, entry: string, words: readonly string[]): void {
  const seen = new Set<string>();
  for (const w of words) {
    if (seen.has(w)) t.fail(entry, `"${w}" is listed twice`);
    seen.add(w);
  }
}

const word = z.string().min(1);
const comparator = z.enum(['eq', 'gt', 'gte', 'lt', 'lte', 'approx']);
const recurrence = z.enum(['daily', 'weekly', 'monthly', 'quarterly', 'half-yearly', 'yearly']);
const YEAR_KINDS = ['baseline', 'period', 'due', 'by', 'lead', 'bare'] as const;
export type YearKind = (typeof YEAR_KINDS)[number];

/** `rules/targets.yaml`: how targets are read in context (years, 力争, 每年, counting verbs, 翻番, metric). */
export const targets = defineRuleFile({
  path: 'targets.yaml',
  schema: z.object({
    years: z.object({
      baseline: z.array(word),
      period: z.array(word),
      due: z.array(word).min(1),
      by: z.array(word),
      lead: z.array(word),
      bare: z.array(word).min(1),
      ignoreInside: z.array(z.tuple([word, word])),
    }),
    aspiration: z.array(word).min(1),
    aspirationNotBefore: z.array(word).default([]),
    recurrence: z.array(z.object({ word, recurrence })),
    countVerbs: z.array(word).min(1),
    sizeWords: z.array(word).default([]),
    batchWords: z.array(word).default([]),
    levelWords: z.array(word).default([]),
    unitlessNouns: z.array(word).default([]),
    shareVerbs: z.array(word).default([]),
    siteVerbs: z.array(word).default([]),
    countFirstVerbs: z.array(word).default([]),
    completions: z.array(word).default([]),
    dueFields: z.array(word).default([]),
    contentFields: z.array(word).default([]),
    relative: z.array(z.object({ word, multiplier: z.number().positive() })).min(1),
    multiple: z.object({ by: z.array(word).min(1), to: z.array(word).min(1) }),
    changeBy: z.array(word).default([]),
    trend: z.object({ verbs: z.array(word), adverbs: z.array(word) }).default({ verbs: [], adverbs: [] }),
    respectively: z.array(word).default([]),
    phrases: z.array(
      z.object({
        id: word,
        pattern: word,
        comparator,
        value: z.number(),
        unit: z.string().nullable(),
        rawValue: word,
      }),
    ),
    metric: z.object({
      clauseEnds: word,
      sentenceEnds: word,
      fullStops: word.default('。！？!?'),
      listSeparators: word,
      conjunctions: z.array(word),
      dropLeading: z.array(word),
      dropTrailing: z.array(word),
      nouns: z.array(word),
      maxLength: z.number().int().positive(),
      ofWords: word,
    }),
  }),
  compile: (raw, t) => {
    failDuplicates(t, 'countVerbs', raw.countVerbs);
    failDuplicates(t, 'aspiration', raw.aspiration);
    failDuplicates(
      t,
      'relative',
      raw.relative.map((r) => r.word),
    );
    const years = YEAR_KINDS.map((kind) => ({
      kind,
      res: raw.years[kind].map((p, i) => {
        const re = t.regex(`years.${kind}.${i}`, p, 'gu');
        if (!/\(\?<(?:y|name|ref|rel|plan|span)>/.test(p)) {
          t.fail(`years.${kind}.${i}`, 'pattern must capture the year in group `y` (a period name in `name`, a year-less date in `ref`, a year named from the document\'s in `rel`, the plan\'s span in years in `plan`, the campaign\'s own time in `span`)');
        }
        return re;
      }),
    }));
    const byLength = <T extends { word: string }>(xs: readonly T[]) => [...xs].sort((a, b) => b.word.length - a.word.length);
    return {
      years,
      ignoreInside: raw.years.ignoreInside.map(([open, close]) => ({ open, close })),
      aspiration: raw.aspiration,
      aspirationNotBefore: raw.aspirationNotBefore,
      recurrence: byLength(raw.recurrence),
      countVerbs: [...raw.countVerbs].sort((a, b) => b.length - a.length),
      countVerbAlt: alternation(raw.countVerbs),
      sizeWordAlt: alternation(raw.sizeWords),
      batchWordAlt: alternation(raw.batchWords),
      levelWords: [...raw.levelWords].sort((a, b) => b.length - a.length),
      unitlessNounAlt: alternation(raw.unitlessNouns),
      shareVerbAlt: alternation(raw.shareVerbs),
      siteVerbAlt: alternation(raw.siteVerbs),
      countFirstVerbAlt: alternation(raw.countFirstVerbs),
      completions: raw.completions,
      contentFields: raw.contentFields,
      /** A due-date field's key and colon (`建设期限：`). */
      dueFieldRe: t.regex('dueFields', raw.dueFields.length ? `(?:${alternation(raw.dueFields)})[：:]` : '(?!)', 'u'),
      /** A due-date field's key run into its years, with or without a colon (`建设周期2025—2027年`), anywhere. */
      dueFieldYearsRe: t.regex('dueFields', raw.dueFields.length ? `(?:${alternation(raw.dueFields)})[：:]?(?=[ \\t]*(?:19|20)[0-9]{2})` : '(?!)', 'gu'),
      relative: byLength(raw.relative),
      relativeAlt: alternation(raw.relative.map((r) => r.word)),
      multipleByAlt: alternation(raw.multiple.by),
      multipleToAlt: alternation(raw.multiple.to),
      changeBy: [...raw.changeBy].sort((a, b) => b.length - a.length),
      trendVerbs: [...raw.trend.verbs].sort((a, b) => b.length - a.length),
      trendAdverbs: [...raw.trend.adverbs].sort((a, b) => b.length - a.length),
      changeByAlt: alternation(raw.changeBy),
      respectivelyAlt: alternation(raw.respectively),
      respectively: raw.respectively,
      /** Ends with a verb of change by an amount (`三级医院数量增加`). */
      changeByRe: t.regex('changeBy', `(?:${alternation(raw.changeBy)})$`, 'u'),
      phrases: raw.phrases.map((p) => ({
        id: p.id,
        re: t.regex(`phrases.${p.id}`, p.pattern, 'gu'),
        comparator: p.comparator,
        value: p.value,
        unit: p.unit,
        rawValue: p.rawValue,
      })),
      metric: {
        clauseEnds: new Set([...raw.metric.clauseEnds]),
        sentenceEnds: new Set([...raw.metric.sentenceEnds]),
        fullStops: new Set([...raw.metric.fullStops]),
        listSeparators: new Set([...raw.metric.listSeparators]),
        conjunctions: [...raw.metric.conjunctions].sort((a, b) => b.length - a.length),
        dropLeading: [...raw.metric.dropLeading].sort((a, b) => b.length - a.length),
        dropTrailing: [...raw.metric.dropTrailing].sort((a, b) => b.length - a.length),
        nouns: [...raw.metric.nouns].sort((a, b) => b.length - a.length),
        maxLength: raw.metric.maxLength,
        ofWords: new Set([...raw.metric.ofWords]),
      },
    };
  },
});
