import * as path from 'node:path';
import * as vscode from 'vscode';
import { OrchestratorParticipant } from './chat/participant';
import { COMMANDS, followInBackground, followStartedRun, registerCommands } from './commands';
import { FLAG_COMMANDS, registerFlagCommands } from './flagCommands';
import { DashboardViewProvider } from './dashboard/dashboardViewProvider';
import { MemoryEditService } from './memoryEdits';
import { LearnedTemplateService, registerPatternCommands } from './patterns/learnedTemplates';
import { OrchestratorTools } from './tools/orchestratorTools';
import { AnthropicChatProvider } from './models/anthropicChatProvider';
import { registerChatModels } from './models/chatModelRegistration';
import { RunService } from './runService';
import { activationCost, type ActivationCost } from './activationCost';
import { ApiKeyStore } from './apiKeyStore';
import { readSettings } from './settings';
import { DETAILS_SCHEME, TaskDetailsProvider } from './tree/taskDetailsProvider';
import type { TaskTreeNode } from './tree/taskNodes';
import { TaskTreeProvider } from './tree/taskTreeProvider';
import { plural } from '../core/kernel/format';

/** How long after the orchestrator's views are shown planning is warmed up (RunService.warmUpSoon): the window's own start goes first. */
const WARM_UP_AFTER_MS = 3_000;

/** What `activate` returns: the services, so extension-host tests drive the real wiring. */
export interface TaskOrchestratorApi {
  readonly runService: RunService;
  readonly treeProvider: TaskTreeProvider;
  /** The Tasks view as registered (its visibility, selection). */
  readonly tasksView: vscode.TreeView<TaskTreeNode>;
  /** The Progress view's provider: whether its page loaded and said ready. */
  readonly progressView: DashboardViewProvider;
  readonly memoryEdits: MemoryEditService;
  readonly learnedTemplates: LearnedTemplateService;
  /** The language-model tools agent mode calls (orchestrator_plan, _run, _status). */
  readonly agentTools: OrchestratorTools;
  readonly apiKeys: ApiKeyStore;
  /** What activation cost (time, and the code it loaded): the engine, the SDK and markdown-it load on first use. */
  readonly activation: ActivationCost;
}

/** Every service is built here, once; only this function touches `context.subscriptions`. */
export function activate(context: vscode.ExtensionContext): TaskOrchestratorApi {
  const startedAt = performance.now();
  const log = vscode.window.createOutputChannel('Task Orchestrator', { log: true });
  const apiKeys = new ApiKeyStore(context.secrets);
  const runService = new RunService({
    folders: () => (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath),
    targetFolder,
    builtinTemplatesDir: path.join(context.extensionPath, 'dist', 'templates'),
    keys: apiKeys,
    settings: readSettings,
    isTrusted: () => vscode.workspace.isTrusted,
    log,
  });
  const memoryEdits = new MemoryEditService(runService, readSettings, log);
  const learnedTemplates = new LearnedTemplateService(runService, log);
  const agentTools = new OrchestratorTools(runService);
  const treeProvider = new TaskTreeProvider(runService, log);
  const treeView = vscode.window.createTreeView('taskOrchestrator.tasks', { treeDataProvider: treeProvider, showCollapseAll: true });
  // No automatic reveal of the task in progress: TreeView.reveal always opens the view's container
  // (VS Code 1.139), which takes a maximized chat out of its maximized layout, and the view's
  // `visible` lags behind the layout, so no check in the extension host can rule that out.
  const updateBadge = (): void => {
    const left = treeProvider.tasksLeftInCurrentRun();
    treeView.badge = left > 0 ? { value: left, tooltip: `${plural(left, 'task')} left` } : undefined;
  };
  const services = { runs: runService, keys: apiKeys, memoryEdits, tree: treeProvider, log };
  const dashboard = new DashboardViewProvider(context.extensionUri, runService, {
    // A refused start is answered in the view itself, which keeps the request's text.
    startRequest: async (text) => followStartedRun(await runService.start(text)),
    reviewMemory: async (runId) => void (await vscode.commands.executeCommand(COMMANDS.reviewMemoryUpdates, runId)),
    cancelRun: (runId) => void runService.cancel(runId),
    dismissFlag: async (runId, flagId) => void (await vscode.commands.executeCommand(FLAG_COMMANDS.dismissFlag, { runId, flagId })),
    delegateFlag: async (runId, flagId) => void (await vscode.commands.executeCommand(FLAG_COMMANDS.delegateFlag, { runId, flagId })),
  }, memoryEdits, log);
  const chatProvider = new AnthropicChatProvider(apiKeys, log);
  const taskDetails = new TaskDetailsProvider(runService);

  context.subscriptions.push(
    log,
    apiKeys,
    runService,
    memoryEdits,
    treeProvider,
    treeView,
    treeProvider.onDidRefresh(updateBadge),
    treeView.onDidChangeVisibility((e) => warmUpWhenShown(e.visible)),
    taskDetails,
    vscode.workspace.registerTextDocumentContentProvider(DETAILS_SCHEME, taskDetails),
    dashboard,
    vscode.window.registerWebviewViewProvider(DashboardViewProvider.viewId, dashboard, { webviewOptions: { retainContextWhenHidden: false } }),
    chatProvider,
    registerChatModels(chatProvider, log),
    new OrchestratorParticipant(runService, memoryEdits, context.extensionUri, log),
    ...registerCommands(services),
    ...registerPatternCommands(learnedTemplates),
    agentTools,
    ...registerFlagCommands(runService, followInBackground),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('taskOrchestrator')) treeProvider.scheduleRefresh();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      runService.retainFolders();
      treeProvider.scheduleRefresh();
    }),
  );
  // The orchestrator's views shown (at start, when left open): the user is likely to ask something soon.
  const warmUpWhenShown = (visible: boolean): void => {
    if (visible) runService.warmUpSoon(WARM_UP_AFTER_MS);
  };
  warmUpWhenShown(treeView.visible);
  const activation = activationCost(context.extensionPath, startedAt);
  log.info(`activated in ${activation.ms.toFixed(0)} ms, ${Math.round(activation.bytes / 1024)} KB of code loaded (${activation.files.map((f) => f.file).join(', ')})${vscode.workspace.isTrusted ? '' : '; workspace not trusted: local mode only'}`);
  return { runService, treeProvider, tasksView: treeView, progressView: dashboard, memoryEdits, learnedTemplates, agentTools, apiKeys, activation };
}

/** A request goes to the folder of the active editor, else to the first folder of the window. */
function targetFolder(): string | undefined {
  const active = vscode.window.activeTextEditor?.document.uri;
  const folder = (active && vscode.workspace.getWorkspaceFolder(active)) ?? vscode.workspace.workspaceFolders?.[0];
  return folder?.uri.fsPath;
}

export function deactivate(): void {
  // Everything is in context.subscriptions; disposing RunService aborts the run in progress and drops the engines.
}
