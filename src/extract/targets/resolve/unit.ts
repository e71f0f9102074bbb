/**
 * Written units → base unit and scale: `亿元` → 元 × 1e8, `万平方米` → 平方米 × 1e4,
 * `万件` → 件 × 1e4, `%` → %. No regexes: measures and scales come from rules/measures.yaml.
 * A unit that is not a known measure is kept as written, unscaled.
 */
import type { MeasureKind } from '../../../ruleset/schemas/measures.js';

export interface MeasureTable {
  readonly byWord: Readonly<Record<string, { readonly unit: string; readonly kind: MeasureKind }>>;
  readonly scales: readonly { readonly word: string; readonly factor: number }[];
}

export interface ResolvedUnit {
  unit: string;
  scale: number;
  kind: MeasureKind | null;
}

export function resolveUnit(rawUnit: string, table: MeasureTable): ResolvedUnit {
  const written = [...rawUnit].filter((ch) => ch.trim() !== '').join('');
  const known = table.byWord[written];
  if (known) return { unit: known.unit, scale: 1, kind: known.kind };
  for (const s of table.scales) {
    if (!written.startsWith(s.word)) continue;
    const rest = table.byWord[written.slice(s.word.length)];
    if (rest) return { unit: rest.unit, scale: s.factor, kind: rest.kind };
  }
  return { unit: written, scale: 1, kind: null };
}

/** `value × scale` without floating-point noise (`5728.02 × 1e8`). */
export function scaleValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}
