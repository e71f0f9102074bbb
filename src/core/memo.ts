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
