import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension } from './helpers';

suite('Task Orchestrator is wired into VS Code', () => {
  test('every command is registered', async () => {
    await activateExtension();
    const commands = new Set(await vscode.commands.getCommands(true));
    for (const id of [
      'taskOrchestrator.newRequest', 'taskOrchestrator.setApiKey', 'taskOrchestrator.clearApiKey', 'taskOrchestrator.reviewMemoryUpdates',
      'taskOrchestrator.cancelRun', 'taskOrchestrator.resumeRun', 'taskOrchestrator.retryTask', 'taskOrchestrator.exportRun',
      'taskOrchestrator.showTaskDetails', 'taskOrchestrator.refresh',
    ]) {
      assert.ok(commands.has(id), `command ${id} is missing`);
    }
  });

  test('the Tasks and Progress views open', async () => {
    await activateExtension();
    await vscode.commands.executeCommand('taskOrchestrator.tasks.focus');
    await vscode.commands.executeCommand('taskOrchestrator.progress.focus');
  });

  test('the Claude models appear for the task-orchestrator vendor, with tool calling', async () => {
    await activateExtension();
    const models = await vscode.lm.selectChatModels({ vendor: 'task-orchestrator' });
    assert.ok(models.length > 0, 'no models from the task-orchestrator vendor');
    assert.ok(models.some((m) => m.id === 'claude-sonnet-4-6'), `models: ${models.map((m) => m.id).join(', ')}`);
  });

  test('the chat participant is declared with its slash commands', async () => {
    const { extension } = await activateExtension();
    const participants = (extension.packageJSON as { contributes: { chatParticipants: { id: string; commands: { name: string }[] }[] } }).contributes.chatParticipants;
    const orchestrator = participants.find((p) => p.id === 'task-orchestrator.orchestrator');
    assert.deepEqual(orchestrator?.commands.map((c) => c.name), ['plan', 'status', 'resume', 'memory']);
  });
});
