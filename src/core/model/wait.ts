import type { ModelWait } from './port';

/**
 * Waits a user can see: how a wait reads on every surface (one wording, derived here once), and the
 * countdown sleep the client uses before a retry.
 */

/** "42 s", "1.5 s": whole seconds from 10 s on, tenths below (test settings use short waits). */
export function formatWaitSeconds(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  if (seconds >= 10) return `${Math.round(seconds)} s`;
  return `${Number(seconds.toFixed(1))} s`;
}

/** "rate limited (429): retrying in 42 s" · "no answer for 20 s (gives up at 60 s)". */
export function describeModelWait(wait: ModelWait): string {
  if (wait.kind === 'retry') {
    const which = wait.retry > 1 ? `, retry ${wait.retry}` : '';
    return `${wait.reason}: retrying in ${formatWaitSeconds(Math.ceil(wait.remainingMs / 100) * 100)}${which}`;
  }
  return `no answer for ${formatWaitSeconds(wait.quietMs)} (gives up at ${formatWaitSeconds(wait.limitMs)})`;
}

/** How often a countdown of this length ticks: every second for short waits, every 5 s for long ones. */
export function countdownTickMs(totalMs: number): number {
  return totalMs <= 15_000 ? 1000 : 5000;
}

/**
 * Sleeps `totalMs`, calling `onTick(remainingMs)` at the start and on each step of the countdown
 * (whole seconds, or 5 s for long waits). Rejects as soon as the signal is aborted, so Stop works in
 * the middle of a wait.
 */
export function sleepWithCountdown(totalMs: number, onTick: (remainingMs: number) => void, signal: AbortSignal): Promise<void> {
  const tickMs = countdownTickMs(totalMs);
  const end = performance.now() + totalMs;
  // Timers may fire a little early or late against performance.now(); a step is shown once, and
  // only when the countdown has reached it.
  const slackMs = 20;
  let lastStep = Number.POSITIVE_INFINITY;
  return new Promise<void>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onAbort = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      reject(signal.reason instanceof Error ? signal.reason : new Error('aborted'));
    };
    const done = (): void => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    const step = (): void => {
      const remaining = end - performance.now();
      const current = Math.ceil((remaining - slackMs) / tickMs) * tickMs;
      if (current <= 0) {
        timer = setTimeout(done, Math.max(0, remaining));
        return;
      }
      if (current < lastStep) {
        lastStep = current;
        onTick(Math.min(current, Math.ceil(remaining / 100) * 100));
      }
      timer = setTimeout(step, Math.max(1, remaining - (current - tickMs)));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    step();
  });
}
