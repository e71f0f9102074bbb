/** A half-open range of UTF-16 offsets into the normalised text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** Where page `page` (1-based) starts in the normalised text. Sorted by `start`. */
export interface PageStart {
  page: number;
  start: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** The page that holds `offset`, or undefined when the document has no pages (TXT, DOCX). */
export function pageOf(pageMap: readonly PageStart[] | undefined, offset: number): number | undefined {
  if (!pageMap || pageMap.length === 0) return undefined;
  let lo = 0;
  let hi = pageMap.length - 1;
  if (offset < pageMap[0].start) return pageMap[0].page;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pageMap[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return pageMap[lo].page;
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function shift(s: Span, by: number): Span {
  return { start: s.start + by, end: s.end + by };
}

/** Whether `inner` lies within one of `spans` (a loop rather than a callback: see `core/lists.ts`). */
export function insideAny(inner: Span, spans: readonly Span[]): boolean {
  for (const s of spans) if (contains(s, inner)) return true;
  return false;
}

const spanStart = (item: unknown): number => (item as Span).start;

/**
 * The index of the first of `items` (sorted by start) that starts at or after `at`; `items.length`
 * when none does. `startOf` reads an item's start (a span's own by default).
 */
export function firstStartingFrom<T>(items: readonly T[], at: number, startOf: (item: T) => number = spanStart): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
