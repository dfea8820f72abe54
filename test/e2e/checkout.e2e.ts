// A user asks @orchestrator to "Make the checkout faster" in the chat, with the extension's Claude
// model picked and the fake Anthropic API answering as test/fake-api/scenarios/checkout.yaml; reads
// the answer, opens a cited line, follows the run in the Tasks tree, task details and the Progress
// view, and applies the proposed memory updates through the Refactor Preview. One workbench for the
// whole story: each step builds on the last.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { today, withShopWorkbench } from './support/fixtures';
import { eventually, OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'checkout';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);

test('chat answer with one checklist and linked locations, task details, Progress at 100 %, memory updates reviewed, applied and confirmed', async () => {
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log, scenario: 'checkout.yaml' }, async ({ workbench, shop, api }) => {
    const ui = new OrchestratorUi(workbench);
    const { page } = ui;
    const paymentBefore = shop.read('modules/payment.md');

    await step('open the Orchestrator container: no runs yet', async () => {
      await ui.openOrchestrator();
      await ui.sidebar.getByText('No runs yet.').waitFor({ state: 'visible', timeout: 30_000 });
    });

    await step('pick the Task Orchestrator Claude model in the chat', async () => {
      await ui.pickOrchestratorModel();
      assert.match((await ui.selectedModel()) ?? '', /Claude \(claude-sonnet-4-6\)/);
    });

    await step('ask @orchestrator: the answer and one ticked checklist are open, nothing to expand', async () => {
      await ui.ask('@orchestrator Make the checkout faster');
      await ui.waitForAnswer();
      await ui.maximizeChat();
      const response = ui.lastResponse();
      // The answer is visible as it is: VS Code folds only the step lines above it.
      await response.getByText('Checkout is slow mostly because of how the cart total is computed.').waitFor({ state: 'visible' });
      assert.equal(await ui.visibleChecklists(), 1, 'one checklist, no stale unticked copy');
      const boxes = await ui.responseCheckboxes();
      assert.equal(boxes.length, 17, 'the 15 planned tasks and the 2 the flag added');
      assert.deepEqual(boxes, Array(17).fill(true), 'every task of the checklist is ticked');
      const text = await response.innerText();
      assert.match(text, /5a\. Delegate to database coordinator \(DATABASE_INVESTIGATION\)/);
      assert.equal(text.match(/backend\/src\/cart\.js:26/g)?.length, 1, `the cart.js:26 problem is named once:\n${text}`);
      assert.doesNotMatch(text, /Final checklist|Completed \d+ steps[\s\S]*Completed \d+ steps/);
      // Each cited location is a link to the file and line.
      for (const location of ['backend/src/cart.js:26', 'db/migrations/002_create_carts.sql:11', 'frontend/package.json:13']) {
        assert.equal(await ui.responseLink(location).count(), 1, `${location} is a link`);
      }
      await ui.scrollChatTo(response.getByText('Checkout is slow mostly because of how the cart total is computed.'), { atTop: true });
      await workbench.screenshot('chat-answer');
      // The steps VS Code folded: one short line per coordinator and flag, no findings repeated.
      await ui.expandSteps();
      await response.getByText(/⚑ DATABASE_INVESTIGATION from backend: database follows up on backend's finding \(added 5a, 5b\)/).waitFor({ state: 'visible' });
      await workbench.screenshot('chat-steps');
      await ui.restoreChat();
    });

    await step('a cited location opens its file with the line in the middle of the editor', async () => {
      await ui.scrollChatTo(ui.responseLink('backend/src/cart.js:26'));
      await ui.responseLink('backend/src/cart.js:26').click();
      await page.getByRole('tab', { name: /^cart\.js/ }).waitFor({ state: 'visible', timeout: 30_000 });
      const position = await eventually('line 26 to be revealed', () => ui.editorLinePosition(26), (p) => p !== undefined && p > 0.3 && p < 0.7);
      log(`line 26 sits at ${Math.round(position! * 100)} % of the editor's height`);
      await workbench.screenshot('location-opened');
      await page.keyboard.press('Control+W');
    });

    await step('the Tasks tree shows the run completed and the flag sub-task under its parent', async () => {
      await ui.treeItem(/^Make the checkout faster completed · 17\/17/).waitFor({ state: 'visible', timeout: 30_000 });
      // The task that raised the flag gained its sub-task after VS Code first drew it as a leaf; it
      // must open by itself, with nothing clicked. 17 tasks are more rows than the view shows at once.
      const rows = await ui.allTreeRows();
      const parent = rows.findIndex((row) => row.name.startsWith('5. Delegate to backend coordinator'));
      const child = rows.findIndex((row) => row.name.startsWith('5a. Delegate to database coordinator (DATABASE_INVESTIGATION)'));
      assert.ok(parent >= 0 && child > parent, `5a is listed after its parent 5: ${JSON.stringify(rows.map((r) => r.name))}`);
      assert.equal(rows[parent].expanded, 'true', 'the task that raised the flag is expanded');
      assert.equal(rows[child].level, rows[parent].level + 1, 'the flag sub-task is one level under the task that raised it');
      const tasks = rows.filter((row) => /^\d+[a-z]?\. /.test(row.name));
      assert.equal(tasks.length, 17);
      assert.deepEqual(tasks.filter((row) => !row.name.endsWith(', completed')), [], 'every task is completed');
    });

    await step('task details open formatted: the delegation with its tool calls; a step without coordinator figures', async () => {
      await ui.widenSidebar(620);
      await ui.treeItem(/^5a\. Delegate to database coordinator/).click();
      // The tab is named after its task, not after its number.
      await page.getByRole('tab', { name: /5a\. Delegate to database coordinator/ }).waitFor({ state: 'visible', timeout: 30_000 });
      const details = await ui.markdownPreviewText('5a. Delegate to database coordinator (DATABASE_INVESTIGATION)');
      assert.doesNotMatch(details, /\*\*|^#/m, 'Markdown is rendered, not shown as source');
      assert.match(details, /Coordinator \/ time \/ tokens: database · /);
      assert.match(details, /Flag DATABASE_INVESTIGATION raised by the backend coordinator/);
      assert.match(details, /Delegation to database \(completed\)/);
      assert.match(details, /Tool calls and what came of them/);
      // The conversation is further down, rendered: each turn with its figures, and the report call.
      assert.match(details, /Conversation/);
      assert.match(details, /Turn 1 · tool_use · claude-sonnet-4-6/);
      assert.match(details, /2900 in, 210 out, 1700 cache write, 0 cache read/);
      assert.match(details, /Called submit_report:/);
      await ui.scrollMarkdownPreviewTo('Conversation');
      await workbench.screenshot('task-details-conversation');
      await ui.paneHeader('Progress').click(); // fold Progress: the whole side bar for the tree
      await workbench.screenshot('tree');
      await ui.treeItem(/^1\. Analyze the request/).click();
      const step1 = await ui.markdownPreviewText('1. Analyze the request');
      assert.doesNotMatch(step1, /Coordinator \/ time \/ tokens/, 'a step has no coordinator to show');
      await ui.paneHeader('Progress').click();
    });

    await step('the Progress view reaches 100 % with discoveries for each domain and the processed flag', async () => {
      await ui.paneHeader('Tasks').click();
      const progress = ui.progress();
      await progress.getByText(/17\/17 tasks ended · 100\s?%/).waitFor({ state: 'visible', timeout: 30_000 });
      for (const domain of ['backend', 'database', 'frontend']) {
        await progress.getByText(`${domain} — completed (1)`).waitFor({ state: 'visible' });
      }
      await progress.getByText(/processed\s*DATABASE_INVESTIGATION/).first().waitFor({ state: 'visible' });
      await progress.getByText(/^Cost: \$\d/).waitFor({ state: 'visible' });
      await workbench.screenshot('progress');
    });

    await step('review memory updates: short, in the right module, shown as a change at once; Apply confirms what was written', async () => {
      const before = shop.read('CLAUDE.md');
      const review = ui.lastResponse().getByRole('button', { name: 'Review memory updates (2)' });
      await ui.scrollChatTo(review);
      await review.click();
      await ui.panel.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
      // The cart note goes to the cart module, not to payment (the module the coordinator named).
      assert.deepEqual(await ui.previewFiles(), ['CLAUDE.md', 'modules/cart.md']);
      const states = await ui.previewCheckboxes().evaluateAll((toggles) => toggles.map((t) => t.getAttribute('aria-checked')));
      assert.ok(states.length >= 2 && states.every((state) => state === 'true'), `every change arrives ticked: ${states.join(',')}`);
      assert.equal(shop.read('CLAUDE.md'), before, 'CLAUDE.md is untouched while the edits await review');
      await ui.showPreviewDiff('CLAUDE.md');
      await page.locator('.part.editor .monaco-diff-editor .line-insert').first().waitFor({ state: 'visible', timeout: 30_000 });
      await workbench.screenshot('refactor-preview');
      await ui.applyPreview();

      await ui.toast(/Memory updated: added a section on "Make the checkout faster" to CLAUDE\.md; created modules\/cart\.md/).waitFor({ state: 'visible', timeout: 30_000 });
      const date = today();
      const claude = await eventually('CLAUDE.md to get the dated section', () => shop.read('CLAUDE.md'), (text) => text.includes(`## Make the checkout faster (${date})`));
      assert.ok(claude.startsWith(before.trimEnd()), 'the new section is added after what was there');
      assert.match(claude, /\n- Cart total issues one query per item — `backend\/src\/cart\.js:26` \(backend\)\n/);
      assert.doesNotMatch(claude, /30 sequential round trips/, 'no finding paragraph is copied into CLAUDE.md');
      const cart = shop.read('modules/cart.md');
      assert.match(cart, new RegExp(`^# Cart module\\n\\n## ${date} — Make the checkout faster\\n<!-- task-orchestrator:run=[\\w-]+ -->\\n\\n- Checkout time depends on the cart total`));
      assert.equal(shop.read('modules/payment.md'), paymentBefore, 'the payment module is left alone');
      await workbench.screenshot('applied');
    });

    await step('once applied, the Progress view says so and the chat button does not propose them again', async () => {
      await ui.progress().getByText('✓ Memory updates applied: CLAUDE.md, modules/cart.md').waitFor({ state: 'visible', timeout: 30_000 });
      assert.equal(await ui.progress().getByRole('button', { name: /Review memory updates/ }).count(), 0);
      await workbench.screenshot('progress-applied');
      const claude = shop.read('CLAUDE.md');
      await ui.lastResponse().getByRole('button', { name: 'Review memory updates (2)' }).click();
      await ui.toast(/Memory updates already applied: CLAUDE\.md, modules\/cart\.md hold what run/).waitFor({ state: 'visible', timeout: 30_000 });
      assert.equal(shop.read('CLAUDE.md'), claude, 'nothing is written twice');
    });

    const served = api.requests.map((request) => `${request.coordinator}:${request.matchedReply ?? 'NO MATCH'}`);
    assert.deepEqual(served.filter((entry) => entry.endsWith('NO MATCH')), [], `every model call was answered by the scenario: ${served.join(', ')}`);
  });
});
