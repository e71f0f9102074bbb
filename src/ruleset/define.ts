import type { z } from 'zod';
import { compilePattern, type Named } from './expand.js';

/**
 * One rule file: where it lives, its zod schema, and how its validated data is
 * compiled (regexes built from named sub-patterns). `fail(entry, reason)` records
 * an error naming the entry; compile keeps going so every bad entry is reported.
 */
export interface RuleFileDef<S extends z.ZodType, C> {
  /** Path under `rules/`: a file, or a folder of `.yaml` files when `dir` is true. */
  path: string;
  dir?: boolean;
  schema: S;
  compile: (raw: RawOf<S, boolean>, tools: CompileTools) => C;
}

export type RawOf<S extends z.ZodType, D extends boolean> = D extends true
  ? { file: string; data: z.infer<S> }[]
  : z.infer<S>;

export interface CompileTools {
  named: Named;
  fail: (entry: string, reason: string) => void;
  /** Compile a rule regex (named sub-patterns expanded); on error records it and returns a never-matching regex. */
  regex: (entry: string, source: string, flags?: string) => RegExp;
}

export function makeTools(file: string, named: Named, errors: { file: string; entry: string; reason: string }[]): CompileTools {
  const fail = (entry: string, reason: string) => errors.push({ file, entry, reason });
  return {
    named,
    fail,
    regex: (entry, source, flags = 'u') => {
      const r = compilePattern(source, named, flags);
      if (r.ok) return r.re;
      fail(entry, r.reason);
      return /(?!)/u;
    },
  };
}

export function defineRuleFile<S extends z.ZodType, C, D extends boolean = false>(def: {
  path: string;
  dir?: D;
  schema: S;
  compile: (raw: RawOf<S, D>, tools: CompileTools) => C;
}): RuleFileDef<S, C> {
  return def as unknown as RuleFileDef<S, C>;
}
