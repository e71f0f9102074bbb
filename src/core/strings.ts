/** `审管办` of `审判管理办公室`, `绍兴市人大常委会` of `绍兴市人民代表大会常务委员会`: the full name's first character, then the others of the short one in order. */
export function abbreviates(short: string, full: string): boolean {
  return short.length > 0 && short[0] === full[0] && inOrder(short.slice(1), full, 1);
}

/** Every character of `short` found in `full` (from `from` on), in order. */
export function inOrder(short: string, full: string, from = 0): boolean {
  let i = from;
  for (const ch of short) {
    i = full.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}
