/**
 * At most one run per window, counted from the moment it is asked for: choosing the model and
 * planning take a while, and a second start in that time (the chat and the Progress view at once)
 * must not slip through and leave the first run without its cancellation. Pure, so the race is
 * unit-tested without an editor.
 *
 * A second request is refused rather than queued: a queued request would start minutes later on a
 * plan nobody looked at, and a chat reply would sit silent meanwhile. The refusal says what is
 * running and how to stop it, and the request itself is kept where it was typed.
 */

export class RunInProgressError extends Error {
  /** `runId` is undefined while the run holding the window is still being planned. */
  constructor(readonly runId: string | undefined, readonly holder: string) {
    super(
      runId
        ? `Run ${runId} is still in progress. Wait for it to finish or cancel it (Task Orchestrator: Cancel Run) before starting another.`
        : `Another run is starting (${holder}). Wait for it to finish or cancel it (Task Orchestrator: Cancel Run) before starting another.`,
    );
    this.name = 'RunInProgressError';
  }
}

export interface GatePass {
  /** Aborted by `cancel`, by the caller's own signal, or when the window closes. */
  readonly signal: AbortSignal;
  /** The run now has an id: cancelling by that id reaches it. */
  identify(runId: string): void;
  /** The run ended, or never started: the next one may begin. */
  leave(): void;
}

interface Holder {
  readonly label: string;
  runId?: string;
  readonly controller: AbortController;
}

export class RunGate {
  private holder: Holder | undefined;

  /** Takes the gate at once, before any await, or throws RunInProgressError naming what holds it. */
  enter(label: string, signal?: AbortSignal): GatePass {
    const busy = this.holder;
    if (busy) throw new RunInProgressError(busy.runId, busy.label);
    const holder: Holder = { label, controller: new AbortController() };
    this.holder = holder;
    const unlink = linkSignal(signal, holder.controller);
    return {
      signal: holder.controller.signal,
      identify: (runId) => {
        holder.runId = runId;
      },
      leave: () => {
        unlink();
        if (this.holder === holder) this.holder = undefined;
      },
    };
  }

  /** The id of the run holding the gate, once it has one. */
  get activeRunId(): string | undefined {
    return this.holder?.runId;
  }

  get busy(): boolean {
    return this.holder !== undefined;
  }

  /** Cancels what holds the gate: any run, or only the given one. False when there is nothing to cancel. */
  cancel(reason: Error, runId?: string): boolean {
    const holder = this.holder;
    if (!holder || (runId !== undefined && holder.runId !== runId)) return false;
    holder.controller.abort(reason);
    return true;
  }
}

function linkSignal(source: AbortSignal | undefined, target: AbortController): () => void {
  if (!source) return () => {};
  const abort = (): void => target.abort(source.reason);
  if (source.aborted) abort();
  else source.addEventListener('abort', abort, { once: true });
  return () => source.removeEventListener('abort', abort);
}
