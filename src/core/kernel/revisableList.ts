import { AppendOnlyList } from './appendOnlyList';

/**
 * An AppendOnlyList whose last item may still be revised, in O(1): a model turn is recorded, then
 * what the conversation did with it (its tool results) is added to it. Items before the last are
 * settled and shared; the last is held apart until the next append settles it.
 */
export class RevisableList<T> implements Iterable<T> {
  private static readonly EMPTY = new RevisableList<never>(AppendOnlyList.empty(), [], 0);

  /** `last` is a one-item tuple so that `undefined` can be an item. */
  private constructor(private readonly settled: AppendOnlyList<T>, private readonly last: readonly [T] | [], readonly length: number) {}

  static empty<T>(): RevisableList<T> {
    return RevisableList.EMPTY;
  }

  append(item: T): RevisableList<T> {
    const settled = this.last.length === 1 ? this.settled.append(this.last[0]) : this.settled;
    return new RevisableList(settled, [item], this.length + 1);
  }

  /** The list with its last item replaced by `revise(last)`; unchanged when empty. */
  reviseLast(revise: (item: T) => T): RevisableList<T> {
    if (this.last.length === 0) return this;
    return new RevisableList(this.settled, [revise(this.last[0])], this.length);
  }

  /** The list with the item at `index` replaced; O(1) for the last item, a copy for any other. */
  revise(index: number, revise: (item: T) => T): RevisableList<T> {
    if (index === this.length - 1) return this.reviseLast(revise);
    if (index < 0 || index >= this.length) return this;
    let list = RevisableList.empty<T>();
    this.toArray().forEach((item, i) => (list = list.append(i === index ? revise(item) : item)));
    return list;
  }

  at(index: number): T | undefined {
    const i = index < 0 ? this.length + index : index;
    if (i < 0 || i >= this.length) return undefined;
    return i === this.length - 1 && this.last.length === 1 ? this.last[0] : this.settled.at(i);
  }

  *[Symbol.iterator](): Iterator<T> {
    yield* this.settled;
    if (this.last.length === 1) yield this.last[0];
  }

  map<U>(fn: (item: T, index: number) => U): U[] {
    return this.toArray().map(fn);
  }

  toArray(): T[] {
    const items = this.settled.toArray();
    if (this.last.length === 1) items.push(this.last[0]);
    return items;
  }

  toJSON(): T[] {
    return this.toArray();
  }
}
