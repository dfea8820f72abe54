import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { FakeApi } from '../../fake-api/server';
import type { TaskOrchestratorApi } from '../../../src/vscode/extension';
import type { TaskTreeNode } from '../../../src/vscode/tree/taskNodes';
import { eventually, useFakeAnthropic, workspaceFolder } from './helpers';

suite('A run against the fake Anthropic API', () => {
  const connected = useFakeAnthropic('checkout.yaml');
  let api: TaskOrchestratorApi;
  let fake: FakeApi;
  let runId: string;
  const config = () => vscode.workspace.getConfiguration('taskOrchestrator');

  suiteSetup(() => {
    ({ api, fake } = connected);
  });

  suiteTeardown(async () => {
    await config().update('autoApplyMemoryUpdates', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration('files').update('autoSave', undefined, vscode.ConfigurationTarget.Global);
  });

  test('the run completes every task and the tree shows the checklist with the pass icon', async () => {
    const run = await api.runService.start('Make the checkout faster');
    runId = run.runId;
    assert.equal(run.choice.kind, 'anthropic');
    const final = await run.handle.done;
    assert.equal(final.status, 'completed', final.failure?.message);
    assert.ok(final.tasks.length > 0);
    for (const task of final.tasks) assert.equal(task.status, 'completed', `task ${task.spec.id} (${task.spec.title}) is ${task.status}`);
    assert.ok(fake.requests.some((r) => r.path === '/v1/messages'), 'no request reached the fake API');

    const tree = api.treeProvider;
    const runNode = await eventually(async () => (await tree.getChildren()).find((n) => n.runId === runId), 'the run in the tree');
    const taskNodes = (await tree.getChildren(runNode)).filter((n): n is TaskTreeNode & { kind: 'task' } => n.kind === 'task');
    const topLevel = final.tasks.filter((t) => t.spec.parentId === undefined).map((t) => t.spec.id);
    assert.deepEqual(taskNodes.map((n) => n.taskId), topLevel);
    for (const node of taskNodes) {
      const item = await tree.getTreeItem(node);
      assert.equal((item.iconPath as vscode.ThemeIcon).id, 'pass', `${String(item.label)} is not shown as completed`);
      const hasSubTasks = final.tasks.some((t) => t.spec.parentId === node.taskId);
      assert.equal(item.id, hasSubTasks ? `${runId}/${node.taskId}/with-sub-tasks` : `${runId}/${node.taskId}`);
      // A task with flag sub-tasks is shown unfolded, its sub-tasks under it.
      if (hasSubTasks) {
        assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Expanded);
        const children = (await tree.getChildren(node)).filter((n): n is TaskTreeNode & { kind: 'task' } => n.kind === 'task');
        assert.deepEqual(children.map((c) => c.taskId), final.tasks.filter((t) => t.spec.parentId === node.taskId).map((t) => t.spec.id));
        for (const child of children) assert.deepEqual(await tree.getParent(child), node);
      }
      assert.deepEqual(await tree.getParent(node), runNode);
    }
    assert.equal((await tree.getChildren(runNode)).some((n) => n.kind === 'group' && n.group === 'delegation'), true);
  });

  test('the proposals become one WorkspaceEdit for CLAUDE.md and modules/cart.md whose changes arrive ticked in the review', async () => {
    const built = await api.memoryEdits.build(runId, true);
    assert.ok(built, 'the run proposed no memory edits');
    assert.deepEqual([...built.paths].sort(), ['CLAUDE.md', 'modules/cart.md']);
    const entries = built.edit.entries();
    const memoryEntries = entries.filter(([uri]) => uri.fsPath !== workspaceFolder().fsPath);
    assert.deepEqual(memoryEntries.map(([uri]) => path.relative(workspaceFolder().fsPath, uri.fsPath)).sort(), ['CLAUDE.md', 'modules/cart.md']);
    // VS Code ticks exactly the entries that need no confirmation; the review opens because one
    // entry, a no-op on the folder itself that the preview does not list, needs it (e2e: checkout).
    assert.ok(built.entries.every((e) => e.needsConfirmation === false), JSON.stringify(built.entries));
    assert.equal(built.review, true);
    assert.equal((await api.memoryEdits.build(runId, false))?.review, false, 'applied without review: no confirmation entry');
  });

  test('applying the memory updates keeps an unsaved edit in an open CLAUDE.md', async () => {
    // VS Code 1.139 auto-saves after a delay by default; with it on, no editor stays dirty and the
    // question "does the extension save the user's half-done edit?" cannot be asked.
    const files = vscode.workspace.getConfiguration('files');
    await files.update('autoSave', 'off', vscode.ConfigurationTarget.Global);
    const claudeUri = vscode.Uri.joinPath(workspaceFolder(), 'CLAUDE.md');
    const editor = await vscode.window.showTextDocument(claudeUri);
    const userNote = '<!-- my unsaved note -->\n';
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), userNote)));
    assert.ok(editor.document.isDirty);

    const proposal = (await api.runService.loadRun(runId))!.memoryEdits.find((e) => e.path === 'CLAUDE.md')!;
    await config().update('autoApplyMemoryUpdates', true, vscode.ConfigurationTarget.Global);
    assert.equal(await api.memoryEdits.review(runId), true);

    const text = editor.document.getText();
    assert.ok(text.startsWith(userNote), 'the unsaved user edit was lost');
    assert.ok(text.includes(proposal.text.trim()), 'the proposed section was not appended');
    assert.match(proposal.text, /\d{4}-\d{2}-\d{2}/, 'the memory section carries its date');
    assert.ok(editor.document.isDirty, 'the user edit must stay unsaved: saving is the user\'s call');

    const cart = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceFolder(), 'modules', 'cart.md'));
    const cartProposal = (await api.runService.loadRun(runId))!.memoryEdits.find((e) => e.path === 'modules/cart.md')!;
    assert.ok(cart.getText().includes(cartProposal.text.trim()));
    assert.equal(cart.isDirty, false, 'a memory file nobody was editing is written to disk');
    const status = await api.memoryEdits.status((await api.runService.loadRun(runId))!);
    assert.deepEqual(status.pending.map((e) => e.path), [], 'nothing is offered again once applied');
    assert.equal(await api.memoryEdits.review(runId), false, 'a second review finds the sections there and writes nothing');
    assert.equal(cart.getText().split(cartProposal.text.trim()).length, 2, 'the note is in the file once');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('task details open formatted in the Markdown preview, and the Markdown export describes the finished run', async () => {
    const state = (await api.runService.loadRun(runId))!;
    const delegated = state.tasks.find((t) => t.delegation?.status === 'completed')!;
    await vscode.commands.executeCommand('taskOrchestrator.showTaskDetails', { runId, taskId: delegated.spec.id });
    const tab = await eventually(() => {
      const active = vscode.window.tabGroups.activeTabGroup.activeTab;
      return active?.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(active.input.viewType) ? active : undefined;
    }, 'the Markdown preview of the task details');
    // The tab names the task, not a file: "Preview 3. Find the cause.md".
    const firstWord = /^\p{L}+/u.exec(delegated.spec.title)?.[0] ?? '';
    assert.ok(tab.label.includes(`${delegated.spec.id}. ${firstWord}`) && !/task-/.test(tab.label), `the tab "${tab.label}" names task ${delegated.spec.id}, "${delegated.spec.title}"`);
    const details = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'task-orchestrator', path: `/${runId}/task-${delegated.spec.id}.md` }));
    assert.match(details.getText(), new RegExp(`Delegation to ${delegated.delegation!.coordinator}`));
    assert.match(details.getText(), /What came back/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');

    const exported = (await vscode.commands.executeCommand('taskOrchestrator.exportRun', runId)) as vscode.TextDocument;
    assert.equal(exported.languageId, 'markdown');
    assert.match(exported.getText(), /Make the checkout faster/);
  });
});
