import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FakeApi } from '../../fake-api/server';
import type { TaskOrchestratorApi } from '../../../src/vscode/extension';
import { modelChoiceNotice, UNTRUSTED_NOTICE } from '../../../src/vscode/runService';
import { useFakeAnthropic } from '../suite/helpers';

// This window is opened in Restricted Mode (test/exthost/runner.mjs, second pass): workspace trust is
// on and the folder is not trusted, so the extension's own wiring decides, as for a user.
suite('In an untrusted workspace (Restricted Mode)', () => {
  const connected = useFakeAnthropic('checkout.yaml');
  let api: TaskOrchestratorApi;
  let fake: FakeApi;

  suiteSetup(() => {
    ({ api, fake } = connected);
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
