import * as path from 'node:path';
import * as vscode from 'vscode';
import { EnginePool } from '../core/enginePool';
import type { ModelClient } from '../core/model/port';
import type { Orchestrator, PlanResult, RunHandle, RunOptions as EngineRunOptions, RunSummary } from '../core/orchestrator';
import type { PlanRequest } from '../core/plan';
import type { RunEvent } from '../core/run/events';
import type { RunState } from '../core/run/state';
import { byRecency, summarizeRun } from '../core/run/runSummary';
import type { Checklist } from '../core/plan/types';
import { runTitle } from '../core/run/display';
import { Disposable } from './lifecycle';
import { createAnthropicClient } from './models/anthropicClientFactory';
import { MODEL_VENDOR } from './models/anthropicChatProvider';
import { VsCodeLmModelClient } from './models/vscodeLmClient';
import type { ApiKeyStore } from './apiKeyStore';
import type { OrchestratorSettings } from './settings';
import { describeEvent, DETAIL_EVENTS } from './runEventLog';
import { errorMessage } from '../core/kernel/format';
import { plainText } from '../core/kernel/untrustedText';
import { RunGate, RunInProgressError } from './runGate';
import { continueLabel, describeCostPause, STOP_LABEL } from '../core/cost/describe';
import type { CostLimitPause } from '../core/cost/budget';
import type { CostLimitAnswer } from '../core/run/costLimit';
import { dismissFlag } from '../core/run/flagActions';

export { RunInProgressError };

export const LOCAL_MODE_NOTICE = 'Running locally (no model): set an Anthropic API key for model-backed coordinators.';
export const UNTRUSTED_NOTICE =
  'This workspace is not trusted: Task Orchestrator will not send its content to a model. Trust the workspace to use model-backed coordinators.';

export type ModelChoice =
  | { readonly kind: 'anthropic'; readonly client: ModelClient }
  | { readonly kind: 'vscode-lm'; readonly client: ModelClient; readonly modelName: string }
  | { readonly kind: 'local'; readonly reason: 'untrusted' | 'no-key' };

export function modelChoiceNotice(choice: ModelChoice): string {
  switch (choice.kind) {
    case 'anthropic':
      return 'Coordinators run on the Anthropic API.';
    case 'vscode-lm':
      return `Coordinators run on the chat model ${choice.modelName} (no Anthropic key set).`;
    case 'local':
      return choice.reason === 'untrusted' ? UNTRUSTED_NOTICE : LOCAL_MODE_NOTICE;
  }
}

export class NoWorkspaceError extends Error {
  constructor() {
    super('Open a folder first: Task Orchestrator plans and journals runs inside a workspace folder.');
    this.name = 'NoWorkspaceError';
  }
}

export interface RunOptions {
  /** The model picked in the chat; used when no Anthropic key is set. */
  readonly chatModel?: vscode.LanguageModelChat;
}

export interface RunChange {
  readonly runId: string;
  readonly state: RunState;
  readonly event?: RunEvent;
}

/** Where RunService.warmUpSoon is: not asked for yet, asked (under way), ready, or failed (the first plan then does the work). */
export type WarmUpState = 'not asked' | 'asked' | 'ready' | 'failed';

export interface ServiceRun {
  readonly runId: string;
  readonly handle: RunHandle;
  readonly choice: ModelChoice;
}

export interface RunServiceDeps {
  /** The window's workspace folders (absolute paths), in order. */
  readonly folders: () => readonly string[];
  /** The folder a new request targets: the active editor's, else the first. */
  readonly targetFolder: () => string | undefined;
  readonly builtinTemplatesDir: string;
  readonly keys: ApiKeyStore;
  readonly settings: () => OrchestratorSettings;
  readonly isTrusted: () => boolean;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Owns the engines (one per workspace folder, kept for the extension's lifetime so their caches
 * serve every run), the run this window is driving and its cancellation. Chat, tree, webview and
 * commands all start, follow and cancel runs through here; built once at activation.
 */
export class RunService extends Disposable {
  private readonly _onDidChangeRun = this._register(new vscode.EventEmitter<RunChange>());
  readonly onDidChangeRun = this._onDidChangeRun.event;
  private readonly engines = new EnginePool();
  private readonly gate = new RunGate();
  private current: ServiceRun | undefined;
  /** Stops building ahead for the first plan (warmUpSoon) when the window closes. */
  private readonly warming = new AbortController();
  private warmUp: WarmUpState = 'not asked';

  constructor(private readonly deps: RunServiceDeps) {
    super();
    this._register({
      dispose: () => {
        this.warming.abort();
        this.gate.cancel(new Error('The window is closing.'));
        this.engines.clear();
      },
    });
  }

  /** The run this window drives or drove last; its state is live while it runs. */
  get currentRun(): (ServiceRun & { readonly running: boolean; readonly state: RunState }) | undefined {
    const c = this.current;
    return c && { ...c, running: this.isActive(c.runId), state: c.handle.store.state };
  }

  isActive(runId: string): boolean {
    return this.gate.activeRunId === runId;
  }

  /** Forgets the engines of folders that left the window. */
  retainFolders(): void {
    this.engines.retain(this.deps.folders());
  }

  /**
   * Builds in slices, once a window, what its first plan needs whatever the request: the templates,
   * the classifier's weights and the index of its examples (seconds of CPU). Asked for when the user
   * turns to the orchestrator (its views shown, a new request being typed), after `delayMs` so the
   * window's own start goes first; a window where it is never used pays nothing. The first request
   * is then planned in a fraction of the time. A failure costs only that time back, and is logged.
   */
  warmUpSoon(delayMs = 0): void {
    if (this.warmUp !== 'not asked') return;
    this.warmUp = 'asked';
    const timer = setTimeout(() => {
      const folder = this.deps.targetFolder();
      if (!folder) return;
      const started = performance.now();
      this.engineFor(folder).warmUp(this.warming.signal).then(
        () => {
          this.warmUp = 'ready';
          this.deps.log.info(`planning ready in ${(performance.now() - started).toFixed(0)} ms`);
        },
        (error: unknown) => {
          this.warmUp = 'failed';
          if (!this.warming.signal.aborted) this.deps.log.warn(`could not prepare planning ahead: ${errorMessage(error)}`);
        },
      );
    }, delayMs);
    this.warming.signal.addEventListener('abort', () => clearTimeout(timer));
  }

  get planningWarmUp(): WarmUpState {
    return this.warmUp;
  }

  /** The folder's name when the window has several (runs say which one they belong to), else undefined. */
  folderLabel(workspace: string): string | undefined {
    return this.deps.folders().length > 1 ? path.basename(workspace) : undefined;
  }

  async chooseModel(options: RunOptions = {}): Promise<ModelChoice> {
    if (!this.deps.isTrusted()) return { kind: 'local', reason: 'untrusted' };
    const apiKey = await this.deps.keys.get();
    if (apiKey) {
      const client = await createAnthropicClient(apiKey, this.deps.settings(), (m) => this.deps.log.debug(m));
      return { kind: 'anthropic', client };
    }
    const chatModel = options.chatModel;
    if (chatModel && chatModel.vendor !== MODEL_VENDOR) {
      return { kind: 'vscode-lm', client: new VsCodeLmModelClient(chatModel), modelName: chatModel.name };
    }
    return { kind: 'local', reason: 'no-key' };
  }

  /** With a model available, an unsure classification may be settled by one short call (remembered per request). */
  async plan(request: string | PlanRequest, options: RunOptions = {}, signal?: AbortSignal): Promise<PlanResult> {
    const folder = this.targetFolder();
    const choice = await this.chooseModel(options);
    return this.engineFor(folder).plan(request, this.runOptions(choice), signal);
  }

  /** The target folder's learned patterns and candidates for new ones; nothing is written. */
  patterns(signal?: AbortSignal): ReturnType<Orchestrator['patterns']> {
    return this.engineFor(this.targetFolder()).patterns({ minRuns: this.deps.settings().patternMinRuns }, signal);
  }

  async memory(request: string): ReturnType<Orchestrator['memory']> {
    return this.engineFor(this.targetFolder()).memory(request);
  }

  start(request: string | PlanRequest, options: RunOptions = {}, signal?: AbortSignal): Promise<ServiceRun> {
    const folder = this.targetFolder();
    return this.launch(`"${runTitle(typeof request === 'string' ? request : request.text)}"`, options, signal, (runOptions, s) => this.engineFor(folder).start(request, runOptions, s));
  }

  /** Runs a checklist shown by `plan`, as it was shown. */
  startPlanned(checklist: Checklist, options: RunOptions = {}, signal?: AbortSignal): Promise<ServiceRun> {
    const folder = this.targetFolder();
    return this.launch(`"${runTitle(checklist.request)}"`, options, signal, (runOptions, s) => this.engineFor(folder).startPlanned(checklist, runOptions, s));
  }

  resume(runId: string, options: RunOptions = {}, signal?: AbortSignal): Promise<ServiceRun> {
    const folder = this.folderOf(runId);
    return this.launch(`resuming ${runId}`, options, signal, (runOptions, s) => this.engineFor(folder).resume(runId, runOptions, s));
  }

  retry(runId: string, taskId: string, options: RunOptions = {}, signal?: AbortSignal): Promise<ServiceRun> {
    const folder = this.folderOf(runId);
    return this.launch(`retrying task ${taskId} of ${runId}`, options, signal, (runOptions, s) => this.engineFor(folder).retry(runId, taskId, runOptions, s));
  }

  /**
   * Lets a flag kept for review go. The run this window drove takes the event through its own store
   * (its state is what the views show); any other run's journal gets it directly.
   */
  async dismissFlag(runId: string, flagId: string): Promise<void> {
    const live = this.current;
    if (live?.runId === runId) {
      dismissFlag(live.handle.store, flagId);
      if (this.isActive(runId)) return;
      await this.engineFor(this.folderOf(runId)).noteWritten(runId, live.handle.store.state);
      this._onDidChangeRun.fire({ runId, state: live.handle.store.state });
      return;
    }
    const state = await this.engineFor(this.folderOf(runId)).dismissFlag(runId, flagId);
    this._onDidChangeRun.fire({ runId, state });
  }

  /** Sends a flag kept for review to the coordinator the user picked; the run goes on with its follow-up. */
  delegateFlag(runId: string, flagId: string, coordinator: string, options: RunOptions = {}, signal?: AbortSignal): Promise<ServiceRun> {
    const folder = this.folderOf(runId);
    return this.launch(`delegating flag ${flagId} of ${runId}`, options, signal, (runOptions, s) => this.engineFor(folder).delegateFlag(runId, flagId, coordinator, runOptions, s));
  }

  /** The coordinators the run's workspace has, for the user to pick from. */
  coordinators(runId: string): ReturnType<Orchestrator['coordinators']> {
    return this.engineFor(this.folderOf(runId)).coordinators();
  }

  /** Cancels the run in progress or being started (or the given one, when it is the one in progress). */
  cancel(runId?: string): boolean {
    return this.gate.cancel(new Error('Cancelled by the user.'), runId);
  }

  /**
   * Every folder's runs, newest first, from each engine's run index (a journal is read again only
   * when it changed), the run in progress included even before its journal is listed.
   */
  async listRuns(options: { readonly recheck?: boolean } = {}): Promise<RunSummary[]> {
    const runs = (await Promise.all(this.deps.folders().map((folder) => this.engineFor(folder).listRuns(options)))).flat().sort(byRecency);
    const c = this.current;
    if (c && !runs.some((r) => r.runId === c.runId)) return [summarizeRun(c.handle.store.state, { updatedAt: Date.now(), size: 0 }), ...runs];
    return runs;
  }

  /** A run's state: the live one for the run this window drives, else folded from its journal without blocking. */
  async loadRun(runId: string): Promise<RunState | undefined> {
    if (this.current?.runId === runId) return this.current.handle.store.state;
    const folder = this.deps.folders().find((f) => this.engineFor(f).hasRun(runId));
    if (!folder) return undefined;
    try {
      return await this.engineFor(folder).loadRun(runId);
    } catch (error) {
      this.deps.log.warn(`could not load run ${runId}: ${errorMessage(error)}`);
      return undefined;
    }
  }

  hasRun(runId: string): boolean {
    return this.current?.runId === runId || this.deps.folders().some((f) => this.engineFor(f).hasRun(runId));
  }

  /** Each workspace folder's journal folder (it may not exist yet). */
  journalFolders(): string[] {
    return this.deps.folders().map((folder) => this.engineFor(folder).runsDir);
  }

  /** A journal may have changed outside this window (the CLI, another window): says whether it did, and if so its run is listed afresh. */
  invalidateRun(runId?: string): boolean {
    return this.deps.folders().map((folder) => this.engineFor(folder).invalidateRun(runId)).some(Boolean);
  }

  async newestRunId(): Promise<string | undefined> {
    return this.current?.runId ?? (await this.listRuns())[0]?.runId;
  }

  private async launch(
    label: string,
    options: RunOptions,
    signal: AbortSignal | undefined,
    begin: (options: EngineRunOptions, signal: AbortSignal) => Promise<RunHandle>,
  ): Promise<ServiceRun> {
    // Taken before the first await: a second start while this one chooses a model or plans is refused.
    const pass = this.gate.enter(label, signal);
    let handle: RunHandle;
    let choice: ModelChoice;
    try {
      choice = await this.chooseModel(options);
      handle = await begin(this.runOptions(choice), pass.signal);
    } catch (error) {
      pass.leave();
      throw error;
    }
    pass.identify(handle.runId);
    this.current = { runId: handle.runId, handle, choice };
    this.deps.log.info(`run ${handle.runId} started (${choice.kind}) in ${handle.store.state.workspace}: ${handle.store.state.request}`);
    const unsubscribe = handle.store.onDidEmit((event, state) => {
      // One line per event, whatever a model put in it: no forged log lines, no escape sequences.
      this.deps.log[DETAIL_EVENTS.has(event.type) ? 'debug' : 'info'](`run ${state.runId}: ${plainText(describeEvent(event))}`);
      this._onDidChangeRun.fire({ runId: state.runId, state, event });
    });
    this._onDidChangeRun.fire({ runId: handle.runId, state: handle.store.state });
    void handle.done
      .catch((error: unknown) => this.deps.log.error(`run ${handle.runId} ended with an error: ${errorMessage(error)}`))
      .finally(() => {
        unsubscribe();
        pass.leave();
        this._onDidChangeRun.fire({ runId: handle.runId, state: handle.store.state });
      });
    return { runId: handle.runId, handle, choice };
  }

  /** What this run talks to, from the model choice and the settings as they are now. */
  private runOptions(choice: ModelChoice): EngineRunOptions {
    const settings = this.deps.settings();
    // Loaded when the first run starts, not at activation (scripts/bundles.mjs: ON_FIRST_USE).
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
    const { readCostLimit, resolvePrices } = require('../core/cost/priceSettings') as typeof import('../core/cost/priceSettings');
    // A local run costs nothing: its limit is not read, so a bad one does not stop it either.
    const maxCostUsd = choice.kind === 'local' ? undefined : readCostLimit(settings.maxCostUsd, 'taskOrchestrator.maxCostUsd');
    const prices = resolvePrices(settings.prices, 'taskOrchestrator.prices');
    if (prices.problems.length > 0 && choice.kind !== 'local') {
      for (const problem of prices.problems) this.deps.log.warn(problem);
      void vscode.window.showWarningMessage(prices.problems.join(' '));
    }
    return {
      model: choice.kind === 'local' ? undefined : choice.client,
      models: { planner: settings.plannerModel, coordinator: settings.coordinatorModel },
      maxTokens: settings.maxTokens,
      parallelLimit: settings.parallelLimit,
      memoryTokenBudget: settings.memoryTokenBudget,
      prices: { table: prices.prices, overridden: prices.overridden },
      maxCostUsd,
      askAtCostLimit: (pause, signal) => this.askAtCostLimit(pause, signal),
    };
  }

  /** The question the driven run is waiting on at its cost limit, answered by the notification or a chat button. */
  private costQuestion: { readonly pause: CostLimitPause; readonly answer: (answer: CostLimitAnswer) => void } | undefined;

  private askAtCostLimit(pause: CostLimitPause, signal: AbortSignal): Promise<CostLimitAnswer> {
    return new Promise((resolve) => {
      const settle = (answer: CostLimitAnswer): void => {
        if (this.costQuestion?.pause !== pause) return;
        this.costQuestion = undefined;
        signal.removeEventListener('abort', stop);
        resolve(answer);
      };
      const stop = (): void => settle({ decision: 'stop' });
      this.costQuestion = { pause, answer: settle };
      signal.addEventListener('abort', stop, { once: true });
      const go = continueLabel(pause);
      // Closing the notification is not a yes: the run stops there, resumable.
      void vscode.window.showWarningMessage(describeCostPause(pause), go, STOP_LABEL).then((choice) =>
        settle(choice === go ? { decision: 'continue', limitUsd: pause.proposedLimitUsd } : { decision: 'stop' }));
    });
  }

  /** A chat button's answer at the cost limit; false when the run is no longer waiting for one. */
  answerCostLimit(runId: string, decision: 'continue' | 'stop'): boolean {
    const question = this.costQuestion;
    if (!question || this.current?.runId !== runId) return false;
    question.answer(decision === 'continue' ? { decision, limitUsd: question.pause.proposedLimitUsd } : { decision });
    return true;
  }

  private targetFolder(): string {
    const folder = this.deps.targetFolder();
    if (!folder) throw new NoWorkspaceError();
    return folder;
  }

  /** The folder whose journals hold the run; the target folder when none does (the engine then says the run is missing). */
  private folderOf(runId: string): string {
    if (this.current?.runId === runId) return this.current.handle.store.state.workspace;
    return this.deps.folders().find((f) => this.engineFor(f).hasRun(runId)) ?? this.targetFolder();
  }

  /** The folder's engine, kept across calls; rebuilt only when the exclusion settings change. */
  private engineFor(workspaceRoot: string): Orchestrator {
    return this.engines.engineFor({ workspaceRoot, builtinTemplatesDir: this.deps.builtinTemplatesDir, exclude: this.deps.settings().exclude });
  }
}
