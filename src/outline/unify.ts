import type { RuleSet } from '../ruleset/registry.js';
import type { ItemHit } from './find.js';

/**
 * Real documents mix styles that share brackets: `（1）` standing where `（二）`
 * `（三）` follow is the first item of that list, and `（3）` after `（二）` is its
 * third. Within each group of interchangeable styles, an item keeps its own style
 * when it continues that style's numbering; otherwise it takes a neighbour's style
 * when its ordinal continues the neighbour's sequence.
 */
export function unifyStyles(hits: readonly ItemHit[], rules: RuleSet): ItemHit[] {
  const out = hits.map((h) => ({ ...h }));
  for (const group of rules.markers.interchangeable) {
    const idx = out.map((h, i) => (group.includes(h.style) ? i : -1)).filter((i) => i >= 0);
    const last = new Map<string, number>();
    idx.forEach((i, k) => {
      const h = out[i];
      if (h.ordinal === null) return;
      const prev = k > 0 ? out[idx[k - 1]] : undefined;
      const next = k + 1 < idx.length ? out[idx[k + 1]] : undefined;
      if (last.get(h.style) === h.ordinal - 1) {
        // continues its own list: (三) after (二)…(1)(2)
      } else if (prev && prev.style !== h.style && prev.ordinal === h.ordinal - 1) {
        h.style = prev.style;
      } else if (h.ordinal === 1 && next && next.style !== h.style && next.ordinal === 2) {
        h.style = next.style;
      }
      last.set(h.style, h.ordinal);
    });
  }
  return out;
}
