/**
 * Fires when a request goes quiet for too long. The SDK's own timeout only covers the wait for
 * response headers; a stream that stalls after them would hang forever without this.
 *
 * It is paused while the SDK sleeps between its own retries (a server's `retry-after` may
 * legitimately be longer than the idle limit) and resumed when the next HTTP attempt starts.
 */
export class IdleWatchdog {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private fired = false;

  constructor(
    private readonly idleTimeoutMs: number,
    private readonly onIdle: () => void,
  ) {}

  get hasFired(): boolean {
    return this.fired;
  }

  /** Something arrived (or an attempt started): the idle period starts again. */
  touch(): void {
    if (this.stopped) return;
    this.clear();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.stopped) return;
      this.fired = true;
      this.stopped = true;
      this.onIdle();
    }, this.idleTimeoutMs);
  }

  pause(): void {
    this.clear();
  }

  stop(): void {
    this.stopped = true;
    this.clear();
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
