// A user asks @orchestrator to "Make the checkout faster" in the chat, with the extension's Claude
// model picked and the fake Anthropic API answering as test/fake-api/scenarios/checkout.yaml; then
// follows the run in the Tasks tree and the Progress view and applies the proposed memory updates
// through the Refactor Preview. One workbench for the whole story: each step builds on the last.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { today, withShopWorkbench } from './support/fixtures';
import { eventually, OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'checkout';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);

test('chat request → checklist, tree with the flag sub-task, Progress at 100 %, reviewed memory updates applied', async () => {
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log, scenario: 'checkout.yaml' }, async ({ workbench, shop, api }) => {
    const ui = new OrchestratorUi(workbench);
    const { page } = ui;

    await step('open the Orchestrator container: no runs yet', async () => {
      await ui.openOrchestrator();
      await ui.sidebar.getByText('No runs yet.').waitFor({ state: 'visible', timeout: 30_000 });
    });

    await step('pick the Task Orchestrator Claude model in the chat', async () => {
      await ui.pickOrchestratorModel();
      assert.match((await ui.selectedModel()) ?? '', /Claude \(claude-sonnet-4-6\)/);
    });

    await step('ask @orchestrator: the checklist appears and ends completed', async () => {
      await ui.ask('@orchestrator Make the checkout faster');
      const response = ui.lastResponse();
      await response.getByText(/Final checklist — completed/).waitFor({ state: 'visible', timeout: 60_000 });
      await ui.maximizeChat();
      await ui.expandFinishedResponse();
      await ui.scrollChatTo(response.getByText(/^Checklist/), { atTop: true });
      await workbench.screenshot('chat-checklist');

      const text = await response.innerText();
      for (const title of ['Analyze the request', 'Delegate to backend coordinator', 'Delegate to frontend coordinator', 'Synthesize the findings', 'Respond to the user']) {
        assert.ok(text.includes(title), `the response lists the task "${title}"`);
      }
      assert.match(text, /5a\. Delegate to database coordinator \(DATABASE_INVESTIGATION\)/);
      assert.match(text, /DATABASE_INVESTIGATION processed — added 5a, 5b/);
      // The plan as first shown still has open boxes; the final checklist (13 planned + 2 added by the flag) is all ticked.
      const boxes = await ui.responseCheckboxes();
      assert.ok(boxes.some((ticked) => !ticked), 'the first checklist shows tasks still to do');
      assert.deepEqual(boxes.slice(-15), Array(15).fill(true), 'every task of the final checklist is ticked');
      // The synthesis names each domain with its evidence.
      assert.match(text, /Checkout is slow mostly because of how the cart total is computed/);
      assert.match(text, /backend: cartTotal\(\) runs one products query per cart item \(backend\/src\/cart\.js:26\)/);
      assert.match(text, /database: cart_items\.product_id has no index/);
      assert.match(text, /frontend: the bundle carries moment and lodash/);

      await ui.scrollChatTo(response.getByText(/^backend \(task 5\)/), { atTop: true });
      await workbench.screenshot('chat-synthesis');
      await ui.restoreChat();
    });

    await step('the Tasks tree shows the run completed, the flag sub-task under its parent, and task details', async () => {
      await ui.treeItem(/^Make the checkout faster completed · 15\/15/).waitFor({ state: 'visible', timeout: 30_000 });
      const readRows = () =>
        ui.sidebar.getByRole('treeitem').evaluateAll((items) =>
          items.map((item) => ({ name: item.getAttribute('aria-label') ?? '', level: Number(item.getAttribute('aria-level')), expanded: item.getAttribute('aria-expanded') })),
        );
      // The task that raised the flag gained its sub-task after VS Code first drew it as a leaf; it
      // must open by itself, with nothing clicked.
      const rows = await readRows();
      const parent = rows.findIndex((row) => row.name.startsWith('5. Delegate to backend coordinator'));
      const child = rows.findIndex((row) => row.name.startsWith('5a. Delegate to database coordinator (DATABASE_INVESTIGATION)'));
      assert.ok(parent >= 0 && child > parent, `5a is listed after its parent 5: ${JSON.stringify(rows.map((r) => r.name))}`);
      assert.equal(rows[parent].expanded, 'true', 'the task that raised the flag is expanded');
      assert.equal(rows[child].level, rows[parent].level + 1, 'the flag sub-task is one level under the task that raised it');
      assert.ok(rows[child].name.endsWith(', completed'));
      const tasks = rows.filter((row) => /^\d+[a-z]?\. /.test(row.name));
      assert.equal(tasks.length, 15);
      assert.deepEqual(tasks.filter((row) => !row.name.endsWith(', completed')), [], 'every task is completed');

      await ui.widenSidebar(620);
      await ui.treeItem(/^5a\. Delegate to database coordinator/).click();
      await page.getByRole('tab', { name: /^task-5a\.md/ }).waitFor({ state: 'visible', timeout: 30_000 });
      const details = page.locator('.part.editor .monaco-editor .view-lines').first();
      await details.getByText('# 5a. Delegate to database coordinator (DATABASE_INVESTIGATION)').waitFor({ state: 'visible', timeout: 30_000 });
      // Monaco renders spaces as no-break spaces: match strings (whitespace-normalised), not regexes.
      await details.getByText('Flag DATABASE_INVESTIGATION raised by the backend coordinator').waitFor({ state: 'visible' });
      await details.getByText('## Delegation to database (completed)').waitFor({ state: 'visible' });
      // The conversation is further down: find it as a user would (Ctrl+F), then read the turn.
      await details.click();
      await page.keyboard.press('Control+f');
      await page.keyboard.type('## Conversation');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await details.getByText('## Conversation').waitFor({ state: 'visible', timeout: 30_000 });
      await details.getByText('### Turn 1 · tool_use · claude-sonnet-4-6').waitFor({ state: 'visible' });
      await details.getByText('2900 in, 210 out, 1700 cache write, 0 cache read').waitFor({ state: 'visible' });
      await details.getByText('Called `submit_report`:').waitFor({ state: 'visible' });
      await workbench.screenshot('task-details-conversation');
      await ui.paneHeader('Progress').click(); // fold Progress: the whole side bar for the tree
      await workbench.screenshot('tree');
    });

    await step('the Progress view reaches 100 % with discoveries for each domain and the processed flag', async () => {
      // Fold Tasks and unfold Progress: the whole side bar for the Progress view.
      await ui.paneHeader('Tasks').click();
      await ui.paneHeader('Progress').click();
      const progress = ui.progress();
      await progress.getByText(/15\/15 tasks ended · 100\s?%/).waitFor({ state: 'visible', timeout: 30_000 });
      for (const domain of ['backend', 'database', 'frontend']) {
        await progress.getByText(`${domain} — completed (1)`).waitFor({ state: 'visible' });
      }
      await progress.getByText('Cart total issues one query per item').waitFor({ state: 'visible' });
      await progress.getByText('No index on cart_items.product_id').waitFor({ state: 'visible' });
      await progress.getByText(/processed\s*DATABASE_INVESTIGATION/).first().waitFor({ state: 'visible' });
      await workbench.screenshot('progress');
    });

    await step('review memory updates from the chat: nothing is written until Apply', async () => {
      const before = shop.read('CLAUDE.md');
      const review = ui.lastResponse().getByRole('button', { name: 'Review memory updates (2)' });
      await ui.scrollChatTo(review);
      await review.click();
      await ui.panel.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
      assert.deepEqual(await ui.previewFiles(), ['CLAUDE.md', 'modules/payment.md']);
      const states = await ui.previewCheckboxes().evaluateAll((toggles) => toggles.map((t) => t.getAttribute('aria-checked')));
      assert.ok(states.length >= 2 && states.every((state) => state === 'false'), `the edits arrive unchecked: ${states.join(',')}`);
      assert.equal(shop.read('CLAUDE.md'), before, 'CLAUDE.md is untouched while the edits await review');

      await ui.checkAllPreviewFiles();
      const checked = await ui.previewCheckboxes().evaluateAll((toggles) => toggles.map((t) => t.getAttribute('aria-checked')));
      assert.ok(checked.every((state) => state === 'true'), `every edit is checked: ${checked.join(',')}`);
      await ui.showPreviewDiff('CLAUDE.md');
      await workbench.screenshot('refactor-preview');
      await ui.applyPreview();

      const date = today();
      await eventually('CLAUDE.md to get the dated section', () => shop.read('CLAUDE.md'), (text) => text.includes(`## Make the checkout faster (${date})`));
      const claude = shop.read('CLAUDE.md');
      assert.ok(claude.startsWith(before.trimEnd()), 'the new section is added after what was there');
      assert.match(claude, /Cart total issues one query per item \(backend, `backend\/src\/cart\.js:26`\)/);
      const payment = await eventually('the payment module note', () => shop.read('modules/payment.md'), (text) => text.includes(`## ${date} — Make the checkout faster`));
      assert.match(payment, /cart_items\.product_id, which needs an index/);
      await workbench.screenshot('applied');
    });

    const served = api.requests.map((request) => `${request.coordinator}:${request.matchedReply ?? 'NO MATCH'}`);
    assert.deepEqual(served.filter((entry) => entry.endsWith('NO MATCH')), [], `every model call was answered by the scenario: ${served.join(', ')}`);
  });
});
