// Two faults of the fake API as a user meets them in the chat and the Tasks tree (#9 item 6): a rate
// limit with retry-after, counted down while it waits and then retried so the run completes; and a
// coordinator that refuses, which fails its task and the run, with the model's words as the reason.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadScenario } from '../fake-api/server';
import { faultReply, textReply, withRepliesFirst } from '../fake-api/scenarioBuilders';
import { SCENARIOS_DIR, withShopWorkbench } from './support/fixtures';
import { OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'faults';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);
const CHECKOUT = loadScenario(join(SCENARIOS_DIR, 'checkout.yaml'));
const REFUSAL = "I can't help with that.";

test('a 429 with retry-after is counted down and retried, the run completes; a refusal fails the run, its reason in the chat and the tree', async () => {
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log, scenario: 'checkout.yaml' }, async ({ workbench, api }) => {
    const ui = new OrchestratorUi(workbench);

    await step('the backend is rate limited once (retry-after 8 s): the wait shows in the chat and the tree, then the run completes', async () => {
      api.setScenario(withRepliesFirst(CHECKOUT, [faultReply('backend', { kind: 'http', status: 429, retryAfter: 8 })]));
      await ui.openOrchestrator();
      await ui.widenSidebar(620);
      await ui.pickOrchestratorModel();
      await ui.ask('@orchestrator Make the checkout faster');
      const countdown = /rate limited \(429\): retrying in \d+ s/;
      await ui.sidebar.getByText(countdown).first().waitFor({ state: 'visible', timeout: 30_000 });
      await ui.lastResponse().getByText(countdown).first().waitFor({ state: 'visible', timeout: 10_000 });
      await workbench.screenshot('retry-countdown');
      await ui.waitForAnswer(60_000);
      await ui.lastResponse().getByText(/^Checklist — completed/).first().waitFor({ state: 'visible' });
      await ui.treeItem(/^Make the checkout faster completed · 17\/17/).waitFor({ state: 'visible', timeout: 30_000 });
      const backend = api.requests.filter((r) => r.coordinator === 'backend');
      assert.match(backend[0].matchedReply ?? '', /^backend-http/, 'the first backend request met the rate limit');
      assert.ok(backend.length >= 3, 'then the retried turn and the report');
    });

    await step('the backend refuses: its task and the run fail, and the chat and the tree say why', async () => {
      api.setScenario(withRepliesFirst(CHECKOUT, [{ ...textReply('backend', REFUSAL), stopReason: 'refusal' }]));
      await ui.ask('@orchestrator Make the checkout faster');
      const response = ui.lastResponse();
      await ui.waitForAnswer(60_000);
      await response.getByText(/^Checklist — failed/).first().waitFor({ state: 'visible' });
      const reason = `backend refused the task: "${REFUSAL}"`;
      await ui.maximizeChat();
      // The answer says why in the open, above the failed checklist (the step lines fold away).
      const text = (await response.innerText()).replace(/\u00a0/g, ' ');
      assert.ok(text.includes(`The run failed: 1 task(s) failed: 5 Delegate to backend coordinator: ${reason}`), text.slice(-3000));
      assert.match(text, /5\. Delegate to backend coordinator — failed/);
      await ui.scrollChatTo(response.getByText(/The run failed/).first(), { atTop: true });
      await workbench.screenshot('refusal-chat');
      await ui.restoreChat();

      await ui.treeItem(/^Make the checkout faster failed/).waitFor({ state: 'visible', timeout: 30_000 });
      const task = ui.treeItem('5. Delegate to backend coordinator, failed');
      await task.waitFor({ state: 'visible', timeout: 30_000 });
      await ui.hoverTooltip(task, reason);
      await workbench.screenshot('refusal-tree');
    });
  });
});
