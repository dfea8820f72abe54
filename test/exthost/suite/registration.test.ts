import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, eventually } from './helpers';

suite('Task Orchestrator is wired into VS Code', () => {
  test('every contributed command is registered', async () => {
    const { extension } = await activateExtension();
    const contributed = (extension.packageJSON as { contributes: { commands: { command: string }[] } }).contributes.commands.map((c) => c.command);
    assert.ok(contributed.length >= 10, `contributed: ${contributed.join(', ')}`);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(contributed.filter((id) => !registered.has(id)), [], 'contributed but never registered');
  });

  test('the Tasks view shows the tree provider, and the Progress view loads its page', async () => {
    const { api } = await activateExtension();
    await vscode.commands.executeCommand('taskOrchestrator.tasks.focus');
    await eventually(() => api.tasksView.visible, 'the Tasks view to be visible');
    await vscode.commands.executeCommand('taskOrchestrator.progress.focus');
    // Ready only once the page's script ran under its CSP and sent the handshake.
    await eventually(() => api.progressView.isReady, 'the Progress view page to say ready', 20_000);
  });

  test('showing the Tasks view prepares planning ahead, and a request is then planned as usual', async () => {
    const { api } = await activateExtension();
    await vscode.commands.executeCommand('taskOrchestrator.tasks.focus');
    await eventually(() => api.tasksView.visible, 'the Tasks view to be visible');
    // Bounded, not timed: the warm-up reads every example of the classifier, seconds of CPU on a busy machine.
    await eventually(() => api.runService.planningWarmUp === 'ready' || undefined, 'planning to be prepared ahead', 80_000);
    const { checklist } = await api.runService.plan('Nobody can pay since 10:00, every checkout fails');
    assert.equal(checklist.classification.templateId, 'emergency');
  });

  test('the Claude models appear for the task-orchestrator vendor, with tool calling', async () => {
    await activateExtension();
    const models = await vscode.lm.selectChatModels({ vendor: 'task-orchestrator' });
    assert.ok(models.length > 0, 'no models from the task-orchestrator vendor');
    assert.ok(models.some((m) => m.id === 'claude-sonnet-4-6'), `models: ${models.map((m) => m.id).join(', ')}`);
  });

  test('@orchestrator answers a chat request, and its /resume slash command reaches the participant', async () => {
    const { api } = await activateExtension();
    await vscode.lm.selectChatModels({ vendor: 'task-orchestrator' });
    const ask = (query: string) => vscode.commands.executeCommand('workbench.action.chat.open', { query, modelSelector: { vendor: 'task-orchestrator' } });

    await ask('@orchestrator Make the images smaller');
    const started = await eventually(async () => (await api.runService.listRuns()).find((r) => r.request === 'Make the images smaller'), 'the chat request to start a run', 30_000);
    await eventually(async () => (await api.runService.loadRun(started.runId))?.status === 'completed', 'the chat run to complete', 30_000);

    // A run cancelled at once, then resumed by name from the chat.
    const run = await api.runService.start('Make the fonts load faster');
    api.runService.cancel(run.runId);
    assert.equal((await run.handle.done).status, 'cancelled');
    await ask(`@orchestrator /resume ${run.runId}`);
    await eventually(async () => (await api.runService.loadRun(run.runId))?.status === 'completed', '/resume to complete the cancelled run', 30_000);
  });
});
