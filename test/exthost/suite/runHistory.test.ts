import * as assert from 'node:assert/strict';
import { appendFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { startFakeApi, loadScenario, type FakeApi } from '../../fake-api/server';
import { buildScenario, reportReply } from '../../fake-api/scenarioBuilders';
import { writePastRuns } from '../../../bench/scaleJournals';
import type { TaskOrchestratorApi } from '../../../src/vscode/extension';
import { activateExtension, eventually, workspaceFolder } from './helpers';

suite('Run history in the Tasks view', () => {
  let fake: FakeApi;
  let api: TaskOrchestratorApi;
  let scenarios: string;
  const config = () => vscode.workspace.getConfiguration('taskOrchestrator');

  suiteSetup(async () => {
    const activated = await activateExtension();
    api = activated.api;
    scenarios = path.join(activated.extension.extensionPath, 'test', 'fake-api', 'scenarios');
    const invalid = { summary: 'x', findings: [{ title: 't', detail: 'd', severity: 'enormous' }] } as unknown as Parameters<typeof reportReply>[1];
    const checkout = loadScenario(path.join(scenarios, 'checkout.yaml'));
    fake = await startFakeApi({ scenario: { ...checkout, replies: [...buildScenario([reportReply('backend', invalid)]).replies, ...checkout.replies] } });
    await config().update('anthropic.baseUrl', fake.baseURL, vscode.ConfigurationTarget.Global);
    await api.apiKeys.store('sk-ant-test-key-for-the-fake-api');
  });

  suiteTeardown(async () => {
    await api?.apiKeys.clear();
    await config().update('anthropic.baseUrl', undefined, vscode.ConfigurationTarget.Global);
    await fake?.close();
  });

  async function runItem(runId: string): Promise<vscode.TreeItem | undefined> {
    const node = (await api.treeProvider.getChildren()).find((n) => n.runId === runId);
    return node && api.treeProvider.getTreeItem(node);
  }

  test('Resume on a failed run retries its failed task and the run completes', async () => {
    const run = await api.runService.start('Make the checkout faster');
    const failed = await run.handle.done;
    assert.equal(failed.status, 'failed');
    assert.match(String((await eventually(() => runItem(run.runId), 'the failed run in the tree')).description), /^failed/);

    fake.setScenario(loadScenario(path.join(scenarios, 'checkout.yaml')));
    await vscode.commands.executeCommand('taskOrchestrator.resumeRun', { kind: 'run', id: run.runId, runId: run.runId });
    const item = await eventually(async () => {
      const found = await runItem(run.runId);
      return found && /^completed/.test(String(found.description)) ? found : undefined;
    }, 'the resumed run shown as completed', 30_000);
    assert.match(String(item.description), /^completed · (\d+)\/\1/);
    const state = (await api.runService.loadRun(run.runId))!;
    assert.equal(state.status, 'completed');
    assert.ok(state.tasks.filter((t) => t.delegation).every((t) => t.delegation?.status === 'completed'), 'the failed delegation was asked again and reported');
    assert.equal(state.tasks.filter((t) => t.status === 'failed').length, 0, JSON.stringify(state.tasks.map((t) => [t.spec.id, t.status])));
  });

  test('a run another process writes (the CLI, say) shows up and changes in the tree without a refresh', async () => {
    const runs = path.join(workspaceFolder().fsPath, '.orchestrator', 'runs');
    mkdirSync(runs, { recursive: true });
    const [runId] = writePastRuns(runs, 1);
    const item = await eventually(() => runItem(runId), 'the other process\'s run in the tree', 15_000);
    assert.match(String(item.description), /^completed/);
    // Its cost comes from the run index's summary (its journal predates recorded turns: no model to price by).
    assert.match(String(item.description), / · price unknown · \d+ % cached/);

    appendFileSync(path.join(runs, `${runId}.jsonl`), JSON.stringify({ type: 'RunFailed', at: new Date().toISOString(), reason: 'disk full' }) + '\n');
    await eventually(async () => /^failed/.test(String((await runItem(runId))?.description)) || undefined, 'its new status in the tree', 15_000);
  });
});
