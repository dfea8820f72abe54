/**
 * An immutable list whose `append` costs O(1) (amortised) instead of copying: the run-state fold
 * appends to lists that grow with the journal (a delegation's progress, its transcript), and copying
 * them on every event made folding O(n²).
 *
 * Every list shares one backing array with the lists it was appended from and knows how many of its
 * items are its own. Appending to the newest list pushes onto that array; appending to an older
 * one (a fork, which a fold never does) copies its items first, so no list ever sees another's items.
 */
export class AppendOnlyList<T> implements Iterable<T> {
  private static readonly EMPTY = new AppendOnlyList<never>([], 0);

  private constructor(private readonly items: T[], readonly length: number) {}

  static empty<T>(): AppendOnlyList<T> {
    return AppendOnlyList.EMPTY;
  }

  static of<T>(items: readonly T[]): AppendOnlyList<T> {
    return items.length === 0 ? AppendOnlyList.EMPTY : new AppendOnlyList([...items], items.length);
  }

  append(item: T): AppendOnlyList<T> {
    // The shared empty list never takes items: every list grows from a backing array of its own.
    if (this.length > 0 && this.items.length === this.length) {
      this.items.push(item);
      return new AppendOnlyList(this.items, this.length + 1);
    }
    const items = this.items.slice(0, this.length);
    items.push(item);
    return new AppendOnlyList(items, this.length + 1);
  }

  /** Like `Array.prototype.at`: negative indexes count from the end. */
  at(index: number): T | undefined {
    const i = index < 0 ? this.length + index : index;
    return i >= 0 && i < this.length ? this.items[i] : undefined;
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = 0; i < this.length; i++) yield this.items[i];
  }

  map<U>(fn: (item: T, index: number) => U): U[] {
    const out: U[] = new Array<U>(this.length);
    for (let i = 0; i < this.length; i++) out[i] = fn(this.items[i], i);
    return out;
  }

  /** The items from `start` (default 0) to `end` (default the end), as a fresh array. */
  slice(start = 0, end = this.length): T[] {
    const from = start < 0 ? Math.max(0, this.length + start) : Math.min(start, this.length);
    const to = end < 0 ? Math.max(0, this.length + end) : Math.min(end, this.length);
    return this.items.slice(from, Math.max(from, to));
  }

  toArray(): T[] {
    return this.items.slice(0, this.length);
  }

  /** Serialises as the array it stands for (run state goes to JSON in audits and tests). */
  toJSON(): T[] {
    return this.toArray();
  }
}
