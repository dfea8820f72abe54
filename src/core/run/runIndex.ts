import { readFile, rename, stat as statFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { errorMessage, oneLine } from '../kernel/format';
import { Stepped } from '../kernel/stepped';
import { ToolBudget, UNLIMITED } from '../workspace/toolBudget';
import type { JournalFile, RunJournalStore } from './journal';
import { foldJournal } from './journalRead';
import { byRecency, RunSummarySchema, summarizeRun, unreadableRun, type RunSummary } from './runSummary';
import type { RunState } from './state';

/**
 * A summary per run, kept in `index.json` beside the journals, so that listing runs costs the same
 * with a thousand past runs as with ten: a journal is folded again only when its size or date says
 * it changed since its summary was made. Runs this process is writing are summarised from their
 * live state instead of their journal, and saved when they stop.
 *
 * The file is a cache, never the truth: any process may rewrite it (write, then rename), a summary
 * that does not match its journal is made again, and a missing or damaged file is rebuilt.
 */

const INDEX_FILE = 'index.json';
const STATES_KEPT = 8;
/** The file's shape; its summaries are validated a few hundred at a time (`takeIn`). */
const SavedIndexSchema = z.object({ version: z.literal(1), runs: z.array(z.unknown()) });

interface FileIdentity {
  readonly mtimeMs: number;
  readonly size: number;
}

/** Whether `known` was made from the journal as it is now: same size, same date. */
const madeFrom = (known: RunSummary | undefined, file: JournalFile): boolean => known !== undefined && known.journalSize === file.size && known.updatedAt === file.updatedAt;

export interface RunIndexOptions {
  /** Longest stretch of journal parsing between two yields to the event loop. */
  readonly sliceMs?: number;
}

export class RunIndex {
  private readonly entries = new Map<string, RunSummary>();
  private readonly live = new Map<string, { readonly state: RunState }>();
  private readonly changed = new Set<string>();
  /** Recently folded states, oldest first. */
  private readonly states = new Map<string, JournalFile & { readonly state: RunState }>();
  private indexFile: FileIdentity | undefined;
  /** `entries` newest first, until they change. */
  private sorted: RunSummary[] | undefined;
  private checkedAll = false;
  private checking: Promise<void> | undefined;
  private saves = 0;
  private saving: Promise<void> = Promise.resolve();

  constructor(private readonly journals: RunJournalStore, private readonly options: RunIndexOptions = {}) {}

  private get indexPath(): string {
    return join(this.journals.dir, INDEX_FILE);
  }

  /**
   * Runs, newest first. The first call (or `recheck: true`) compares every journal's size and date
   * with its summary; later calls look again only at runs marked with `invalidate`.
   */
  async list(options: { readonly recheck?: boolean } = {}): Promise<RunSummary[]> {
    if (options.recheck) this.checkedAll = false;
    else if (this.checkedAll) this.noticeNewAndGone();
    while (!this.checkedAll || this.changed.size > 0) {
      this.checking ??= this.check().finally(() => (this.checking = undefined));
      await this.checking;
    }
    return this.snapshot();
  }

  /** What the index holds now, without touching the disk; live runs (the newest) as they are this instant. */
  snapshot(): RunSummary[] {
    this.sorted ??= [...this.entries.values()].sort(byRecency);
    if (this.live.size === 0) return [...this.sorted];
    const live = [...this.live].map(([runId, run]) => summarizeRun(run.state, { updatedAt: Date.now(), size: this.entries.get(runId)?.journalSize ?? 0 }));
    return [...live.sort(byRecency), ...this.sorted.filter((r) => !this.live.has(r.runId))];
  }

  /**
   * A run this process writes: listed from its state as it changes, its journal never re-read
   * meanwhile. Resolves once its first summary is saved (nothing waits for that but tests).
   */
  track(runId: string, run: { readonly state: RunState }): Promise<void> {
    this.live.set(runId, run);
    return this.record(runId, run.state);
  }

  /** A tracked run stopped: its summary, from its final state, is saved for every later listing; resolves once it is. */
  settle(runId: string): Promise<void> {
    const run = this.live.get(runId);
    if (!run) return Promise.resolve();
    this.live.delete(runId);
    return this.record(runId, run.state);
  }

  /**
   * A run's state folded from its journal (in slices), or as it is now when this process is running
   * it. The last few are kept while their journal stays the same size and date, so views that
   * redraw a past run do not fold it again.
   */
  async state(runId: string): Promise<RunState | undefined> {
    const live = this.live.get(runId);
    if (live) return live.state;
    const file = this.journals.stat(runId);
    if (!file) return undefined;
    const cached = this.states.get(runId);
    if (cached && cached.size === file.size && cached.updatedAt === file.updatedAt) return cached.state;
    const { state } = await foldJournal(this.journals.pathFor(runId), { sliceMs: this.options.sliceMs });
    if (!state) return undefined;
    this.states.delete(runId);
    if (this.states.size >= STATES_KEPT) this.states.delete(this.states.keys().next().value!);
    this.states.set(runId, { ...file, state });
    if (!madeFrom(this.entries.get(runId), file)) {
      this.put({ ...summarizeRun(state, file), runId });
      await this.save();
    }
    return state;
  }

  /**
   * Someone else may have changed this run's journal (a file watcher saw it, say), or any run's.
   * Says whether it did: not when this process writes the run, nor when the journal is the one its
   * summary was made from (the watcher's echo of a write made here), so views need not redraw.
   */
  invalidate(runId?: string): boolean {
    if (runId === undefined) {
      this.checkedAll = false;
      return true;
    }
    if (this.live.has(runId)) return false;
    const file = this.journals.stat(runId);
    if (file && madeFrom(this.entries.get(runId), file)) return false;
    this.changed.add(runId);
    return true;
  }

  /** This process wrote an event to a run it does not track (a flag dismissed): its summary is made from the state it wrote. */
  written(runId: string, state: RunState): Promise<void> {
    return this.live.has(runId) ? Promise.resolve() : this.record(runId, state);
  }

  private record(runId: string, state: RunState): Promise<void> {
    const file = this.journals.stat(runId);
    if (!file) return Promise.resolve();
    this.put(summarizeRun(state, file));
    return this.save();
  }

  /**
   * Journals that appeared or went since the last look, found by their names alone (one directory
   * read, no stat per run): a run another process starts shows up even if no watcher says so.
   */
  private noticeNewAndGone(): void {
    const ids = this.journals.runIds();
    const present = new Set(ids);
    for (const runId of ids) if (!this.entries.has(runId) && !this.live.has(runId)) this.changed.add(runId);
    for (const runId of this.entries.keys()) if (!present.has(runId) && !this.live.has(runId)) this.changed.add(runId);
  }

  private async check(): Promise<void> {
    const all = !this.checkedAll;
    const wanted = [...this.changed];
    this.changed.clear();
    this.checkedAll = true;
    await this.load();
    let dirty = false;
    if (all) {
      const files = await this.journals.list();
      const present = new Set(files.map((f) => f.runId));
      for (const runId of [...this.entries.keys()]) {
        if (!present.has(runId) && !this.live.has(runId)) dirty = this.remove(runId) || dirty;
      }
      for (const file of files) dirty = (await this.refresh(file)) || dirty;
    } else {
      for (const runId of wanted) {
        const file = this.journals.stat(runId);
        if (file) dirty = (await this.refresh(file)) || dirty;
        else if (!this.live.has(runId)) dirty = this.remove(runId) || dirty;
      }
    }
    if (dirty) await this.save();
  }

  /** Summarises a journal again when it is not the one its summary was made from. */
  private async refresh(file: JournalFile): Promise<boolean> {
    if (this.live.has(file.runId)) return false;
    if (madeFrom(this.entries.get(file.runId), file)) return false;
    this.put(await this.summarize(file));
    return true;
  }

  private put(summary: RunSummary): void {
    this.entries.set(summary.runId, summary);
    this.sorted = undefined;
  }

  private remove(runId: string): boolean {
    this.sorted = undefined;
    return this.entries.delete(runId);
  }

  private async summarize(file: JournalFile): Promise<RunSummary> {
    try {
      const { state } = await foldJournal(this.journals.pathFor(file.runId), { sliceMs: this.options.sliceMs });
      // Keyed by the file, whatever run id it holds, so a renamed journal is not summarised again and again.
      return state ? { ...summarizeRun(state, file), runId: file.runId } : unreadableRun(file.runId, 'the journal is empty', file);
    } catch (error) {
      return unreadableRun(file.runId, errorMessage(error), file);
    }
  }

  /** A file of its own for each save, should two processes (or a save that failed half-way) meet. */
  private tempPath(): string {
    return `${this.indexPath}.${process.pid}.${++this.saves}.tmp`;
  }

  /** Whether index.json is not the file we last read or wrote: another process saved since. */
  private isNew(identity: FileIdentity | undefined): identity is FileIdentity {
    return identity !== undefined && !(this.indexFile && identity.mtimeMs === this.indexFile.mtimeMs && identity.size === this.indexFile.size);
  }

  /**
   * Takes in what another process saved since we last looked: summaries newer than ours. With the
   * event loop's turns between the read, the parse and slices of validation: index.json holds a
   * summary per run, 600 KB with a thousand runs.
   */
  private async load(): Promise<void> {
    const identity = await identityOf(this.indexPath);
    if (!this.isNew(identity)) return;
    this.indexFile = identity;
    let text: string;
    try {
      text = await readFile(this.indexPath, 'utf8');
    } catch {
      return;
    }
    const budget = new ToolBudget(UNLIMITED);
    await new Stepped(this.takeIn(text)).paced(() => budget.pace());
  }

  /** Parses the saved index and takes in its newer summaries; a step per few hundred summaries. */
  private *takeIn(text: string): Generator<void, void> {
    let runs: RunSummary[];
    try {
      const saved = SavedIndexSchema.parse(JSON.parse(text));
      yield;
      runs = [];
      for (let from = 0; from < saved.runs.length; from += SUMMARIES_PER_STEP) {
        runs.push(...z.array(RunSummarySchema).parse(saved.runs.slice(from, from + SUMMARIES_PER_STEP)));
        yield;
      }
    } catch {
      return; // damaged or from another version: the journals are the truth, and the next save rewrites it
    }
    for (const run of runs) {
      const known = this.entries.get(run.runId);
      if (this.live.has(run.runId)) continue;
      if (!known || run.updatedAt > known.updatedAt || (run.updatedAt === known.updatedAt && run.journalSize > known.journalSize)) this.put(run);
    }
  }

  /**
   * Saves the index after taking in what another process saved. Saves are queued: each writes the
   * summaries as they are when its turn comes, so the last one written holds the newest.
   */
  private save(): Promise<void> {
    this.saving = this.saving.then(() => this.write(), () => this.write());
    return this.saving;
  }

  /** Read, write and rename without holding the thread, the text made in slices. */
  private async write(): Promise<void> {
    await this.load();
    const runs = [...this.entries.values()].sort(byRecency);
    const temp = this.tempPath();
    const budget = new ToolBudget(UNLIMITED);
    try {
      this.journals.prepareDir();
      await writeFile(temp, await new Stepped(indexText(runs)).paced(() => budget.pace()), 'utf8');
      await rename(temp, this.indexPath);
      this.indexFile = await identityOf(this.indexPath);
    } catch {
      // The index only saves work: a folder we cannot write to still lists runs, by folding them.
    }
  }
}

/** Summaries validated (or written) per step of loading or saving the index. */
const SUMMARIES_PER_STEP = 100;

/** index.json's text: `{"version":1,"runs":[…]}` made a few hundred summaries at a time. */
function* indexText(runs: readonly RunSummary[]): Generator<void, string> {
  const parts: string[] = [];
  for (let from = 0; from < runs.length; from += SUMMARIES_PER_STEP) {
    if (from > 0) yield;
    parts.push(runs.slice(from, from + SUMMARIES_PER_STEP).map((run) => JSON.stringify(run)).join(','));
  }
  return `{"version":1,"runs":[${parts.join(',')}]}\n`;
}

async function identityOf(path: string): Promise<FileIdentity | undefined> {
  try {
    const stat = await statFile(path);
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  } catch {
    return undefined;
  }
}

/** A run id with no journal in this workspace; says which runs there are instead of a file error. */
export class RunNotFoundError extends Error {
  constructor(readonly runId: string, readonly recent: readonly RunSummary[]) {
    super(RunNotFoundError.describe(runId, recent));
    this.name = 'RunNotFoundError';
  }

  private static describe(runId: string, recent: readonly RunSummary[]): string {
    const head = `No run '${runId}' in this workspace.`;
    if (recent.length === 0) return `${head} It has no runs yet.`;
    const lines = recent.map((r) => `  ${r.runId}  ${r.status}  ${r.progress.ended}/${r.progress.total}  ${oneLine(r.request, 60)}`);
    return [`${head} Recent runs:`, ...lines].join('\n');
  }
}
