/**
 * Small list tests for the per-document stages, written as loops in module-level functions rather
 * than as `list.some((w) => text.startsWith(w))` at each call site: a closure created per call loses
 * its optimised code at every full collection of the worker's heap (V8 keeps a closure's optimised
 * code only while a closure of it is alive), and the hot ones were compiled again ~50 times in a run
 * over 186 PDFs. Same results as the `some`/`find` they replace.
 */

/** The first of `words` (in their order) that `text` starts with; with `proper`, only one shorter than `text`. */
export function firstPrefix(text: string, words: readonly string[], proper = false): string | undefined {
  for (const w of words) if (text.startsWith(w) && (!proper || text.length > w.length)) return w;
  return undefined;
}

export function startsWithAny(text: string, words: readonly string[]): boolean {
  return firstPrefix(text, words) !== undefined;
}

/** The first of `words` (in their order) that `text` ends with. */
export function firstSuffix(text: string, words: readonly string[]): string | undefined {
  for (const w of words) if (text.endsWith(w)) return w;
  return undefined;
}

export function endsWithAny(text: string, words: readonly string[]): boolean {
  return firstSuffix(text, words) !== undefined;
}

/** The first of `patterns` whose `re.test(text)` (a global or sticky pattern's lastIndex moves as it does there). */
export function firstTested<T extends { re: RegExp }>(patterns: readonly T[], text: string): T | undefined {
  for (const p of patterns) if (p.re.test(text)) return p;
  return undefined;
}

/** Whether one of `patterns` matches `text` (`re.test`). */
export function anyTest(patterns: readonly { re: RegExp }[], text: string): boolean {
  return firstTested(patterns, text) !== undefined;
}

/** A comparator: longer strings first (stable among equal lengths). */
export const longestFirst = (a: string, b: string): number => b.length - a.length;

/** The first of `items` (outline sections) whose parent is `id`. */
export function firstChildOf<T extends { parentId: string | null }>(id: string, items: readonly T[]): T | undefined {
  for (const c of items) if (c.parentId === id) return c;
  return undefined;
}
