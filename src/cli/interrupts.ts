/** What the CLI's Ctrl-C / SIGTERM handling needs from the process; tests pass an EventEmitter. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

export interface InterruptHandlers {
  /** The first signal: stop the run (it ends on its own, resumable). */
  readonly stop: (signalName: string) => void;
  /** A second signal, or the run still going `graceMs` after the first: leave now. */
  readonly exitNow: () => void;
  /** Told once, at the first signal. */
  readonly notify: (message: string) => void;
}

const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];

/**
 * Ctrl-C or SIGTERM stops the run, which ends within a second with its journal resumable; a second
 * one, or a run that has not ended `graceMs` later, exits at once. Returns the function that stops
 * listening.
 */
export function watchInterrupts(source: SignalSource, handlers: InterruptHandlers, graceMs: number): () => void {
  let stopping = false;
  let grace: NodeJS.Timeout | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      handlers.exitNow();
      return;
    }
    stopping = true;
    const name = signal === 'SIGINT' ? 'Ctrl-C' : signal;
    handlers.notify(`${name}: stopping the run (${name === 'Ctrl-C' ? 'press Ctrl-C again' : 'send it again'} to exit at once)…`);
    handlers.stop(name);
    grace = setTimeout(handlers.exitNow, graceMs);
    grace.unref();
  };
  for (const signal of SIGNALS) source.on(signal, onSignal);
  return () => {
    if (grace) clearTimeout(grace);
    for (const signal of SIGNALS) source.off(signal, onSignal);
  };
}
