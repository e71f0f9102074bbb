/**
 * Source text with every extracted item highlighted at its span.
 *
 * Spans nest (a unit inside a task, a target inside a task inside a table) and may cross
 * (a deadline overlapping a target). So the text is split into segments at every span start
 * and end (and at every line break and marker), and each segment is wrapped in the stack of
 * items open over it, outermost first. Every piece of an item carries its `data-id`, so the
 * browser finds all pieces of one item with one selector. All text is escaped.
 */
import { esc } from './html.js';

export interface HlItem {
  /** Short id, unique within the page (`t3`, `t3u1`, …). */
  id: string;
  /** CSS classes besides `hl`. */
  cls: string;
  start: number;
  end: number;
  /** Nesting order for equal spans: lower is outer. */
  rank: number;
  /** Tooltip; left out for large items (it would be repeated on every piece). */
  title?: string;
}

/** Markup placed at an offset, between segments (page numbers, anchors). */
export interface HlMarker {
  at: number;
  html: string;
}

/**
 * One `<div class="ln">` per line of `text`, items wrapped as `<span class="hl …" data-id>`.
 * Items with an empty span become an empty anchor span at their offset; spans outside the
 * text are clamped to it.
 */
export function renderHighlighted(text: string, items: readonly HlItem[], markers: readonly HlMarker[] = []): string {
  const n = text.length;
  const clamp = (x: number) => Math.max(0, Math.min(n, x));
  const live: HlItem[] = [];
  const extra: HlMarker[] = [...markers];
  for (const it of items) {
    const start = clamp(it.start);
    const end = clamp(it.end);
    if (end > start) live.push({ ...it, start, end });
    else extra.push({ at: start, html: `<span class="hl hl-empty ${esc(it.cls)}" data-id="${esc(it.id)}"></span>` });
  }
  // outer first: earlier start, then longer span, then lower rank
  const order = live
    .map((it, i) => ({ it, i }))
    .sort((a, b) => a.it.start - b.it.start || b.it.end - a.it.end || a.it.rank - b.it.rank || a.i - b.i)
    .map((x) => x.it);

  const cuts = new Set<number>([0, n]);
  for (const it of order) {
    cuts.add(it.start);
    cuts.add(it.end);
  }
  for (const m of extra) cuts.add(clamp(m.at));
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    cuts.add(i);
    cuts.add(i + 1);
  }
  const bounds = [...cuts].sort((a, b) => a - b);

  const markersAt = new Map<number, string[]>();
  for (const m of extra) {
    const at = clamp(m.at);
    const list = markersAt.get(at);
    if (list) list.push(m.html);
    else markersAt.set(at, [m.html]);
  }
  const open = (it: HlItem) =>
    `<span class="hl ${esc(it.cls)}" data-id="${esc(it.id)}"${it.title ? ` title="${esc(it.title)}"` : ''}>`;

  const out: string[] = ['<div class="ln">'];
  let active: HlItem[] = [];
  let next = 0; // index into `order` of the next item to open
  for (let k = 0; k < bounds.length; k++) {
    const a = bounds[k];
    active = active.filter((it) => it.end > a);
    // items open in `order`, and every item starting here comes after every active one,
    // so appending keeps `active` outermost-first
    while (next < order.length && order[next].start === a) active.push(order[next++]);
    const here = markersAt.get(a);
    if (here) out.push(...here);
    if (k + 1 >= bounds.length) break;
    const seg = text.slice(a, bounds[k + 1]);
    if (seg === '\n') {
      out.push('</div><div class="ln">');
      continue;
    }
    let piece = '';
    for (const it of active) piece += open(it);
    piece += esc(seg);
    piece += '</span>'.repeat(active.length);
    out.push(piece);
  }
  out.push('</div>');
  return out.join('');
}
