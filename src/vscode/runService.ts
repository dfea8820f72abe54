import * as vscode from 'vscode';
import type { ModelClient } from '../core/model/port';
import type { OrchestratorConfig, PlanResult, RunHandle, RunSummary } from '../core/orchestrator';
import type { RunEvent } from '../core/run/events';
import type { RunState } from '../core/run/state';
import { Disposable } from './lifecycle';
import { createAnthropicClient } from './models/anthropicClientFactory';
import { MODEL_VENDOR } from './models/anthropicChatProvider';
import { VsCodeLmModelClient } from './models/vscodeLmClient';
import type { ApiKeyStore } from './apiKeyStore';
import type { OrchestratorSettings } from './settings';
import { describeEvent } from './runEventLog';
import { errorMessage } from '../core/kernel/format';

/** The part of the engine's `Orchestrator` the extension uses; the real class is passed in at activation. */
export interface OrchestratorEngine {
  plan(request: string): Promise<PlanResult>;
  start(request: string, signal: AbortSignal): Promise<RunHandle>;
  resume(runId: string, signal: AbortSignal): Promise<RunHandle>;
  retry(runId: string, taskId: string, signal: AbortSignal): Promise<RunHandle>;
  listRuns(): RunSummary[];
  loadRun(runId: string): RunState;
  memory(request: string): Promise<{ files: string[]; related: { file: string; heading: string; excerpt: string }[] }>;
}
export type EngineFactory = (config: OrchestratorConfig) => OrchestratorEngine;

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

export class RunInProgressError extends Error {
  constructor(readonly runId: string) {
    super(`Run ${runId} is still in progress. Wait for it to finish or cancel it (Task Orchestrator: Cancel Run) before starting another.`);
    this.name = 'RunInProgressError';
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

export interface ServiceRun {
  readonly runId: string;
  readonly handle: RunHandle;
  readonly choice: ModelChoice;
}

interface CurrentRun extends ServiceRun {
  readonly controller: AbortController;
  running: boolean;
}

export interface RunServiceDeps {
  readonly workspaceRoot: () => string | undefined;
  readonly builtinTemplatesDir: string;
  readonly keys: ApiKeyStore;
  readonly settings: () => OrchestratorSettings;
  readonly isTrusted: () => boolean;
  readonly createEngine: EngineFactory;
  readonly log: vscode.LogOutputChannel;
}

/**
 * Owns the engine, the run this window is driving and its cancellation. Chat, tree, webview and
 * commands all start, follow and cancel runs through here; built once at activation.
 */
export class RunService extends Disposable {
  private readonly _onDidChangeRun = this._register(new vscode.EventEmitter<RunChange>());
  readonly onDidChangeRun = this._onDidChangeRun.event;
  private current: CurrentRun | undefined;

  constructor(private readonly deps: RunServiceDeps) {
    super();
    this._register({ dispose: () => this.current?.controller.abort(new Error('The window is closing.')) });
  }

  /** The run this window drives or drove last; its state is live while it runs. */
  get currentRun(): (ServiceRun & { readonly running: boolean; readonly state: RunState }) | undefined {
    const c = this.current;
    return c && { runId: c.runId, handle: c.handle, choice: c.choice, running: c.running, state: c.handle.store.state };
  }

  isActive(runId: string): boolean {
    return this.current?.runId === runId && this.current.running;
  }

  async chooseModel(options: RunOptions = {}): Promise<ModelChoice> {
    if (!this.deps.isTrusted()) return { kind: 'local', reason: 'untrusted' };
    const apiKey = await this.deps.keys.get();
    if (apiKey) {
      const client = await createAnthropicClient({ apiKey, baseUrl: this.deps.settings().anthropicBaseUrl, log: (m) => this.deps.log.debug(m) });
      return { kind: 'anthropic', client };
    }
    const chatModel = options.chatModel;
    if (chatModel && chatModel.vendor !== MODEL_VENDOR) {
      return { kind: 'vscode-lm', client: new VsCodeLmModelClient(chatModel), modelName: chatModel.name };
    }
    return { kind: 'local', reason: 'no-key' };
  }

  async plan(request: string): Promise<PlanResult> {
    return this.engine(undefined).plan(request);
  }

  async memory(request: string): ReturnType<OrchestratorEngine['memory']> {
    return this.engine(undefined).memory(request);
  }

  start(request: string, options: RunOptions = {}, signal?: AbortSignal): Promise<ServiceRun> {
    return this.launch(options, signal, (engine, s) => engine.start(request, s));
  }

  resume(runId: string, options: RunOptions = {}, signal?: AbortSignal): Promise<ServiceRun> {
    return this.launch(options, signal, (engine, s) => engine.resume(runId, s));
  }

  retry(runId: string, taskId: string, options: RunOptions = {}, signal?: AbortSignal): Promise<ServiceRun> {
    return this.launch(options, signal, (engine, s) => engine.retry(runId, taskId, s));
  }

  /** Cancels the run in progress (or the given one, when it is the one in progress). */
  cancel(runId?: string): boolean {
    const c = this.current;
    if (!c || !c.running || (runId !== undefined && c.runId !== runId)) return false;
    c.controller.abort(new Error('Cancelled by the user.'));
    return true;
  }

  /** Newest first, the run in progress included even before its journal is listed. */
  listRuns(): RunSummary[] {
    if (!this.deps.workspaceRoot()) return [];
    const runs = this.engine(undefined).listRuns();
    const c = this.current;
    if (c && !runs.some((r) => r.runId === c.runId)) {
      const s = c.handle.store.state;
      return [{ runId: s.runId, request: s.request, status: s.status, startedAt: s.startedAt }, ...runs];
    }
    return runs;
  }

  loadRun(runId: string): RunState | undefined {
    if (this.current?.runId === runId) return this.current.handle.store.state;
    try {
      return this.engine(undefined).loadRun(runId);
    } catch (error) {
      this.deps.log.warn(`could not load run ${runId}: ${errorMessage(error)}`);
      return undefined;
    }
  }

  newestRunId(): string | undefined {
    return this.current?.runId ?? this.listRuns()[0]?.runId;
  }

  private async launch(
    options: RunOptions,
    signal: AbortSignal | undefined,
    begin: (engine: OrchestratorEngine, signal: AbortSignal) => Promise<RunHandle>,
  ): Promise<ServiceRun> {
    if (this.current?.running) throw new RunInProgressError(this.current.runId);
    const choice = await this.chooseModel(options);
    const controller = new AbortController();
    const unlink = linkSignal(signal, controller);
    const engine = this.engine(choice.kind === 'local' ? undefined : choice.client);
    let handle: RunHandle;
    try {
      handle = await begin(engine, controller.signal);
    } catch (error) {
      unlink();
      throw error;
    }
    const current: CurrentRun = { runId: handle.runId, handle, choice, controller, running: true };
    this.current = current;
    this.deps.log.info(`run ${handle.runId} started (${choice.kind}): ${handle.store.state.request}`);
    const unsubscribe = handle.store.onDidEmit((event, state) => {
      this.deps.log[event.type === 'DelegationProgress' ? 'debug' : 'info'](`run ${state.runId}: ${describeEvent(event)}`);
      this._onDidChangeRun.fire({ runId: state.runId, state, event });
    });
    this._onDidChangeRun.fire({ runId: handle.runId, state: handle.store.state });
    void handle.done
      .catch((error: unknown) => this.deps.log.error(`run ${handle.runId} ended with an error: ${errorMessage(error)}`))
      .finally(() => {
        unsubscribe();
        unlink();
        current.running = false;
        this._onDidChangeRun.fire({ runId: handle.runId, state: handle.store.state });
      });
    return { runId: handle.runId, handle, choice };
  }

  private engine(model: ModelClient | undefined): OrchestratorEngine {
    const workspaceRoot = this.deps.workspaceRoot();
    if (!workspaceRoot) throw new NoWorkspaceError();
    const settings = this.deps.settings();
    return this.deps.createEngine({
      workspaceRoot,
      builtinTemplatesDir: this.deps.builtinTemplatesDir,
      model,
      models: { planner: settings.plannerModel, coordinator: settings.coordinatorModel },
      maxTokens: settings.maxTokens,
      parallelLimit: settings.parallelLimit,
      exclude: settings.exclude,
    });
  }
}

function linkSignal(source: AbortSignal | undefined, target: AbortController): () => void {
  if (!source) return () => {};
  const abort = (): void => target.abort(source.reason);
  if (source.aborted) abort();
  else source.addEventListener('abort', abort, { once: true });
  return () => source.removeEventListener('abort', abort);
}
