/**
 * `make(key)` computed once per key object and kept as long as the key lives: for what is derived
 * from a rule set or one of its regexes (compiled patterns, prefixes, private regex copies), which
 * every document and every range asks for again.
 */
export function memoize<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    const value = make(key);
    cache.set(key, value);
    return value;
  };
}

/**
 * A cache keyed by an object (kept as long as it lives) and a second key: `get(owner, key, make)`
 * returns the value stored for the pair, made by `make()` the first time. For what is derived from
 * a rule set one piece at a time (each matcher's compiled regex).
 */
export function pairCache<K extends object, K2, V>(): (owner: K, key: K2, make: () => V) => V {
  const byOwner = memoize((_owner: K) => new Map<K2, V>());
  return (owner, key, make) => {
    const values = byOwner(owner);
    let value = values.get(key);
    if (value === undefined) values.set(key, (value = make()));
    return value;
  };
}

/** `re` anchored at the end of what it is tested on, made once per pattern (a role word closing a clause, a body's ending). */
export const anchoredAtEnd = memoize((re: RegExp) => new RegExp(`(?:${re.source})$`, 'u'));
