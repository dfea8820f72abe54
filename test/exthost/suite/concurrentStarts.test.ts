import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { FakeApi } from '../../fake-api/server';
import { buildScenario, reportReply } from '../../fake-api/scenarioBuilders';
import type { TaskOrchestratorApi } from '../../../src/vscode/extension';
import { eventually, useFakeAnthropic } from './helpers';

// A chat request and a Progress-view request can arrive while the first is still choosing its model
// and planning. The second must be refused, and the first must stay cancellable.
suite('Two runs started at once', () => {
  // The backend answers slowly, so the first run is still going when it is cancelled.
  const connected = useFakeAnthropic(buildScenario([reportReply('backend', { summary: 'slow', findings: [] }, { latencyMs: 30_000 })]));
  let api: TaskOrchestratorApi;
  let fake: FakeApi;

  suiteSetup(() => {
    ({ api, fake } = connected);
  });

  suiteTeardown(() => {
    api?.runService.cancel();
  });

  test('the second start is refused while the first plans, and the first stays cancellable', async () => {
    // The chat's start and the New Request command's start, issued without waiting on each other.
    const first = api.runService.start('Make the checkout faster');
    const second = api.runService.start('Review the security of product search');
    const fromCommand = vscode.commands.executeCommand<string | undefined>('taskOrchestrator.newRequest', 'Make the images smaller');

    await assert.rejects(second, (error: unknown) => {
      // The test bundle has its own copy of the class: the name is what crosses over.
      assert.ok(error instanceof Error && error.name === 'RunInProgressError', String(error));
      assert.match(error.message, /Another run is starting \("Make the checkout faster"\)/);
      return true;
    });
    assert.equal(await fromCommand, undefined, 'the command started no run');
    const run = await first;
    assert.equal(api.runService.isActive(run.runId), true);
    await eventually(() => fake.requests.some((r) => r.path === '/v1/messages'), 'the first run to call the model');

    await vscode.commands.executeCommand('taskOrchestrator.cancelRun');
    const final = await run.handle.done;
    assert.equal(final.status, 'cancelled', 'Cancel Run reached the first run: its controller was kept');
    const requests = fake.requests.filter((r) => r.path === '/v1/messages');
    assert.ok(requests.every((r) => JSON.stringify(r.body).includes('Make the checkout faster')), 'only the first run talked to the model');
    assert.equal((await api.runService.listRuns()).filter((r) => /security of product search|images smaller/.test(r.request)).length, 0, 'no journal for the refused runs');
  });
});
