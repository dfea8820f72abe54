import type { RunEvent } from './events';
import type { JournalSink } from './journal';
import { applyEvent, type RunState } from './state';

export type RunListener = (event: RunEvent, state: RunState) => void;

/**
 * The one place a run's events go through: journal first, then the fold, then every listener.
 * Listeners that throw are isolated, so a broken view cannot stop the run.
 */
export class RunStore {
  private current: RunState | undefined;
  private readonly listeners = new Set<RunListener>();
  private readonly log: RunEvent[] = [];

  constructor(private readonly journal: JournalSink, history: readonly RunEvent[] = [], private readonly now: () => Date = () => new Date()) {
    for (const event of history) this.current = applyEvent(this.current, event);
    this.log.push(...history);
  }

  /** Every event of the run so far, journal history included: what a late subscriber replays. */
  get events(): readonly RunEvent[] {
    return this.log;
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
    this.log.push(event);
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

  onDidEmit(listener: RunListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  flush(): void {
    this.journal.flush();
  }
}
