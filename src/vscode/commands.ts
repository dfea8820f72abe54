import * as vscode from 'vscode';
import { renderRunAudit } from '../core/audit/runAudit';
import { failedOnApiKey } from '../core/run/display';
import type { RunState } from '../core/run/state';
import type { MemoryEditService } from './memoryEdits';
import type { RunService, ServiceRun } from './runService';
import type { ApiKeyStore } from './apiKeyStore';
import { TaskDetailsProvider } from './tree/taskDetailsProvider';
import type { TaskTreeProvider } from './tree/taskTreeProvider';
import { errorMessage } from '../core/kernel/format';
import { COST_LIMIT_COMMANDS } from './chat/runRenderer';

export const COMMANDS = {
  newRequest: 'taskOrchestrator.newRequest',
  setApiKey: 'taskOrchestrator.setApiKey',
  clearApiKey: 'taskOrchestrator.clearApiKey',
  reviewMemoryUpdates: 'taskOrchestrator.reviewMemoryUpdates',
  cancelRun: 'taskOrchestrator.cancelRun',
  resumeRun: 'taskOrchestrator.resumeRun',
  retryTask: 'taskOrchestrator.retryTask',
  exportRun: 'taskOrchestrator.exportRun',
  showTaskDetails: 'taskOrchestrator.showTaskDetails',
  refresh: 'taskOrchestrator.refresh',
  continuePastCostLimit: COST_LIMIT_COMMANDS.continue,
  stopAtCostLimit: COST_LIMIT_COMMANDS.stop,
} as const;

export interface CommandServices {
  readonly runs: RunService;
  readonly keys: ApiKeyStore;
  readonly memoryEdits: MemoryEditService;
  readonly tree: TaskTreeProvider;
  readonly log: vscode.LogOutputChannel;
}

/** Commands get a run id as a string (chat buttons, webview) or a tree node ({ runId, taskId? }). */
function runIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'string' && arg.length > 0) return arg;
  if (typeof arg === 'object' && arg !== null && typeof (arg as { runId?: unknown }).runId === 'string') return (arg as { runId: string }).runId;
  return undefined;
}

function taskIdOf(arg: unknown): string | undefined {
  if (typeof arg === 'object' && arg !== null && typeof (arg as { taskId?: unknown }).taskId === 'string') return (arg as { taskId: string }).taskId;
  return undefined;
}

/** Runs started outside the chat report their end as a notification; the tree and Progress view show the rest. */
export async function followInBackground(begin: () => Promise<ServiceRun>): Promise<ServiceRun | undefined> {
  let run: ServiceRun;
  try {
    run = await begin();
  } catch (error) {
    void vscode.window.showErrorMessage(errorMessage(error));
    return undefined;
  }
  followStartedRun(run);
  return run;
}

/** Shows the Tasks view and reports the run's end as a notification. */
export function followStartedRun(run: ServiceRun): void {
  void vscode.commands.executeCommand('taskOrchestrator.tasks.focus').then(undefined, () => undefined);
  void run.handle.done.then(
    (state) => notifyEnd(state),
    (error: unknown) => void vscode.window.showErrorMessage(`Run ${run.runId} stopped: ${errorMessage(error)}`),
  );
}

async function notifyEnd(state: RunState): Promise<void> {
  if (state.status === 'completed') {
    if (state.memoryEdits.length === 0) return;
    const review = `Review memory updates (${state.memoryEdits.length})`;
    const choice = await vscode.window.showInformationMessage(`Run finished: ${state.request}`, review);
    if (choice === review) await vscode.commands.executeCommand(COMMANDS.reviewMemoryUpdates, state.runId);
  } else if (state.status === 'failed') {
    const setKey = 'Set Anthropic API Key';
    const reason = state.failure?.message ?? 'no reason recorded';
    const choice = await vscode.window.showErrorMessage(`Run failed: ${reason}`, ...(failedOnApiKey(state) ? [setKey] : []));
    if (choice === setKey) await vscode.commands.executeCommand(COMMANDS.setApiKey);
  }
}

export function registerCommands(services: CommandServices): vscode.Disposable[] {
  const { runs, keys, memoryEdits, tree } = services;
  const pickRunId = async (arg: unknown): Promise<string | undefined> => runIdOf(arg) ?? (await runs.newestRunId());
  return [
    vscode.commands.registerCommand(COMMANDS.newRequest, async (text?: unknown) => {
      // Planning is prepared while the request is typed.
      runs.warmUpSoon();
      const request =
        typeof text === 'string' && text.trim()
          ? text
          : await vscode.window.showInputBox({ title: 'Task Orchestrator: New Request', prompt: 'What do you need?', placeHolder: 'Make the checkout faster', ignoreFocusOut: true });
      if (!request?.trim()) return undefined;
      return (await followInBackground(() => runs.start(request)))?.runId;
    }),
    vscode.commands.registerCommand(COMMANDS.setApiKey, () => keys.promptAndStore()),
    vscode.commands.registerCommand(COMMANDS.clearApiKey, () => keys.clearWithMessage()),
    vscode.commands.registerCommand(COMMANDS.reviewMemoryUpdates, async (arg?: unknown) => {
      try {
        return await memoryEdits.review(runIdOf(arg));
      } catch (error) {
        void vscode.window.showErrorMessage(`Could not prepare the memory updates: ${errorMessage(error)}`);
        return false;
      }
    }),
    vscode.commands.registerCommand(COMMANDS.cancelRun, (arg?: unknown) => {
      if (!runs.cancel(runIdOf(arg))) void vscode.window.showInformationMessage('No run in progress to cancel.');
    }),
    vscode.commands.registerCommand(COMMANDS.resumeRun, async (arg?: unknown) => {
      const runId = await pickRunId(arg);
      if (!runId) return void vscode.window.showInformationMessage('No run to resume.');
      await followInBackground(() => runs.resume(runId));
    }),
    vscode.commands.registerCommand(COMMANDS.retryTask, async (arg?: unknown) => {
      const runId = runIdOf(arg);
      const taskId = taskIdOf(arg);
      if (!runId || !taskId) return void vscode.window.showInformationMessage('Pick a failed task in the Tasks view to retry it.');
      await followInBackground(() => runs.retry(runId, taskId));
    }),
    vscode.commands.registerCommand(COMMANDS.exportRun, async (arg?: unknown) => {
      const runId = await pickRunId(arg);
      const state = runId ? await runs.loadRun(runId) : undefined;
      if (!state) return void vscode.window.showInformationMessage('No run to export.');
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: renderRunAudit(state, { driven: runs.isActive(state.runId) }) });
      await vscode.window.showTextDocument(document);
      return document;
    }),
    vscode.commands.registerCommand(COMMANDS.showTaskDetails, async (arg?: unknown) => {
      const runId = runIdOf(arg);
      const taskId = taskIdOf(arg);
      if (!runId || !taskId) return;
      const task = (await runs.loadRun(runId))?.tasks.find((t) => t.spec.id === taskId);
      const uri = TaskDetailsProvider.uriFor(runId, taskId, task?.spec.title);
      try {
        // Formatted, in VS Code's Markdown preview, which follows the document as the run goes on.
        await vscode.commands.executeCommand('markdown.showPreview', uri);
      } catch {
        // Markdown support turned off: the same text as a read-only document.
        const document = await vscode.workspace.openTextDocument(uri);
        await vscode.languages.setTextDocumentLanguage(document, 'markdown');
        await vscode.window.showTextDocument(document, { preview: true, preserveFocus: true });
      }
    }),
    vscode.commands.registerCommand(COMMANDS.refresh, () => tree.refresh()),
    // The chat's buttons at the cost limit; the notification answers the same question directly.
    ...(['continue', 'stop'] as const).map((decision) =>
      vscode.commands.registerCommand(decision === 'continue' ? COMMANDS.continuePastCostLimit : COMMANDS.stopAtCostLimit, (arg?: unknown) => {
        const runId = runIdOf(arg);
        if (!runId || !runs.answerCostLimit(runId, decision)) void vscode.window.showInformationMessage('That run is no longer waiting at its cost limit.');
      })),
  ];
}
