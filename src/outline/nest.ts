import { LEAD_IN_STYLE, type ItemHit } from './find.js';

export interface NestedItem {
  hit: ItemHit;
  level: number;
  /** Index of the parent in the returned array, or -1. */
  parent: number;
  /** 1-based position among its siblings. */
  position: number;
  /** Exclusive end offset of the item (its last paragraph's end). */
  end: number;
}

/**
 * Enter/exit stack over the items in document order. A style seen for the first
 * time nests under the open item; a style seen before returns to the depth it had
 * (closing deeper open items), unless the open item is of a style first seen after it, at that
 * same depth, and it is not open above: then it is that item's list (`一、` › `1．`, then `二、` ›
 * `（一）` › `1．`). A `beside` style (专栏) seen for the first time stands
 * beside the open nested item instead of inside it; with a style to stand under (`besideUnder`:
 * chapter), it is a child of the innermost open item of that style when there is one (a 专栏 after
 * the `（三）` of a `第三节` belongs to the chapter, beside its 节). Unnumbered lead-in items have no
 * number to return to their depth by: a run of them under an item shallower than that depth is that item's list
 * (`三、时间安排` › `一是汛前排查阶段（…）。`) when what follows the run closes that item, not when a numbered sibling
 * list goes on below it (a run under `五、` followed by `（二）` stands where a `（一）` the text lost would hold it).
 */
export function nest(
  hits: readonly ItemHit[],
  bodyEnd: number,
  paragraphEnds: (offset: number) => number,
  besideStyles: ReadonlyMap<string, string | null> = new Map(),
): NestedItem[] {
  const items: NestedItem[] = [];
  const stack: number[] = [];
  const depthOf = new Map<string, number>();
  const childCount = new Map<number, number>();
  const close = (i: number, at: number) => {
    items[i].end = paragraphEnds(at);
  };
  const seenAt = new Map<string, number>();
  for (let h = 0; h < hits.length; h++) {
    const hit = hits[h];
    let level: number;
    const known = depthOf.get(hit.style);
    const top = stack.length ? items[stack[stack.length - 1]] : undefined;
    const holder = hit.style === LEAD_IN_STYLE && known !== undefined ? runHolder(items, stack) : undefined;
    if (holder && known! > holder.level + 1 && closesHolder(hits, h, holder.level, depthOf)) {
      // a lead-in run under an item shallower than the run's usual depth: that item's list
      level = holder.level + 1;
      while (stack.length && items[stack[stack.length - 1]].level >= level) close(stack.pop()!, hit.para.start);
    } else if (known !== undefined && top && !stack.some((i) => items[i].hit.style === hit.style) && top.hit.style !== hit.style && top.level === known && seenAt.get(top.hit.style)! > seenAt.get(hit.style)!) {
      // a style seen before, now under an item of a style first seen after it at the same depth (`1．` under
      // `一、`, later under `（一）` of `二、`): the items of that list, nested under it
      level = top.level + 1;
      depthOf.set(hit.style, level);
    } else if (known !== undefined) {
      level = known;
      while (stack.length && items[stack[stack.length - 1]].level >= level) close(stack.pop()!, hit.para.start);
    } else {
      const under = besideStyles.get(hit.style);
      const holder = under ? [...stack].reverse().find((i) => items[i].hit.style === under) : undefined;
      // a style that stands beside (专栏) takes the place of a nested open item, not a child slot
      if (top && besideStyles.has(hit.style) && top.level >= 2) {
        level = holder !== undefined ? items[holder].level + 1 : top.level;
        while (stack.length && items[stack[stack.length - 1]].level >= level) close(stack.pop()!, hit.para.start);
      } else level = top ? top.level + 1 : 1;
      depthOf.set(hit.style, level);
      seenAt.set(hit.style, seenAt.size);
    }
    const parent = stack.length ? stack[stack.length - 1] : -1;
    const position = (childCount.get(parent) ?? 0) + 1;
    childCount.set(parent, position);
    items.push({ hit, level, parent, position, end: bodyEnd });
    stack.push(items.length - 1);
  }
  while (stack.length) close(stack.pop()!, bodyEnd);
  return items;
}

/** The innermost open item that is not a lead-in item. */
function runHolder(items: readonly NestedItem[], stack: readonly number[]): NestedItem | undefined {
  for (let i = stack.length - 1; i >= 0; i--) if (items[stack[i]].hit.style !== LEAD_IN_STYLE) return items[stack[i]];
  return undefined;
}

/** The first numbered item after the lead-in run at `from` is at `level` or above (or there is none): the run ends its holder. */
function closesHolder(hits: readonly ItemHit[], from: number, level: number, depthOf: ReadonlyMap<string, number>): boolean {
  for (let i = from + 1; i < hits.length; i++) {
    if (hits[i].style === LEAD_IN_STYLE) continue;
    const depth = depthOf.get(hits[i].style);
    return depth !== undefined && depth <= level;
  }
  return true;
}
