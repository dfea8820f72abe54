/**
 * Work that grows with a user's data (ranking 10,000 memory sections, validating a thousand run
 * summaries) written once as a generator that yields between units of work, and run either to its end at once (`now`, for
 * callers that need the answer synchronously) or with the event loop's turns in between (`paced`,
 * for the host thread). Both share one run: what `paced` did is not done again by `now`, and a
 * `paced` whose work `now` finished meanwhile returns that result.
 */
export class Stepped<T> {
  private result: { readonly value: T } | undefined;

  constructor(private readonly work: Generator<void, T, void>) {}

  now(): T {
    while (!this.result) this.step();
    return this.result.value;
  }

  /** The remaining steps as steps of a larger piece of work (`yield*` them). */
  *steps(): Generator<void, T, void> {
    while (!this.result) {
      this.step();
      if (!this.result) yield;
    }
    return this.result.value;
  }

  /**
   * Runs the remaining steps, calling `pace` before each (it yields when a slice is used up, and
   * throws once cancelled): the first step too, since the caller may have used up the slice already.
   */
  async paced(pace: () => Promise<void>): Promise<T> {
    const steps = this.steps();
    for (;;) {
      await pace();
      const next = steps.next();
      if (next.done) return next.value;
    }
  }

  private step(): void {
    const next = this.work.next();
    if (next.done) this.result = { value: next.value };
  }
}
