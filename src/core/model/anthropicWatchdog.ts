/**
 * Fires when a request goes quiet for too long. The SDK's own timeout only covers the wait for
 * response headers; a stream that stalls after them would hang forever without this.
 *
 * It is paused while the SDK sleeps between its own retries (a server's `retry-after` may
 * legitimately be longer than the idle limit) and resumed when the next HTTP attempt starts.
 * Activity only records the time: the one timer checks, when it fires, whether the request was
 * quiet for the whole limit, so a stream of thousands of events costs no timer work per event.
 */
export class IdleWatchdog {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastActivity = 0;
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
    this.lastActivity = performance.now();
    if (this.timer === undefined) this.arm(this.idleTimeoutMs);
  }

  pause(): void {
    this.clear();
  }

  stop(): void {
    this.stopped = true;
    this.clear();
  }

  private arm(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (this.stopped) return;
      const quietMs = performance.now() - this.lastActivity;
      if (quietMs < this.idleTimeoutMs) {
        this.arm(this.idleTimeoutMs - quietMs);
        return;
      }
      this.fired = true;
      this.stopped = true;
      this.onIdle();
    }, delayMs);
  }

  private clear(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
