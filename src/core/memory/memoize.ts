/**
 * Remembers a pure function's results by a string key, up to `limit` entries; when full, it starts
 * over rather than tracking use (the callers' working sets are far smaller than their limits).
 * Planning works on the same request words, keywords and memory files run after run.
 */
export function memoize<T>(limit: number, compute: (key: string) => T): (key: string) => T {
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
