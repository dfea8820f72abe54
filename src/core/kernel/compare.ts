/** Plain code-unit order: the same on every machine, unlike localeCompare. For paths, ids and names. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
