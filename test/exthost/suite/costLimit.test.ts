import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { eventually, useFakeAnthropic } from './helpers';

/**
 * taskOrchestrator.maxCostUsd in the real extension host, against the fake API: the run pauses
 * before the call that would pass the limit, and the chat's buttons (the commands behind them)
 * decide. Each checkout call is estimated at ~$0.13 and costs ~$0.01, so $0.14 holds the second.
 */
suite('The cost limit', () => {
  const connected = useFakeAnthropic('checkout.yaml');
  const config = () => vscode.workspace.getConfiguration('taskOrchestrator');

  suiteTeardown(async () => {
    await config().update('maxCostUsd', undefined, vscode.ConfigurationTarget.Global);
  });

  test('Stop at the pause ends the run there, resumable, and the journal says who decided; the run\'s row shows its cost', async () => {
    await config().update('maxCostUsd', 0.14, vscode.ConfigurationTarget.Global);
    const run = await connected.api.runService.start('Make the checkout faster');
    const pause = await eventually(() => run.handle.store.state.costPause, 'the run paused at its cost limit');
    assert.equal(pause.limitUsd, 0.14);
    const row = await connected.api.treeProvider.getTreeItem((await connected.api.treeProvider.getChildren()).find((n) => n.runId === run.runId)!);
    assert.match(String(row.description), /\$0\.\d{4}/, 'the tree row shows what the run has cost so far');

    await vscode.commands.executeCommand('taskOrchestrator.stopAtCostLimit', run.runId);
    const final = await run.handle.done;
    assert.equal(final.status, 'cancelled');
    assert.match(final.failure?.message ?? '', /^Stopped at the cost limit: \$0\.\d{4} of \$0\.14 spent/);
    assert.deepEqual(final.costDecisions?.map((d) => d.decision?.by), ['user']);
  });

  test('Continue at the pause raises the limit to the one offered and the run finishes within it', async () => {
    await config().update('maxCostUsd', 0.14, vscode.ConfigurationTarget.Global);
    const run = await connected.api.runService.start('Make the checkout faster');
    const pause = await eventually(() => run.handle.store.state.costPause, 'the run paused at its cost limit');
    await vscode.commands.executeCommand('taskOrchestrator.continuePastCostLimit', run.runId);
    const final = await run.handle.done;
    assert.equal(final.status, 'completed', final.failure?.message);
    assert.equal(final.costTerms?.limitUsd, pause.proposedLimitUsd);
  });

  test('a cost limit that is not an amount refuses the run, naming the setting', async () => {
    await config().update('maxCostUsd', -2, vscode.ConfigurationTarget.Global);
    await assert.rejects(connected.api.runService.start('Make the checkout faster'), /taskOrchestrator\.maxCostUsd must be an amount of US dollars greater than 0/);
  });
});
