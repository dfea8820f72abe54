// Two ways a user drives a run besides reading a finished chat answer: the non-chat entry (Command
// Palette "Task Orchestrator: New Request…"), and pressing Stop in the chat while a coordinator's
// model is still answering (test/fake-api/scenarios/e2e-slow.yaml: backend takes 20 s).
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadScenario } from '../fake-api/server';
import { SCENARIOS_DIR, withShopWorkbench } from './support/fixtures';
import { eventually, OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'new-request-and-stop';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);

test('New Request… from the Command Palette completes; Stop in the chat cancels a run in flight', async () => {
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log, scenario: 'checkout.yaml' }, async ({ workbench, api }) => {
    const ui = new OrchestratorUi(workbench);
    const { page } = ui;

    await step('Command Palette → New Request… → the run completes in the Tasks tree', async () => {
      await ui.openOrchestrator();
      await ui.runCommandWithInput('Task Orchestrator: New Request…', 'Make the checkout faster');
      await ui.treeItem(/^Make the checkout faster completed · 17\/17/).waitFor({ state: 'visible', timeout: 60_000 });
      await ui.treeItem('5a. Delegate to database coordinator (DATABASE_INVESTIGATION), completed').waitFor({ state: 'visible' });
      await ui.progress().getByText(/17\/17 tasks ended · 100\s?%/).waitFor({ state: 'visible', timeout: 30_000 });
      // Runs started outside the chat say they finished and offer the review.
      const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Run finished: Make the checkout faster' });
      await toast.waitFor({ state: 'visible', timeout: 30_000 });
      await toast.getByRole('button', { name: 'Review memory updates (2)' }).waitFor({ state: 'visible' });
      await workbench.screenshot('new-request-completed');
      await toast.getByRole('button', { name: 'Review memory updates (2)' }).click();
      await ui.panel.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
      assert.deepEqual(await ui.previewFiles(), ['CLAUDE.md', 'modules/cart.md']);
    });

    api.setScenario(loadScenario(join(SCENARIOS_DIR, 'e2e-slow.yaml')));
    const earlierRequests = api.requests.length;
    const slowRunRequests = () => api.requests.slice(earlierRequests);

    await step('ask @orchestrator, press Stop while backend is still answering: the run is cancelled', async () => {
      await ui.pickOrchestratorModel();
      await ui.ask('@orchestrator Make the checkout faster');
      const backendWorking = ui.treeItem('5. Delegate to backend coordinator, in progress');
      await backendWorking.waitFor({ state: 'visible', timeout: 30_000 });
      await ui.treeItem(/^Make the checkout faster running/).waitFor({ state: 'visible' });
      await eventually('the backend coordinator to be waiting on the model', () => slowRunRequests().filter((r) => r.coordinator === 'backend' && !r.endedAt).length, (open) => open === 1);
      // One live checklist in the chat, the running task marked.
      await ui.lastResponse().getByText(/^Checklist — running/).waitFor({ state: 'visible', timeout: 30_000 });
      await ui.lastResponse().getByText('5. Delegate to backend coordinator — in progress').waitFor({ state: 'visible' });
      assert.equal(await ui.visibleChecklists(), 1);
      // A queued task says what it waits for.
      await ui.treeItem(/^6\. Process backend findings/).click();
      const waiting = await ui.markdownPreviewText('6. Process backend findings');
      assert.match(waiting, /Waiting for: Waits for 5\. Delegate to backend coordinator \(in progress\)/);
      await workbench.screenshot('running');

      await ui.stopChatRequest();
      await ui.treeItem(/^Make the checkout faster cancelled/).waitFor({ state: 'visible', timeout: 15_000 });
      // Stop reaches the network at once: the model call in flight is abandoned, not awaited for 20 s.
      const backend = await eventually(
        'the backend request to be closed by the client',
        () => slowRunRequests().find((r) => r.coordinator === 'backend'),
        (request) => request?.closedByClient === true,
        10_000,
      );
      assert.ok(backend && backend.endedAt !== undefined && backend.endedAt - backend.at < 15_000, 'the 20 s backend call was cut short');
      assert.equal(slowRunRequests().filter((r) => r.coordinator === 'synthesis').length, 0, 'nothing is synthesised after Stop');
      // The cancelled run's tasks fill the view: the earlier run is further down the tree.
      const runs = (await ui.allTreeRows()).filter((row) => row.level === 1).map((row) => row.name);
      assert.match(runs[0], /cancelled/);
      assert.match(runs[1], /completed · 17\/17/, 'the earlier run is still listed as completed');
      await ui.progress().getByText(/^cancelled/).first().waitFor({ state: 'visible', timeout: 30_000 });
      await workbench.screenshot('cancelled');
    });
  });
});
