/**
 * Named sub-patterns (`{cnNumber}`, `{unitSep}`) in rule regexes, expanded at load
 * time from `rules/patterns.yaml` (Recognizers-Text's `!nestedRegex`).
 * A `{name}` that is not defined is left alone only if it is a regex quantifier
 * (`{2}`, `{1,3}`); anything else is an error naming the pattern.
 */
export type Named = Readonly<Record<string, string>>;

const REF = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;

export function expandPattern(source: string, named: Named, seen: string[] = []): string {
  return source.replace(REF, (_m, name: string) => {
    if (!(name in named)) throw new ExpandError(`unknown named pattern {${name}}`);
    if (seen.includes(name)) throw new ExpandError(`named pattern {${name}} refers to itself`);
    return `(?:${expandPattern(named[name], named, [...seen, name])})`;
  });
}

export class ExpandError extends Error {}

/** Expand then compile; the error message is returned, not thrown, so the loader can name file and key. */
export function compilePattern(
  source: string,
  named: Named,
  flags = 'u',
): { ok: true; re: RegExp } | { ok: false; reason: string } {
  try {
    return { ok: true, re: new RegExp(expandPattern(source, named), flags) };
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
}
