import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { startFakeApi, type FakeApi } from '../../fake-api/server';
import { RunService, modelChoiceNotice, UNTRUSTED_NOTICE } from '../../../src/vscode/runService';
import { readSettings } from '../../../src/vscode/settings';
import type { TaskOrchestratorApi } from '../../../src/vscode/extension';
import { activateExtension, workspaceFolder } from './helpers';

// The test VS Code runs with workspace trust disabled, so an untrusted window is simulated the way
// the extension reads it: through the RunService's isTrusted dependency.
suite('In an untrusted workspace', () => {
  let fake: FakeApi;
  let api: TaskOrchestratorApi;
  let extensionPath: string;

  suiteSetup(async () => {
    const activated = await activateExtension();
    api = activated.api;
    extensionPath = activated.extension.extensionPath;
    fake = await startFakeApi({ scenario: path.join(extensionPath, 'test', 'fake-api', 'scenarios', 'checkout.yaml') });
    await api.apiKeys.store('sk-ant-test-key-for-the-fake-api');
  });

  suiteTeardown(async () => {
    await api?.apiKeys.clear();
    await fake?.close();
  });

  test('nothing from the workspace goes to a model, even with a key, and the run says why', async () => {
    const log = vscode.window.createOutputChannel('Task Orchestrator (untrusted test)', { log: true });
    const runs = new RunService({
      folders: () => [workspaceFolder().fsPath],
      targetFolder: () => workspaceFolder().fsPath,
      builtinTemplatesDir: path.join(extensionPath, 'dist', 'templates'),
      keys: api.apiKeys,
      settings: () => ({ ...readSettings(), anthropicBaseUrl: fake.baseURL }),
      isTrusted: () => false,
      log,
    });
    try {
      const run = await runs.start('Make the checkout faster');
      assert.deepEqual({ kind: run.choice.kind, reason: run.choice.kind === 'local' ? run.choice.reason : undefined }, { kind: 'local', reason: 'untrusted' });
      assert.equal(modelChoiceNotice(run.choice), UNTRUSTED_NOTICE, 'the chat and Progress view say why');
      const final = await run.handle.done;
      assert.equal(final.mode, 'local');
      assert.equal(fake.requests.length, 0, 'the fake Anthropic API saw no request');
    } finally {
      runs.dispose();
      log.dispose();
    }
  });
});
