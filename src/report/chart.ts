/**
 * A stacked bar chart as inline SVG, drawn at report time: no script, no canvas, so it renders
 * from disk, prints, and its text is real text (Chinese labels use the page's fonts).
 */
import { esc } from './html.js';

export const PALETTE = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export interface StackedBars {
  /** x categories, left to right. */
  categories: string[];
  /** One series per stack layer; `values[i]` belongs to `categories[i]`. */
  series: { name: string; color: string; values: number[] }[];
  /** Unit of a value, for tooltips: "targets". */
  unit: string;
}

/** Round numbers for the y axis: 1, 2, 5 × 10^k steps, about `want` of them. */
function ticks(max: number, want = 5): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / want;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((f) => f * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = 0; v <= max + step * 0.999; v += step) out.push(Math.round(v * 1e9) / 1e9);
  return out;
}

export function stackedBarChart(data: StackedBars, opts: { width?: number; height?: number; title: string }): string {
  const W = opts.width ?? 720;
  const H = opts.height ?? 280;
  const m = { top: 24, right: 16, bottom: 36, left: 44 };
  const totals = data.categories.map((_, i) => data.series.reduce((s, se) => s + (se.values[i] ?? 0), 0));
  const ys = ticks(Math.max(0, ...totals));
  const yMax = ys[ys.length - 1] || 1;
  const iw = W - m.left - m.right;
  const ih = H - m.top - m.bottom;
  const band = iw / Math.max(1, data.categories.length);
  const bw = Math.min(72, band * 0.62);
  const y = (v: number) => m.top + ih - (v / yMax) * ih;
  const parts: string[] = [];
  parts.push(`<svg class="chart" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" role="img" aria-label="${esc(opts.title)}" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title>${esc(opts.title)}</title>`);
  for (const t of ys) {
    parts.push(`<line class="grid" x1="${m.left}" x2="${W - m.right}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}"/>`);
    parts.push(`<text class="ytick" x="${m.left - 8}" y="${(y(t) + 4).toFixed(1)}" text-anchor="end">${t}</text>`);
  }
  data.categories.forEach((cat, i) => {
    const x = m.left + band * i + (band - bw) / 2;
    let acc = 0;
    parts.push(`<g class="bar" data-category="${esc(cat)}">`);
    for (const se of data.series) {
      const v = se.values[i] ?? 0;
      if (!v) continue;
      const y0 = y(acc);
      const y1 = y(acc + v);
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y1.toFixed(1)}" width="${bw.toFixed(1)}" height="${Math.max(0.5, y0 - y1).toFixed(1)}" fill="${esc(se.color)}"><title>${esc(`${se.name} · ${cat}: ${v} ${data.unit}`)}</title></rect>`,
      );
      acc += v;
    }
    parts.push('</g>');
    if (totals[i]) parts.push(`<text class="total" x="${(x + bw / 2).toFixed(1)}" y="${(y(totals[i]) - 6).toFixed(1)}" text-anchor="middle">${totals[i]}</text>`);
    parts.push(`<text class="xtick" x="${(x + bw / 2).toFixed(1)}" y="${H - m.bottom + 20}" text-anchor="middle">${esc(cat)}</text>`);
  });
  parts.push(`<line class="axis" x1="${m.left}" x2="${W - m.right}" y1="${y(0)}" y2="${y(0)}"/>`);
  parts.push('</svg>');
  const legend = `<ul class="chart-legend">${data.series
    .filter((se) => se.values.some((v) => v > 0))
    .map((se) => `<li><i style="background:${esc(se.color)}"></i>${esc(se.name)}</li>`)
    .join('')}</ul>`;
  return `<figure class="chart-box">${parts.join('')}${legend}</figure>`;
}
