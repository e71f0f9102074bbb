/**
 * Words before a target that change how it is read (rules/targets.yaml): 力争 makes it
 * aspirational (for the rest of its sentence), 每年 makes it recur (within its clause).
 * No regexes: plain word look-ups in the text before the target.
 */
import type { Recurrence } from '../../../schema/output.js';

export function isAspirational(sentenceBefore: string, words: readonly string[], notBefore: readonly string[] = []): boolean {
  return words.some((w) => {
    for (let at = sentenceBefore.indexOf(w); at >= 0; at = sentenceBefore.indexOf(w, at + 1)) {
      const after = at + w.length;
      if (!notBefore.some((n) => sentenceBefore.startsWith(n, after))) return true;
    }
    return false;
  });
}

export function recurrenceOf(
  clauseBefore: string,
  words: readonly { readonly word: string; readonly recurrence: Recurrence }[],
): Recurrence | null {
  let best: { at: number; recurrence: Recurrence } | null = null;
  for (const w of words) {
    const at = clauseBefore.lastIndexOf(w.word);
    if (at >= 0 && (best === null || at > best.at)) best = { at, recurrence: w.recurrence };
  }
  return best?.recurrence ?? null;
}
