import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { loadCoordinators, type CoordinatorDefinition } from './coordinators';
import { focusOfTemplate } from './analyzers/focus';
import { AnalyzerWorker, type AnalyzerSession } from './analyzers/worker/session';
import { CostLimitGate, recordCostTerms, refuseCallPastLimit, requirePricedModels } from './run/costLimit';
import { LocalDelegator, ModelDelegator } from './delegation/delegators';
import type { FlagLimits } from './run/flagPolicy';
import { findPriorWork } from './memory';
import { selectMemory } from './memory/selection';
import { readMemorySnapshot, type MemorySnapshot } from './memory/snapshot';
import type { ProjectMemory } from './memory/types';
import { discoverPatterns, RunShapeCache, type PatternReport } from './patterns';
import { loadTemplates, type LinearModel, type PlanRequest } from './plan';
import type { Checklist } from './plan/types';
import { MemoryJournal, RunJournalStore } from './run/journal';
import { foldJournal } from './run/journalRead';
import { failedTaskIds, hasWorkToResume, reopenRun } from './run/resumption';
import { RunIndex, RunNotFoundError } from './run/runIndex';
import type { RunSummary } from './run/runSummary';
import { checkReportEvidence } from './run/evidenceCheck';
import { delegateFlag, dismissFlag } from './run/flagActions';
import { RunStore } from './run/runStore';
import { Scheduler } from './run/scheduler';
import type { RunState } from './run/state';
import { LocalSynthesizer } from './synthesis/localSynthesizer';
import { FindingsMemoryProposer } from './synthesis/memoryProposer';
import { ModelSynthesizer } from './synthesis/modelSynthesizer';
import { Workspace } from './workspace';
import { pathNamesRequest } from './memory/words';
import { surveyForPlanning } from './workspace/planningSurvey';
import { RunPlanner, type PlanResult, type Planning } from './runPlanning';
import { modelIds, type RunOptions } from './runOptions';

export interface OrchestratorConfig {
  readonly workspaceRoot: string;
  /** Folder of the shipped YAML templates (hosts know where they are installed). */
  readonly builtinTemplatesDir: string;
  /** Default `<workspaceRoot>/.orchestrator/runs`. */
  readonly runsDir?: string;
  /** Extra globs the coordinators may not read; fixed for the engine's life (its workspace view caches by them). */
  readonly exclude?: readonly string[];
  readonly flagLimits?: FlagLimits;
  readonly now?: () => Date;
  /** The request classifier; the built-in one unless another is given (the bench's cross-validation trains its own). */
  readonly classifier?: LinearModel;
}

const DEFAULT_PARALLEL_LIMIT = 3;
const DEFAULT_MAX_TOKENS = 8192;

export interface RunHandle {
  readonly runId: string;
  /** state + onDidEmit(listener): every view subscribes here. */
  readonly store: RunStore;
  readonly done: Promise<RunState>;
}

export type { RunSummary } from './run/runSummary';
export type { PlanResult } from './runPlanning';
export { DEFAULT_MODEL_ID, type RunOptions } from './runOptions';
export { RunNotFoundError } from './run/runIndex';
export { RunInUseError } from './run/journal';

const RECENT_RUNS_SHOWN = 5;

/**
 * The engine's front door, built once per workspace folder by each host and kept for the host's
 * lifetime, so its caches (templates, parsed memory, the workspace's exclusion rules) serve every
 * run. It plans, starts, resumes and retries runs; everything a run does is an event in its
 * RunStore and its journal. What a run talks to comes with each call (`RunOptions`).
 */
export class Orchestrator {
  private readonly workspace: Workspace;
  private readonly journals: RunJournalStore;
  private readonly index: RunIndex;
  private readonly now: () => Date;
  private readonly planner: RunPlanner;
  /** Finished runs' shapes, for pattern discovery: each journal folded once while unchanged. */
  private readonly runShapes = new RunShapeCache();

  constructor(private readonly config: OrchestratorConfig) {
    this.workspace = new Workspace(config.workspaceRoot, { exclude: [...(config.exclude ?? [])] });
    this.journals = new RunJournalStore(config.runsDir ?? join(config.workspaceRoot, '.orchestrator', 'runs'));
    this.index = new RunIndex(this.journals);
    this.now = config.now ?? (() => new Date());
    this.planner = new RunPlanner(config, this.workspace);
  }

  /**
   * The checklist for a request (or `{ text, template }` to choose the template), without running
   * it. With `options.model`, an unsure classification may be settled by one short model call.
   */
  async plan(request: string | PlanRequest, options: RunOptions = {}, signal?: AbortSignal): Promise<PlanResult> {
    return (await this.prepare(request, options, signal)).plan;
  }

  /** Builds ahead what the first plan of a session needs whatever the request (RunPlanner.warmUp). */
  warmUp(signal?: AbortSignal): Promise<void> {
    return this.planner.warmUp(signal);
  }

  async memory(request: string): Promise<{ files: string[]; related: { file: string; heading: string; excerpt: string }[] }> {
    const { memory } = await readMemorySnapshot(this.config.workspaceRoot, { workspace: this.workspace });
    return { files: memory.files.map((f) => f.path), related: findPriorWork(memory, request) };
  }

  async start(request: string | PlanRequest, options: RunOptions, signal: AbortSignal): Promise<RunHandle> {
    requirePrices(options, []);
    const planning = await this.prepare(request, options, signal);
    requirePrices(options, planning.coordinators);
    return this.begin(planning, options, signal);
  }

  /** Runs a checklist `plan` made earlier, exactly as it was shown (the request is the checklist's). */
  async startPlanned(checklist: Checklist, options: RunOptions, signal: AbortSignal): Promise<RunHandle> {
    requirePrices(options, []);
    const planning = await this.prepare(checklist.request, options, signal, checklist);
    requirePrices(options, planning.coordinators);
    return this.begin(planning, options, signal);
  }

  private begin({ plan, memory, coordinators, files, plannerCall }: Planning, options: RunOptions, signal: AbortSignal): Promise<RunHandle> {
    const runId = this.newRunId();
    return this.leased(runId, async (release) => {
      const store = new RunStore(this.journals.open(runId).journal, undefined, this.now);
      store.emit('RunStarted', {
        runId, request: plan.checklist.request, mode: options.model ? 'model' : 'local', modelId: options.model ? modelIds(options).coordinator : undefined,
        workspace: this.config.workspaceRoot,
      });
      store.emit('PlanCreated', { checklist: plan.checklist, ...(plannerCall ? { plannerCall } : {}) });
      if (options.model) recordCostTerms(store, options);
      return this.execute(store, memory, coordinators, options, signal, release, files);
    });
  }

  /**
   * Continues a stopped run: interrupted work runs again (a delegation whose report reached the
   * journal is not asked again), failed tasks are retried, and a run that stopped before it had a
   * plan is planned again. A completed run is returned as it is.
   */
  async resume(runId: string, options: RunOptions, signal: AbortSignal): Promise<RunHandle> {
    await this.existingJournal(runId);
    // A finished run is only read: no lease, so any number of processes may look at it at once.
    const finished = await this.index.state(runId);
    if (finished && !hasWorkToResume(finished)) return { runId, store: new RunStore(new MemoryJournal(), finished, this.now), done: Promise.resolve(finished) };
    return this.leased(runId, async (release) => {
      const { store, tornTail } = await this.reopen(runId);
      if (!hasWorkToResume(store.state)) {
        release();
        return { runId, store, done: Promise.resolve(store.state) };
      }
      if (!store.state.checklist) {
        const { plan, memory, coordinators, files, plannerCall } = await this.prepare(store.state.request, options, signal);
        requirePrices(options, coordinators);
        store.atomically(() => {
          reopenRun(store, [], tornTail);
          store.emit('PlanCreated', { checklist: plan.checklist, ...(plannerCall ? { plannerCall } : {}) });
          if (options.model) recordCostTerms(store, options);
        });
        return this.execute(store, memory, coordinators, options, signal, release, files);
      }
      const { memory, coordinators } = await this.planner.context();
      requirePrices(options, coordinators);
      store.atomically(() => {
        reopenRun(store, failedTaskIds(store.state), tornTail);
        if (options.model) recordCostTerms(store, options);
      });
      return this.execute(store, memory, coordinators, options, signal, release);
    });
  }

  async retry(runId: string, taskId: string, options: RunOptions, signal: AbortSignal): Promise<RunHandle> {
    await this.existingJournal(runId);
    return this.leased(runId, async (release) => {
      const { store, tornTail } = await this.reopen(runId);
      const task = store.state.tasks.find((t) => t.spec.id === taskId);
      if (!task) throw new Error(`Run ${runId} has no task ${taskId}`);
      if (task.status !== 'failed') throw new Error(`Task ${taskId} is ${task.status}; only failed tasks can be retried`);
      const { memory, coordinators } = await this.planner.context();
      requirePrices(options, coordinators);
      store.atomically(() => {
        reopenRun(store, [taskId], tornTail);
        if (options.model) recordCostTerms(store, options);
      });
      return this.execute(store, memory, coordinators, options, signal, release);
    });
  }

  /** The user lets a flag kept for review go: one event in the run's journal, written under the run's lease. */
  async dismissFlag(runId: string, flagId: string): Promise<RunState> {
    await this.existingJournal(runId);
    const release = this.journals.lease(runId);
    try {
      const { store } = await this.reopen(runId);
      dismissFlag(store, flagId);
      await this.index.written(runId, store.state);
      return store.state;
    } finally {
      release();
    }
  }

  /** The user sends a flag kept for review to a coordinator they picked: its follow-up runs, then the run concludes again. */
  async delegateFlag(runId: string, flagId: string, coordinator: string, options: RunOptions, signal: AbortSignal): Promise<RunHandle> {
    await this.existingJournal(runId);
    return this.leased(runId, async (release) => {
      const { store, tornTail } = await this.reopen(runId);
      const { memory, coordinators } = await this.planner.context();
      store.atomically(() => {
        delegateFlag(store, flagId, coordinator, coordinators.map((c) => c.name));
        reopenRun(store, [], tornTail);
      });
      return this.execute(store, memory, coordinators, options, signal, release);
    });
  }

  /** The coordinators this workspace has (built-in and its own agent files), for the user to pick from. */
  async coordinators(): Promise<readonly { readonly name: string; readonly description: string }[]> {
    return (await loadCoordinators(this.config.workspaceRoot)).coordinators.map((c) => ({ name: c.name, description: c.description }));
  }

  /**
   * Runs newest first, from the run index: only journals that changed since they were summarised
   * are read. A journal that cannot be read is listed as failed rather than hidden.
   */
  listRuns(options: { readonly recheck?: boolean } = {}): Promise<RunSummary[]> {
    return this.index.list(options);
  }

  /** The index as it is, without touching the disk (live runs as they are now). */
  knownRuns(): RunSummary[] {
    return this.index.snapshot();
  }

  /** The folder of this workspace's run journals (and their index). */
  get runsDir(): string {
    return this.journals.dir;
  }

  /** A run's journal may have changed outside this engine (another process): says whether it did, and if so lists it afresh next time. */
  invalidateRun(runId?: string): boolean {
    return this.index.invalidate(runId);
  }

  /** This window wrote an event to a run it drove and that has stopped (a flag dismissed): the run index takes the new summary. */
  noteWritten(runId: string, state: RunState): Promise<void> {
    return this.index.written(runId, state);
  }

  /**
   * The workspace's learned patterns and candidates for new ones, from its runs (see patterns/):
   * nothing is written; a candidate carries its template as a proposal to review.
   */
  async patterns(options: { readonly minRuns?: number } = {}, signal?: AbortSignal): Promise<PatternReport & { readonly warnings: readonly string[] }> {
    const root = this.config.workspaceRoot;
    const [templates, runs] = await Promise.all([loadTemplates(this.config.builtinTemplatesDir, root, signal, this.planner.templateCache), this.runShapes.collect(this, signal)]);
    const report = discoverPatterns({ runs: runs.shapes, templates: templates.templates, workspaceRoot: root, minRuns: options.minRuns });
    const warnings = [...templates.errors.map((e) => e.toString()), ...runs.unreadable.map((u) => `run ${u.runId} was left out: ${u.reason}`)];
    return { ...report, warnings };
  }

  /** Whether this workspace has a journal for the run. */
  hasRun(runId: string): boolean {
    return this.journals.has(runId);
  }

  /** A run's state, folded from its journal in slices that leave the event loop free (recent ones are kept). */
  async loadRun(runId: string): Promise<RunState> {
    await this.existingJournal(runId);
    const state = await this.index.state(runId);
    if (!state) throw new Error(`Run ${runId} has an empty journal`);
    return state;
  }

  /** Whether some live process (this one or another) is running the run now: a "running" run nobody drives was interrupted. */
  isRunDriven(runId: string): boolean {
    return RunJournalStore.isRunId(runId) && this.journals.holder(runId) !== undefined;
  }

  journalPath(runId: string): string {
    return this.journals.pathFor(runId);
  }

  /** The run's planning; with a model, an unsure classification may be settled by one short call, held to the cost limit. */
  private prepare(asked: string | PlanRequest, options: RunOptions, signal?: AbortSignal, planned?: Checklist): Promise<Planning> {
    const model = options.model ? { client: options.model, model: modelIds(options).planner, refuseCall: refuseCallPastLimit(options) } : undefined;
    return this.planner.prepare(asked, { memoryTokenBudget: options.memoryTokenBudget, model }, signal, planned);
  }

  /** The journal of a run that exists, or an error that lists the runs that do. */
  private async existingJournal(runId: string): Promise<string> {
    if (this.journals.has(runId)) return this.journals.pathFor(runId);
    throw new RunNotFoundError(runId, (await this.index.list()).slice(0, RECENT_RUNS_SHOWN));
  }

  /**
   * Holds the run's lease (no other process appends to its journal meanwhile) for as long as the
   * run started by `begin` works; released at once if `begin` fails or has nothing to run.
   */
  private async leased(runId: string, begin: (release: () => void) => Promise<RunHandle>): Promise<RunHandle> {
    const release = once(this.journals.lease(runId));
    try {
      return await begin(release);
    } catch (error) {
      release();
      throw error;
    }
  }

  /** A run's store, its journal's torn tail (if any) cut first so nothing is appended to it. */
  private async reopen(runId: string): Promise<{ store: RunStore; tornTail?: { bytes: number; keptIn: string } }> {
    const { journal, tornTail } = this.journals.open(runId);
    const { state } = await foldJournal(journal.path);
    if (!state) throw new Error(`Run ${runId} has an empty journal: it stopped before it started; make the request again`);
    return { store: new RunStore(journal, state, this.now), tornTail: tornTail && { bytes: tornTail.bytes, keptIn: basename(tornTail.keptAt) } };
  }

  /** `files` are the ones planning listed; a resumed or retried run lists them when first needed. */
  private execute(
    store: RunStore, memory: MemorySnapshot, coordinators: readonly CoordinatorDefinition[], options: RunOptions, signal: AbortSignal,
    release: () => void, files?: readonly string[],
  ): RunHandle {
    const root = this.config.workspaceRoot;
    let started: Promise<AnalyzerSession> | undefined;
    // A resumed run lists the files as its plan did: the same request prefers the same folders.
    const relevant = pathNamesRequest(store.state.request);
    const listed = async () => files ?? (await surveyForPlanning(this.workspace, new Set(), { signal, relevant })).files;
    const analysis = () => (started ??= listed().then((visible) => new AnalyzerWorker(root, visible)));
    const model = options.model;
    const models = modelIds(options);
    const maxTokens = options.maxTokens ?? DEFAULT_MAX_TOKENS;
    const delegator = model
      ? new ModelDelegator({
        client: model, coordinators: new Map(coordinators.map((c) => [c.name, c])), workspace: this.workspace, analysis,
        projectMemory: this.memoryFor(store.state, memory.memory, options), model: models.coordinator, maxTokens,
      })
      : new LocalDelegator(analysis, focusOfTemplate(store.state.checklist?.classification.templateId));
    // The run's own signal: the host's Stop, or a "Stop" at the cost limit.
    const run = new AbortController();
    const forward = (): void => run.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward, { once: true });
    const scheduler = new Scheduler(store, {
      delegator,
      synthesizer: model ? new ModelSynthesizer(model, models.planner, maxTokens) : new LocalSynthesizer(),
      memory: new FindingsMemoryProposer(root, memory, this.workspace),
      evidence: { check: (report, checkSignal) => checkReportEvidence(this.workspace, report, checkSignal) },
      coordinators: coordinators.map((c) => c.name),
      parallelLimit: options.parallelLimit ?? DEFAULT_PARALLEL_LIMIT,
      flagLimits: this.config.flagLimits,
      costLimit: model ? new CostLimitGate(store, options.askAtCostLimit, (reason) => run.abort(new Error(reason))) : undefined,
      warmCacheFirst: model !== undefined && options.warmCacheFirst !== false,
    });
    const runId = store.state.runId;
    void this.index.track(runId, store);
    const done = scheduler.run(run.signal).finally(() => {
      signal.removeEventListener('abort', forward);
      const saved = this.index.settle(runId);
      release();
      // The run's analyzer worker (if it started) ends with the run.
      void started?.then((a) => a.dispose(), () => undefined);
      // The run is done once its summary is in the index: a CLI that exits then leaves it saved.
      return saved;
    });
    return { runId, store, done };
  }

  /**
   * The project memory the run's coordinators receive: what its plan chose, so a resumed run sends
   * the same bytes; chosen now only for a run planned before plans kept it.
   */
  private memoryFor(state: RunState, memory: ProjectMemory, options: RunOptions): string {
    return (state.checklist?.memory ?? selectMemory(memory, state.checklist?.normalizedRequest ?? state.request, options.memoryTokenBudget)).text;
  }

  private newRunId(): string {
    const stamp = this.now().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    // Six hex digits; randomUUID draws from a pool instead of asking the system each time.
    return `${stamp}-${randomUUID().slice(0, 6)}`;
  }
}

/** A cost limit cannot hold calls to a model it cannot price: every model the run may call is checked. */
function requirePrices(options: RunOptions, coordinators: readonly CoordinatorDefinition[]): void {
  if (!options.model) return;
  const ids = modelIds(options);
  requirePricedModels([ids.planner, ids.coordinator, ...coordinators.flatMap((c) => (c.model ? [c.model] : []))], options);
}


function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (!done) fn();
    done = true;
  };
}
