import { appendFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readdir, stat as statFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compareStrings } from '../kernel/compare';
import type { RunEvent, RunEventType } from './events';
import { lockHolder, tryLock, unlock } from '../kernel/fileLock';
import { isRunId, runIdOfJournal } from './journalNames';
import { repairJournalTail, type TornTail } from './journalTail';

/**
 * Append-only JSONL, one file per run: one event per line, or one JSON array of events per line for
 * a group that must reach the file whole or not at all (a flag's pause, follow-up tasks and
 * processing). Any event type appends the same way. Events are buffered and written at the points
 * below, so a crash loses at most the events of the task in hand, and that task runs again on
 * resume. Reading is in journalRead.ts.
 */

const FLUSH_ON: ReadonlySet<RunEventType> = new Set<RunEventType>([
  'RunStarted', 'RunResumed', 'PlanCreated', 'TaskCompleted', 'TaskFailed', 'TaskSkipped', 'TaskAdded',
  'TasksPaused', 'TasksResumed', 'TaskRetried', 'DelegationCompleted', 'DelegationFailed', 'FlagWaiting', 'FlagProcessed',
  'FlagRejected', 'MemoryEditProposed', 'RunCompleted', 'RunFailed', 'RunCancelled',
  // A model turn is paid for: once answered it must survive a crash, so a resume does not ask it again.
  'ModelTurnRecorded', 'ModelTurnHandled',
  // A run paused at its cost limit may wait a long time for an answer: the pause and the answer are on disk meanwhile.
  'CostTermsSet', 'CostLimitReached', 'CostLimitDecided',
]);

export interface JournalSink {
  append(event: RunEvent): void;
  flush(): void;
  /** Events appended until the matching `commitGroup` are written as one line; groups nest. */
  beginGroup(): void;
  commitGroup(): void;
}

export class JsonlJournal implements JournalSink {
  private pending: string[] = [];
  private group: string[] = [];
  private depth = 0;

  constructor(readonly path: string) {}

  append(event: RunEvent): void {
    const line = JSON.stringify(event);
    if (this.depth > 0) {
      this.group.push(line);
      return;
    }
    this.pending.push(line);
    if (FLUSH_ON.has(event.type)) this.flush();
  }

  beginGroup(): void {
    this.depth++;
  }

  commitGroup(): void {
    if (this.depth === 0 || --this.depth > 0) return;
    const group = this.group;
    this.group = [];
    if (group.length === 0) return;
    this.pending.push(group.length === 1 ? group[0] : `[${group.join(',')}]`);
    this.flush();
  }

  /** One write: a crash mid-write tears at most the last line, which the next writer cuts. */
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
  beginGroup(): void {}
  commitGroup(): void {}
}

const IGNORE_FILE = '# Run journals of Task Orchestrator: local history, not source.\n*\n';

export class InvalidRunIdError extends Error {
  constructor(readonly runId: string) {
    super(`'${runId}' is not a run id (run ids are letters, digits, '-' and '_')`);
    this.name = 'InvalidRunIdError';
  }
}

export class RunInUseError extends Error {
  constructor(readonly runId: string, readonly pid: number) {
    super(`Run ${runId} is being run by another process${pid > 0 ? ` (pid ${pid})` : ''}; wait for it to finish, or stop it, before resuming it here.`);
    this.name = 'RunInUseError';
  }
}

export interface JournalFile {
  readonly runId: string;
  /** Last change of the journal, ms since the epoch. */
  readonly updatedAt: number;
  readonly size: number;
}

export class RunJournalStore {
  constructor(readonly dir: string) {}

  static isRunId(runId: string): boolean {
    return isRunId(runId);
  }

  pathFor(runId: string): string {
    if (!RunJournalStore.isRunId(runId)) throw new InvalidRunIdError(runId);
    return join(this.dir, `${runId}.jsonl`);
  }

  has(runId: string): boolean {
    return RunJournalStore.isRunId(runId) && existsSync(this.pathFor(runId));
  }

  /**
   * The journal of a run, ready to append to: a line torn by a crash is cut first (and kept beside
   * it). The folder gets an ignore file so `git status` never lists journals.
   */
  open(runId: string): { readonly journal: JsonlJournal; readonly tornTail?: TornTail } {
    this.prepareDir();
    const path = this.pathFor(runId);
    const tornTail = repairJournalTail(path);
    return { journal: new JsonlJournal(path), tornTail };
  }

  /** Creates the folder (with its ignore file) for journals and what the CLI writes beside them. */
  prepareDir(): void {
    mkdirSync(this.dir, { recursive: true });
    const ignore = join(this.dir, '.gitignore');
    if (!existsSync(ignore)) writeFileSync(ignore, IGNORE_FILE, 'utf8');
  }

  /**
   * This process's hold on a run's journal while it appends to it: a second process (the CLI and a
   * VS Code window, say) gets a RunInUseError instead of interleaving its events. Released by the
   * returned function; a holder that died leaves a lease the next one takes over.
   */
  lease(runId: string): () => void {
    this.prepareDir();
    const path = `${this.pathFor(runId)}.lock`;
    if (!tryLock(path)) throw new RunInUseError(runId, lockHolder(path) ?? -1);
    return () => unlock(path);
  }

  /** The live process appending to the run now, if any. */
  holder(runId: string): number | undefined {
    return lockHolder(`${this.pathFor(runId)}.lock`);
  }

  stat(runId: string): JournalFile | undefined {
    try {
      const stat = statSync(this.pathFor(runId));
      return { runId, updatedAt: stat.mtimeMs, size: stat.size };
    } catch {
      return undefined;
    }
  }

  /** The ids of the runs with a journal here (names only, no stat). */
  runIds(): string[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return runIdsAmong(names);
  }

  /**
   * Journals, newest first. Read asynchronously, a batch of stats at a time: with a thousand runs,
   * a thousand synchronous stats held the host thread for 40 ms, and far longer on a busy disk.
   */
  async list(): Promise<JournalFile[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const files: JournalFile[] = [];
    const ids = runIdsAmong(names);
    for (let from = 0; from < ids.length; from += STATS_AT_ONCE) {
      const batch = ids.slice(from, from + STATS_AT_ONCE).map(async (runId): Promise<JournalFile | undefined> => {
        try {
          const info = await statFile(this.pathFor(runId));
          return { runId, updatedAt: info.mtimeMs, size: info.size };
        } catch {
          return undefined; // deleted between the listing and the stat: not a run any more
        }
      });
      for (const file of await Promise.all(batch)) if (file) files.push(file);
    }
    return files.sort((a, b) => b.updatedAt - a.updatedAt || compareStrings(b.runId, a.runId));
  }
}

/** Stats in flight at once while listing journals: enough to keep the disk busy, few enough to leave the thread pool to others. */
const STATS_AT_ONCE = 64;

/** The run ids among a journal folder's file names. */
function runIdsAmong(names: readonly string[]): string[] {
  return names.map(runIdOfJournal).filter((runId): runId is string => runId !== undefined);
}
