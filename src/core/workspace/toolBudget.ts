import { setImmediate as nextTurn } from 'node:timers/promises';

/** What one tool call may spend before it answers with what it has. */
export interface ToolBudgetLimits {
  /** Wall time for the whole call, walking included. */
  readonly timeMs: number;
  /** Bytes of file content read. */
  readonly bytes: number;
  /** Files opened. */
  readonly files: number;
}

export type BudgetLimit = 'time' | 'bytes' | 'files';

/** No limits: for the engine's own walks (planning), which still honour cancellation. */
export const UNLIMITED: ToolBudgetLimits = { timeMs: Number.POSITIVE_INFINITY, bytes: Number.POSITIVE_INFINITY, files: Number.POSITIVE_INFINITY };

/**
 * Synchronous work between two yields. Walks, reads and searches run on the extension host's
 * thread: they give it back this often so the UI, other extensions and a Stop all get their turn.
 */
const SLICE_MS = 8;

/**
 * The budget of one tool call: its deadline, the bytes and files it may still read, and its abort
 * signal. Loops call `pace()` between units of work; it throws once the call is cancelled.
 */
export class ToolBudget {
  private readonly deadline: number;
  private sliceStart = performance.now();
  /** The next turn of the event loop, while loops are waiting for it. */
  private turn: Promise<void> | undefined;
  private bytesRead = 0;
  private filesOpened = 0;
  /** The limit that ended the call early, if one did. */
  exhausted: BudgetLimit | undefined;

  constructor(readonly limits: ToolBudgetLimits, private readonly signal?: AbortSignal) {
    this.deadline = performance.now() + limits.timeMs;
  }

  get aborted(): boolean {
    return this.signal?.aborted ?? false;
  }

  /**
   * Throws if the call was cancelled; yields to the event loop when this slice of work is used up.
   * Concurrent loops sharing the budget (memory files read at once) share one slice per turn: all
   * wait for the same next turn, and one that resumes after the slice was used up waits again, so a
   * turn holds one slice of work and at most one unit more per loop, not one slice per loop.
   */
  async pace(): Promise<void> {
    this.signal?.throwIfAborted();
    while (performance.now() - this.sliceStart >= SLICE_MS) {
      this.turn ??= nextTurn().then(() => {
        this.turn = undefined;
        this.sliceStart = performance.now();
      });
      await this.turn;
      this.signal?.throwIfAborted();
    }
  }

  /** True when the current slice is used up: a synchronous loop should `await pace()` now. */
  get due(): boolean {
    return this.aborted || performance.now() - this.sliceStart >= SLICE_MS;
  }

  /** True (and remembered) once the call is past its deadline. */
  outOfTime(): boolean {
    if (performance.now() <= this.deadline) return false;
    this.exhausted ??= 'time';
    return true;
  }

  /** Counts a file of `bytes` about to be read; false (and remembered) when it would exceed a limit. */
  admit(bytes: number): boolean {
    if (this.outOfTime()) return false;
    if (this.filesOpened + 1 > this.limits.files) {
      this.exhausted ??= 'files';
      return false;
    }
    if (this.bytesRead + bytes > this.limits.bytes) {
      this.exhausted ??= 'bytes';
      return false;
    }
    this.filesOpened++;
    this.bytesRead += bytes;
    return true;
  }
}

/** "the 10 s time limit": the limit in words, for notes to the model and progress lines. */
export function describeLimit(limit: BudgetLimit, limits: ToolBudgetLimits): string {
  switch (limit) {
    case 'time':
      return `the ${Math.round(limits.timeMs / 100) / 10} s time limit of one call`;
    case 'bytes':
      return `the ${Math.round(limits.bytes / (1024 * 1024))} MiB read limit of one call`;
    case 'files':
      return `the ${limits.files}-file limit of one call`;
  }
}
