import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { startFakeApi, type FakeApi } from '../../fake-api/server';
import type { TaskOrchestratorApi } from '../../../src/vscode/extension';
import { modelChoiceNotice, UNTRUSTED_NOTICE } from '../../../src/vscode/runService';
import { activateExtension } from '../suite/helpers';

// This window is opened in Restricted Mode (test/exthost/runner.mjs, second pass): workspace trust is
// on and the folder is not trusted, so the extension's own wiring decides, as for a user.
suite('In an untrusted workspace (Restricted Mode)', () => {
  let fake: FakeApi;
  let api: TaskOrchestratorApi;
  const config = () => vscode.workspace.getConfiguration('taskOrchestrator');

  suiteSetup(async () => {
    const activated = await activateExtension();
    api = activated.api;
    fake = await startFakeApi({ scenario: path.join(activated.extension.extensionPath, 'test', 'fake-api', 'scenarios', 'checkout.yaml') });
    await config().update('anthropic.baseUrl', fake.baseURL, vscode.ConfigurationTarget.Global);
    await api.apiKeys.store('sk-ant-test-key-for-the-fake-api');
  });

  suiteTeardown(async () => {
    await api?.apiKeys.clear();
    await config().update('anthropic.baseUrl', undefined, vscode.ConfigurationTarget.Global);
    await fake?.close();
  });

  test('the window really is untrusted, and the extension is active in it', () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the runner opens this window in Restricted Mode');
    assert.ok(api.runService, 'activate returned the services');
  });

  test('nothing from the workspace goes to a model, even with a key and an endpoint set, and the run says why', async () => {
    const run = await api.runService.start('Make the checkout faster');
    assert.deepEqual({ kind: run.choice.kind, reason: run.choice.kind === 'local' ? run.choice.reason : undefined }, { kind: 'local', reason: 'untrusted' });
    assert.equal(modelChoiceNotice(run.choice), UNTRUSTED_NOTICE, 'the chat and Progress view say why');
    const final = await run.handle.done;
    assert.equal(final.mode, 'local');
    assert.equal(final.status, 'completed', final.failure?.message);
    assert.equal(fake.requests.length, 0, 'the fake Anthropic API saw no request');
  });
});
