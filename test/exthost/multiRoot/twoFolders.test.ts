import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { TaskOrchestratorApi } from '../../../src/vscode/extension';
import { activateExtension, eventually } from '../suite/helpers';

// A multi-root window: copies of the shop and the library (test/exthost/runner.mjs opens them through
// a .code-workspace file). Each folder has its own engine for the extension's lifetime; a run belongs
// to the folder of the file being edited, its journal lands there, and the Tasks view lists both.
suite('Two workspace folders in one window', () => {
  let api: TaskOrchestratorApi;
  let shop: vscode.Uri;
  let library: vscode.Uri;
  const journal = (folder: vscode.Uri, runId: string) => path.join(folder.fsPath, '.orchestrator', 'runs', `${runId}.jsonl`);

  suiteSetup(async () => {
    ({ api } = await activateExtension());
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.deepEqual(folders.map((f) => f.name), ['shop', 'library'], 'the window should open the two-folder workspace');
    [shop, library] = folders.map((f) => f.uri);
  });

  suiteTeardown(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  test('a run belongs to the folder of the file being edited: its journal lands there and the Tasks view lists the runs of both folders', async () => {
    await vscode.window.showTextDocument(vscode.Uri.joinPath(library, 'catalog', 'views.py'));
    const libraryRun = await api.runService.start('Why is the member loans page slow?');
    const libraryState = await libraryRun.handle.done;
    assert.equal(libraryState.status, 'completed', libraryState.failure?.message);
    assert.equal(libraryState.workspace, library.fsPath);
    assert.ok(existsSync(journal(library, libraryRun.runId)), 'the journal is in the library folder');
    assert.ok(!existsSync(journal(shop, libraryRun.runId)), 'nothing of it in the shop folder');
    assert.ok(libraryState.tasks.some((t) => t.delegation?.report?.findings.some((f) => f.evidence.some((e) => e.file.startsWith('catalog/')))),
      "the library's own code was analysed");

    await vscode.window.showTextDocument(vscode.Uri.joinPath(shop, 'backend', 'src', 'cart.js'));
    const shopRun = await api.runService.start('Make the checkout faster');
    const shopState = await shopRun.handle.done;
    assert.equal(shopState.workspace, shop.fsPath, 'the folder is chosen per run, by the active editor');
    assert.ok(existsSync(journal(shop, shopRun.runId)));
    assert.ok(!existsSync(journal(library, shopRun.runId)));

    const listed = await api.runService.listRuns();
    assert.deepEqual(listed.filter((r) => r.workspace === library.fsPath).map((r) => r.runId), [libraryRun.runId]);
    assert.deepEqual(listed.filter((r) => r.workspace === shop.fsPath).map((r) => r.runId), [shopRun.runId]);
    await eventually(async () => {
      const ids = (await api.treeProvider.getChildren()).filter((n) => n.kind === 'run').map((n) => n.runId);
      return ids.includes(libraryRun.runId) && ids.includes(shopRun.runId);
    }, 'both runs in the Tasks view');
  });
});
