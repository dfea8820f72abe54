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
