/**
 * Written units → base unit and scale: `亿元` → 元 × 1e8, `万平方米` → 平方米 × 1e4,
 * `万件` → 件 × 1e4, `%` → %. No regexes: measures and scales come from rules/measures.yaml.
 * A unit that is not a known measure is kept as written, unscaled.
 */
import type { MeasureKind } from '../../../ruleset/schemas/measures.js';

export interface MeasureTable {
  readonly byWord: Readonly<Record<string, { readonly unit: string; readonly kind: MeasureKind; readonly factor: number }>>;
  readonly scales: readonly { readonly word: string; readonly factor: number }[];
}

export interface ResolvedUnit {
  unit: string;
  scale: number;
  kind: MeasureKind | null;
}

export function resolveUnit(rawUnit: string, table: MeasureTable): ResolvedUnit {
  const written = [...rawUnit].filter((ch) => ch.trim() !== '').join('');
  const whole = measureOf(written, table);
  if (whole) return { unit: whole.unit, scale: whole.scale, kind: whole.kind };
  // `万元/亩` → 元/亩 × 1e4, `公里/万平方公里` → 公里/万平方公里: the measure before the `/` is scaled,
  // the one after keeps its scale word and takes its measure's base name (`元/平米` → 元/平方米)
  const slash = written.indexOf('/');
  const head = slash > 0 ? measureOf(written.slice(0, slash), table) : null;
  if (head) {
    const per = measureOf(written.slice(slash + 1), table);
    const denominator = per ? per.scaleWord + per.unit : written.slice(slash + 1);
    return { unit: `${head.unit}/${denominator}`, scale: head.scale, kind: head.kind };
  }
  return { unit: written, scale: 1, kind: null };
}

/** A measure word (`家`), or a scale word and one (`亿元` → 元 × 1e8, scale word `亿`); null otherwise. */
function measureOf(written: string, table: MeasureTable): { unit: string; scale: number; kind: MeasureKind; scaleWord: string } | null {
  const known = table.byWord[written];
  if (known) return { unit: known.unit, scale: known.factor, kind: known.kind, scaleWord: '' };
  for (const s of table.scales) {
    if (!written.startsWith(s.word)) continue;
    const rest = table.byWord[written.slice(s.word.length)];
    if (rest) return { unit: rest.unit, scale: s.factor * rest.factor, kind: rest.kind, scaleWord: s.word };
  }
  return null;
}

/** `value × scale` without floating-point noise (`5728.02 × 1e8`). */
export function scaleValue(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}
