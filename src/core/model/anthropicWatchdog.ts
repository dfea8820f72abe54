/**
 * Fires when a request goes quiet for too long. The SDK's own timeout only covers the wait for
 * response headers; a stream that stalls after them would hang forever without this.
 *
 * While the request is quiet it reports how long ("no answer for 20 s") every sixth of the limit,
 * so the wait is visible before it ends in a failure. Activity only records the time: the one
 * timer checks, when it fires, how long the request has been quiet, so a stream of thousands of
 * events costs no timer work per event.
 */
export class IdleWatchdog {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastActivity = 0;
  private stopped = false;
  private firedAfterMs: number | undefined;
  private quietReported = false;
  private readonly reportEveryMs: number;

  constructor(
    private readonly idleTimeoutMs: number,
    private readonly onIdle: () => void,
    /** Called with the quiet time while the request is quiet, and with undefined when activity resumes. */
    private readonly onQuiet?: (quietMs: number | undefined) => void,
  ) {
    this.reportEveryMs = onQuiet ? Math.min(10_000, Math.max(250, idleTimeoutMs / 6)) : idleTimeoutMs;
  }

  get hasFired(): boolean {
    return this.firedAfterMs !== undefined;
  }

  /** How long the request had been quiet when the watchdog gave up on it. */
  get quietMsWhenFired(): number | undefined {
    return this.firedAfterMs;
  }

  /** Something arrived (or the attempt started): the quiet period starts again. */
  touch(): void {
    if (this.stopped) return;
    this.lastActivity = performance.now();
    if (this.quietReported) {
      this.quietReported = false;
      this.onQuiet?.(undefined);
    }
    if (this.timer === undefined) this.arm(this.reportEveryMs);
  }

  /** Ends the watch; a quiet period that was reported is reported as over. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.quietReported) {
      this.quietReported = false;
      this.onQuiet?.(undefined);
    }
  }

  private arm(delayMs: number): void {
    this.timer = setTimeout(() => this.check(), delayMs);
  }

  private check(): void {
    this.timer = undefined;
    if (this.stopped) return;
    const quietMs = performance.now() - this.lastActivity;
    if (quietMs >= this.idleTimeoutMs) {
      this.firedAfterMs = quietMs;
      this.stopped = true;
      this.onIdle();
      return;
    }
    if (quietMs >= this.reportEveryMs) {
      this.quietReported = true;
      this.onQuiet?.(quietMs);
    }
    const nextReport = (Math.floor(quietMs / this.reportEveryMs) + 1) * this.reportEveryMs - quietMs;
    this.arm(Math.max(1, Math.min(nextReport, this.idleTimeoutMs - quietMs)));
  }
}
