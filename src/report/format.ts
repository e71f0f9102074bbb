/** How items are shown in the report: values, comparators, dates, roles. */
import type { Deadline, Target, UnitRole } from '../schema/output.js';

export const ROLE_LABEL: Record<UnitRole, string> = { lead: 'lead', co: 'co-operating', responsible: 'responsible' };
export const ROLE_CLASS: Record<UnitRole, string> = { lead: 'lead', co: 'co', responsible: 'resp' };

const CMP: Record<Target['comparator'], string> = { eq: '', gt: '>', gte: '≥', lt: '<', lte: '≤', approx: '≈', range: '' };

const num = (v: number) => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6))));

/** `≥ 1500 亿元`, `10–20 个`, `×2`: the value as written (raw value and unit), with its comparator. */
export function targetValue(t: Target): string {
  const unit = t.rawUnit ?? t.unit ?? '';
  if (t.relative) return `×${num(t.relative.multiplier)}${unit ? ` ${unit}` : ''}`;
  if (t.value === null && t.rawValue === null) return '';
  const v = t.rawValue ?? num(t.value as number);
  if (t.comparator === 'range') {
    const max = t.valueMax === null ? '' : t.rawValue && t.value !== null && t.valueMax !== null ? scaleLike(t) : num(t.valueMax);
    return `${v}–${max}${unit ? ` ${unit}` : ''}`;
  }
  const c = CMP[t.comparator];
  return `${c ? `${c} ` : ''}${v}${unit ? ` ${unit}` : ''}`;
}

/** The upper bound of a range in the raw unit's scale (value and rawValue share the scale factor). */
function scaleLike(t: Target): string {
  const raw = Number(t.rawValue);
  if (!Number.isFinite(raw) || raw === 0 || !t.value) return num(t.valueMax as number);
  return num(((t.valueMax as number) * raw) / t.value);
}

export function targetYear(t: Target): string {
  if (t.year === null) return '';
  return t.yearSource && t.yearSource !== 'stated' ? `${t.year} (${t.yearSource})` : String(t.year);
}

export function targetTitle(t: Target): string {
  const parts = [`target: ${t.metric ?? t.text}`, targetValue(t)];
  if (t.year !== null) parts.push(`due ${targetYear(t)}`);
  if (t.baseline) parts.push(`baseline ${t.baseline.value ?? '?'}${t.baseline.year ? ` (${t.baseline.year})` : ''}`);
  if (t.aspirational) parts.push('aspirational (力争)');
  if (t.recurrence) parts.push(`every ${t.recurrence}`);
  return parts.filter(Boolean).join(' · ');
}

export function deadlineValue(d: Deadline): string {
  if (d.kind === 'recurring') return d.recurrence ?? 'recurring';
  if (d.kind === 'period') return `${d.start ?? '?'} – ${d.date ?? '?'}`;
  return d.date ? `by ${d.date}` : 'by ?';
}

export function deadlineTitle(d: Deadline): string {
  return `deadline (${d.kind}): ${deadlineValue(d)}`;
}
