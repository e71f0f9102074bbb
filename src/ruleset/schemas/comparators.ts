import { z } from 'zod';
import { defineRuleFile } from '../define.js';
import { alternation, failDuplicates } from './targets.js';

const COMPARATORS = ['eq', 'gt', 'gte', 'lt', 'lte', 'approx'] as const;
export type WordComparator = (typeof COMPARATORS)[number];

const words = z.array(z.string().min(1));
const byComparator = z.partialRecord(z.enum(COMPARATORS), words);

/** One position of comparator words: the words, their alternation and a word → comparator lookup. */
export interface ComparatorWords {
  readonly alt: string;
  readonly of: Readonly<Record<string, WordComparator>>;
}

/** `rules/comparators.yaml`: comparator words written before the number, after the measure, or between. */
export const comparators = defineRuleFile({
  path: 'comparators.yaml',
  schema: z.object({ before: byComparator, after: byComparator, between: byComparator, distant: z.array(z.string().min(1)).default([]) }),
  compile: (raw, t) => {
    const position = (name: 'before' | 'after' | 'between'): ComparatorWords => {
      const of: Record<string, WordComparator> = {};
      const all: string[] = [];
      for (const c of COMPARATORS) {
        for (const w of raw[name][c] ?? []) {
          if (w in of) t.fail(`${name}.${c}`, `"${w}" is already listed under ${of[w]}`);
          of[w] = c;
          all.push(w);
        }
      }
      failDuplicates(t, name, all);
      return { alt: alternation(all), of };
    };
    const before = position('before');
    const after = position('after');
    const between = position('between');
    const eqBefore = Object.entries(before.of)
      .filter(([, c]) => c === 'eq')
      .map(([w]) => w);
    for (const w of raw.distant) if (!(w in before.of)) t.fail('distant', `"${w}" is not a \`before\` word`);
    return { before, after, between, eqBeforeAlt: alternation(eqBefore), distant: [...raw.distant].sort((a, b) => b.length - a.length), distantAlt: alternation(raw.distant) };
  },
});
