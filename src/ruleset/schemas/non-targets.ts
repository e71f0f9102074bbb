import { z } from 'zod';
import { defineRuleFile } from '../define.js';

const entry = z.object({ id: z.string().min(1), pattern: z.string().min(1), note: z.string().optional() });

/** `rules/non-targets.yaml`: names holding numbers, qualifiers, past facts, subsidy clauses. */
export const nonTargets = defineRuleFile({
  path: 'non-targets.yaml',
  schema: z.object({
    names: z.array(entry),
    before: z.array(entry),
    after: z.array(entry),
    bare: z.object({
      rules: z.array(z.string().min(1)),
      afterVerb: z.array(z.string().min(1)).default([]),
      verbs: z.array(z.string().min(1)).default([]),
      numbers: z.string().min(1),
    }),
    frequency: z
      .object({ numbers: z.string().min(1), measures: z.array(z.string().min(1)).min(1), every: z.string().min(1), ownVerbs: z.array(z.string().min(1)).default([]) })
      .default({ numbers: '(?!)', measures: ['次'], every: '(?!)', ownVerbs: [] }),
    qualifiers: z.array(
      entry.extend({
        always: z.boolean(),
        keepAfter: z.string().min(1).optional(),
        keepAfterBound: z.string().min(1).optional(),
        beforeCount: z.boolean().default(false),
        measures: z.array(z.string().min(1)).optional(),
        before: z.string().min(1).optional(),
      }),
    ),
    scopes: z
      .array(
        z.object({
          id: z.string().min(1),
          before: z.string().min(1),
          after: z.string().min(1),
          rest: z.string().min(1).optional(),
          exceptMeasures: z.array(z.string().min(1)).optional(),
          note: z.string().optional(),
        }),
      )
      .default([]),
    pastFacts: z.array(entry.extend({ unlessDue: z.boolean().default(false), wholeSentence: z.boolean().default(false), ownClause: z.boolean().default(false) })),
    clauses: z.array(entry),
    condition: z.string().min(1).default('(?!)'),
    clauseGoesOn: z.array(z.string().min(1)).default([]),
    pastParagraph: z.string().min(1).default('(?!)'),
  }),
  compile: (raw, t) => {
    const list = (key: string, xs: readonly z.infer<typeof entry>[], flags: string) =>
      xs.map((e) => ({ id: e.id, re: t.regex(`${key}.${e.id}`, e.pattern, flags) }));
    for (const [key, xs] of [
      ['before', raw.before],
      ['after', raw.after],
      ['qualifiers', raw.qualifiers],
    ] as const) {
      xs.forEach((e) => {
        if (key === 'before' && !e.pattern.endsWith('$')) t.fail(`${key}.${e.id}`, 'pattern must end with $');
        if (key !== 'before' && !e.pattern.startsWith('^')) t.fail(`${key}.${e.id}`, 'pattern must start with ^');
      });
    }
    return {
      names: list('names', raw.names, 'gu'),
      before: list('before', raw.before, 'u'),
      after: list('after', raw.after, 'u'),
      bare: {
        rules: raw.bare.rules,
        afterVerb: raw.bare.afterVerb,
        verbs: [...raw.bare.verbs].sort((a, b) => b.length - a.length),
        numbers: t.regex('bare.numbers', raw.bare.numbers, 'u'),
      },
      frequency: {
        numbers: t.regex('frequency.numbers', raw.frequency.numbers, 'u'),
        measures: new Set(raw.frequency.measures),
        everyRe: t.regex('frequency.every', raw.frequency.every, 'u'),
        ownVerbs: [...raw.frequency.ownVerbs].sort((a, b) => b.length - a.length),
      },
      qualifiers: raw.qualifiers.map((e) => ({
        id: e.id,
        always: e.always,
        beforeCount: e.beforeCount,
        re: t.regex(`qualifiers.${e.id}`, e.pattern, 'u'),
        keepAfter: e.keepAfter !== undefined ? t.regex(`qualifiers.${e.id}.keepAfter`, e.keepAfter, 'u') : null,
        keepAfterBound: e.keepAfterBound !== undefined ? t.regex(`qualifiers.${e.id}.keepAfterBound`, e.keepAfterBound, 'u') : null,
        measures: e.measures ? new Set(e.measures) : null,
        before: e.before !== undefined ? t.regex(`qualifiers.${e.id}.before`, e.before, 'u') : null,
      })),
      scopes: raw.scopes.map((e) => {
        if (!e.before.endsWith('$')) t.fail(`scopes.${e.id}.before`, 'pattern must end with $');
        if (!e.after.startsWith('^')) t.fail(`scopes.${e.id}.after`, 'pattern must start with ^');
        return {
          id: e.id,
          before: t.regex(`scopes.${e.id}.before`, e.before, 'u'),
          after: t.regex(`scopes.${e.id}.after`, e.after, 'u'),
          rest: e.rest === undefined ? null : t.regex(`scopes.${e.id}.rest`, e.rest, 'u'),
          exceptMeasures: new Set(e.exceptMeasures ?? []),
        };
      }),
      pastFacts: raw.pastFacts.map((e) => ({ id: e.id, re: t.regex(`pastFacts.${e.id}`, e.pattern, 'gu'), unlessDue: e.unlessDue, wholeSentence: e.wholeSentence, ownClause: e.ownClause })),
      clauses: list('clauses', raw.clauses, 'u'),
      conditionRe: t.regex('condition', raw.condition, 'u'),
      clauseGoesOn: raw.clauseGoesOn,
      pastParagraphRe: t.regex('pastParagraph', raw.pastParagraph, 'u'),
    };
  },
});
