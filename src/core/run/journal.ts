import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { RunEvent, RunEventType } from './events';
import { migrateEvent } from './failure';

/**
 * Append-only JSONL, one file per run. Events are buffered and written at task boundaries, so a
 * crash loses at most the events of the task in hand, and that task is simply run again on resume.
 */

const FLUSH_ON: ReadonlySet<RunEventType> = new Set<RunEventType>([
  'RunStarted', 'RunResumed', 'PlanCreated', 'TaskCompleted', 'TaskFailed', 'TaskSkipped', 'TaskAdded',
  'TasksPaused', 'TasksResumed', 'TaskRetried', 'DelegationCompleted', 'DelegationFailed', 'FlagProcessed',
  'FlagRejected', 'MemoryEditProposed', 'RunCompleted', 'RunFailed', 'RunCancelled',
  // A model turn is paid for: once answered it must survive a crash, so a resume does not ask it again.
  'ModelTurnRecorded', 'ModelTurnHandled',
]);

export interface JournalSink {
  append(event: RunEvent): void;
  flush(): void;
}

export class JsonlJournal implements JournalSink {
  private pending: string[] = [];

  constructor(readonly path: string) {}

  append(event: RunEvent): void {
    this.pending.push(JSON.stringify(event));
    if (FLUSH_ON.has(event.type)) this.flush();
  }

  flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('\n') + '\n';
    this.pending = [];
    appendFileSync(this.path, text, 'utf8');
  }
}

/** Keeps events in memory; used by tests and by hosts that do not persist. */
export class MemoryJournal implements JournalSink {
  readonly events: RunEvent[] = [];
  append(event: RunEvent): void {
    this.events.push(event);
  }
  flush(): void {}
}

export class JournalError extends Error {
  constructor(readonly path: string, readonly line: number, reason: string) {
    super(`${path}:${line}: ${reason}`);
    this.name = 'JournalError';
  }
}

/**
 * Reads a journal. A torn last line (the process died mid-write) is dropped; a bad line anywhere
 * else means the file was tampered with or corrupted, which is reported rather than guessed around.
 */
export function readJournal(path: string): RunEvent[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const events: RunEvent[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    const isLast = lines.slice(i + 1).every((rest) => rest.trim() === '');
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      if (isLast) break;
      throw new JournalError(path, i + 1, 'not valid JSON');
    }
    if (!isEventShaped(parsed)) throw new JournalError(path, i + 1, 'not a run event (missing "type" or "at")');
    events.push(migrateEvent(parsed));
  }
  return events;
}

function isEventShaped(value: unknown): value is RunEvent {
  return typeof value === 'object' && value !== null
    && typeof (value as { type?: unknown }).type === 'string'
    && typeof (value as { at?: unknown }).at === 'string';
}

export class RunJournalStore {
  constructor(readonly dir: string) {}

  pathFor(runId: string): string {
    if (!/^[A-Za-z0-9_-]+$/.test(runId)) throw new Error(`invalid run id '${runId}'`);
    return join(this.dir, `${runId}.jsonl`);
  }

  open(runId: string): JsonlJournal {
    mkdirSync(this.dir, { recursive: true });
    return new JsonlJournal(this.pathFor(runId));
  }

  read(runId: string): RunEvent[] {
    return readJournal(this.pathFor(runId));
  }

  has(runId: string): boolean {
    return /^[A-Za-z0-9_-]+$/.test(runId) && existsSync(this.pathFor(runId));
  }

  /** Run ids with their journal's last change, newest first. */
  list(): { readonly runId: string; readonly updatedAt: number }[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => n.endsWith('.jsonl'));
    } catch {
      return [];
    }
    return names
      .map((n) => ({ runId: n.slice(0, -'.jsonl'.length), updatedAt: statSync(join(this.dir, n)).mtimeMs }))
      .sort((a, b) => b.updatedAt - a.updatedAt || b.runId.localeCompare(a.runId));
  }
}
