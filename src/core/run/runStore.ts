import type { RunEvent } from './events';
import type { JournalSink } from './journal';
import { applyEvent, type RunState } from './state';

export type RunListener = (event: RunEvent, state: RunState) => void;

/**
 * The one place a run's events go through: journal first, then the fold, then every listener.
 * Listeners that throw are isolated, so a broken view cannot stop the run.
 *
 * A reopened run starts from the state folded from its journal (`replayed`); the store keeps the
 * events of this session only, so a long journal is never held in memory twice.
 */
export class RunStore {
  private current: RunState | undefined;
  private readonly listeners = new Set<RunListener>();
  private readonly sessionLog: RunEvent[] = [];

  constructor(private readonly journal: JournalSink, replayed?: RunState, private readonly now: () => Date = () => new Date()) {
    this.current = replayed;
  }

  /** Events of the journal before this session (what a late subscriber reads from the journal first). */
  get replayedCount(): number {
    return (this.current?.eventCount ?? 0) - this.sessionLog.length;
  }

  /** Every event emitted in this session, in order: what a late subscriber replays after the journal's. */
  get sessionEvents(): readonly RunEvent[] {
    return this.sessionLog;
  }

  get state(): RunState {
    if (!this.current) throw new Error('the run has not started');
    return this.current;
  }

  get started(): boolean {
    return this.current !== undefined;
  }

  emit<T extends RunEvent['type']>(type: T, payload: Omit<Extract<RunEvent, { type: T }>, 'type' | 'at'>): RunState {
    const event = { type, at: this.now().toISOString(), ...payload } as unknown as RunEvent;
    this.journal.append(event);
    this.sessionLog.push(event);
    this.current = applyEvent(this.current, event);
    for (const listener of this.listeners) {
      try {
        listener(event, this.current);
      } catch {
        // A view's failure must not stop the run; views log their own errors.
      }
    }
    return this.current;
  }

  /**
   * Events emitted inside `fn` reach the journal as one line, whole or not at all: a crash in the
   * middle can never leave half of them for a resume to repeat. Listeners still see each at once.
   */
  atomically<T>(fn: () => T): T {
    this.journal.beginGroup();
    try {
      return fn();
    } finally {
      this.journal.commitGroup();
    }
  }

  onDidEmit(listener: RunListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  flush(): void {
    this.journal.flush();
  }
}
