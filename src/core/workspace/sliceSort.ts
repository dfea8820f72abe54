import type { ToolBudget } from './toolBudget';

/** Items sorted at once before the event loop gets a turn; the merges that follow pace themselves. */
const RUN_LENGTH = 4096;

/**
 * `items` sorted by `compare` (a new array), in slices: sorting 200,000 paths in one go holds the
 * thread for a few hundred milliseconds on a slow machine. Runs of a few thousand are sorted, then
 * merged pairwise, yielding whenever the budget's slice is used up. Stable, like Array#sort.
 */
export async function sortInSlices<T>(items: readonly T[], compare: (a: T, b: T) => number, budget: ToolBudget): Promise<T[]> {
  let runs: T[][] = [];
  for (let start = 0; start < items.length; start += RUN_LENGTH) {
    await budget.pace();
    runs.push(items.slice(start, start + RUN_LENGTH).sort(compare));
  }
  while (runs.length > 1) {
    const merged: T[][] = [];
    for (let i = 0; i < runs.length; i += 2) merged.push(i + 1 < runs.length ? await merge(runs[i], runs[i + 1], compare, budget) : runs[i]);
    runs = merged;
  }
  return runs[0] ?? [];
}

async function merge<T>(left: readonly T[], right: readonly T[], compare: (a: T, b: T) => number, budget: ToolBudget): Promise<T[]> {
  const out: T[] = new Array<T>(left.length + right.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < left.length && j < right.length) {
    if ((k & 1023) === 0 && budget.due) await budget.pace();
    out[k++] = compare(right[j], left[i]) < 0 ? right[j++] : left[i++];
  }
  while (i < left.length) out[k++] = left[i++];
  while (j < right.length) out[k++] = right[j++];
  return out;
}
