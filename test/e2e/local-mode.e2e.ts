// No Anthropic key anywhere (no ANTHROPIC_API_KEY, nothing in secret storage) and no API to reach:
// @orchestrator still answers, in local mode, says so plainly, and its deterministic analyzers find
// the problems planted in examples/shop.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withShopWorkbench } from './support/fixtures';
import { OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'local-mode';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);

test('without an API key, @orchestrator runs locally, says so, and finds the planted problems', async () => {
  // The harness hands this process's environment to code-server: make sure no key leaks in.
  delete process.env.ANTHROPIC_API_KEY;
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log }, async ({ workbench }) => {
    const ui = new OrchestratorUi(workbench);

    await step('the extension Claude model is still selectable with no key', async () => {
      await ui.openOrchestrator();
      await ui.pickOrchestratorModel();
      assert.match((await ui.selectedModel()) ?? '', /Claude \(claude-sonnet-4-6\)/);
      await ui.progress().getByText('Running locally (no model)', { exact: false }).waitFor({ state: 'visible', timeout: 30_000 });
    });

    await step('ask @orchestrator: local mode, said plainly, with the planted findings, each once', async () => {
      await ui.ask('@orchestrator Make the checkout faster');
      await ui.waitForAnswer();
      await ui.maximizeChat();
      const response = ui.lastResponse();
      const text = await response.innerText();
      assert.match(text, /Running locally \(no model\): set an Anthropic API key for model-backed coordinators\./);
      await response.getByRole('button', { name: 'Set Anthropic API Key' }).waitFor({ state: 'visible' });
      // The N+1 query in the cart total, reported by backend and by database, is one finding naming both.
      assert.match(text, /\[high\] Query per item on request path .* — backend\/src\/cart\.js:26 · backend, database/);
      assert.equal(text.match(/Query per item on request path/g)?.length, 1, `the query in the loop is named once:\n${text}`);
      assert.doesNotMatch(text, /What to do first/);
      assert.match(text, /Foreign key cart_items\.product_id has no index\*?\*? — db\/migrations\/002_create_carts\.sql:11 · database/);
      assert.match(text, /Bundle frontend\/dist\/assets\/index-4f3a9c\.js is \d+ KB/);
      assert.match(text, /Heavy dependency (lodash|moment) \(never imported\)/);
      assert.match(text, /5a\. Delegate to database coordinator \(DATABASE_INVESTIGATION\)/);
      assert.doesNotMatch(text, /Language model unavailable/);
      assert.equal(await ui.visibleChecklists(), 1);
      await ui.scrollChatTo(response.getByText(/^Running locally/).last(), { atTop: true });
      await workbench.screenshot('chat-local');
      await ui.restoreChat();
    });

    await step('the tree and the Progress view show the run completed in local mode', async () => {
      await ui.treeItem(/^Make the checkout faster completed/).waitFor({ state: 'visible', timeout: 30_000 });
      await ui.progress().getByText('completed · local mode').waitFor({ state: 'visible', timeout: 30_000 });
      await ui.progress().getByText(/100\s?%/).first().waitFor({ state: 'visible' });
      assert.equal(await ui.progress().getByText(/Estimated cost/).count(), 0, 'no cost in local mode: no model was called');
      await workbench.screenshot('progress-local');
    });
  });
});
