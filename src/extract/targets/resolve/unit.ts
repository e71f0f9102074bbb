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
  const scaled = scaledMeasure(written, table);
  if (scaled) return scaled;
  // `万元/亩` → 元/亩 × 1e4, `公里/万平方公里` → 公里/万平方公里: the measure before the `/` is scaled,
  // the one after keeps its scale and takes its measure's base name (`元/平米` → 元/平方米)
  const slash = written.indexOf('/');
  if (slash > 0) {
    const head = table.byWord[written.slice(0, slash)] ? { ...table.byWord[written.slice(0, slash)], scale: 1 } : scaledMeasure(written.slice(0, slash), table);
    if (head) {
      const per = written.slice(slash + 1);
      const scale = table.scales.find((s) => per.startsWith(s.word) && table.byWord[per.slice(s.word.length)]);
      const base = scale ? table.byWord[per.slice(scale.word.length)] : table.byWord[per];
      const denominator = base ? (scale?.word ?? '') + base.unit : per;
      return { unit: `${head.unit}/${denominator}`, scale: head.scale, kind: head.kind };
    }
  }
  return { unit: written, scale: 1, kind: null };
}

/** `亿元` → 元 × 1e8: a scale word and a measure word, or null. */
function scaledMeasure(written: string, table: MeasureTable): ResolvedUnit | null {
  for (const s of table.scales) {
    if (!written.startsWith(s.word)) continue;
    const rest = table.byWord[written.slice(s.word.length)];
    if (rest) return { unit: rest.unit, scale: s.factor, kind: rest.kind };
  }
  return null;
}

/** `value × scale` without floating-point noise (`5728.02 × 1e8`). */
export function scaleValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}
