import { z } from 'zod';
import { defineRuleFile } from '../define.js';
import { alternation, escapeRegExp as escape, failDuplicates } from './targets.js';

const word = z.string().min(1);
const kind = z.enum(['count', 'amount', 'percent']);
export type MeasureKind = z.infer<typeof kind>;

/** `rules/measures.yaml`: measure words (家 个 亿元…), scales (亿 万 千) and Chinese numerals. */
export const measures = defineRuleFile({
  path: 'measures.yaml',
  schema: z.object({
    measures: z
      .array(z.object({ word, unit: word.optional(), kind, factor: z.number().positive().optional(), after: z.array(word).min(1).optional(), notBefore: z.array(word).min(1).optional() }))
      .min(1),
    per: z.array(word).default([]),
    scales: z.record(word, z.number().positive()),
    numerals: z.object({
      digits: z.record(z.string().length(1), z.number().int().min(0).max(9)),
      units: z.record(z.string().length(1), z.number().int().positive()),
      sections: z.record(z.string().length(1), z.number().int().positive()),
    }),
  }),
  compile: (raw, t) => {
    failDuplicates(
      t,
      'measures',
      raw.measures.map((m) => m.word),
    );
    const byWord: Record<string, { unit: string; kind: MeasureKind; factor: number }> = {};
    for (const m of raw.measures) byWord[m.word] = { unit: m.unit ?? m.word, kind: m.kind, factor: m.factor ?? 1 };
    const scales = Object.entries(raw.scales)
      .map(([w, factor]) => ({ word: w, factor }))
      .sort((a, b) => b.word.length - a.word.length);
    for (const s of scales) if (s.word in byWord) t.fail(`scales.${s.word}`, 'is also a measure word');
    return {
      byWord,
      measureAlt: [
        alternation(raw.measures.filter((m) => !m.after && !m.notBefore).map((m) => m.word)),
        // `2026集成电路…大会`: a measure that is the first character of a word after it is no measure
        ...raw.measures.filter((m) => !m.after && m.notBefore).map((m) => `${escape(m.word)}(?!${alternation(m.notBefore!)})`),
        // `受教育年限达到11.5年`: a measure that counts only after one of its words, earlier in the clause
        ...raw.measures
          .filter((m) => m.after)
          .map((m) => `${escape(m.word)}(?<=(?:${alternation(m.after!)})[^，,。；;：:\n]{0,12}${escape(m.word)})`),
      ].join('|'),
      perAlt: alternation([...raw.measures.map((m) => m.word).filter((w) => !w.includes('/')), ...raw.per]),
      scales,
      scaleAlt: alternation(scales.map((s) => s.word)),
      numerals: raw.numerals,
    };
  },
});
