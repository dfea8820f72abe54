/**
 * Remembers a function's results by a string key, up to `limit` entries; when full, it starts over
 * rather than tracking use (the callers' working sets are far smaller than their limits). Without
 * a limit it keeps everything: for caches that live only as long as one plan or one memory read.
 * Results may be promises, so concurrent callers share one pending read.
 */
export function memoize<T>(compute: (key: string) => T, limit = Number.POSITIVE_INFINITY): (key: string) => T {
  const results = new Map<string, T>();
  return (key) => {
    let result = results.get(key);
    if (result === undefined && !results.has(key)) {
      if (results.size >= limit) results.clear();
      result = compute(key);
      results.set(key, result);
    }
    return result as T;
  };
}

/**
 * Remembers results per owner object and string key, for as long as the owner lives (a WeakMap):
 * what is worked out from one read of project memory, say, is kept with that read and no longer.
 */
export function memoizePer<O extends object, T>(compute: (owner: O, key: string) => T): (owner: O, key: string) => T {
  const byOwner = new WeakMap<O, Map<string, T>>();
  return (owner, key) => {
    let results = byOwner.get(owner);
    if (!results) {
      results = new Map();
      byOwner.set(owner, results);
    }
    if (!results.has(key)) results.set(key, compute(owner, key));
    return results.get(key) as T;
  };
}
