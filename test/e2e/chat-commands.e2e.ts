// What a user of the chat expects around a run (#10 item 6), in local mode (no key): /plan offers
// "Run this plan" and it runs exactly that checklist; /resume with nothing interrupted says so;
// "@orchestrator" typed twice is not part of the request; a 5,000-character request is a short
// title everywhere, whole only in its tooltip; no cost is shown when no model was called.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Locator } from 'playwright-core';
import { withShopWorkbench } from './support/fixtures';
import { eventually, OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

/** The numbered tasks of a checklist in a chat reply, their first line each ("3. Check memory for prior work"). */
const checklistItems = (reply: Locator) => () =>
  reply.locator('li').evaluateAll((lis) => lis.map((li) => (li.textContent ?? '').trim().split('\n')[0].trim()).filter((t) => /^\d+\. /.test(t)));

const NAME = 'chat-commands';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);

test('/plan runs as planned, /resume says when there is nothing to resume, titles stay short', async () => {
  delete process.env.ANTHROPIC_API_KEY;
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log }, async ({ workbench }) => {
    const ui = new OrchestratorUi(workbench);
    const { page } = ui;
    let planned: string[] = [];

    await step('/plan shows the checklist and offers "Run this plan"', async () => {
      await ui.openOrchestrator();
      await ui.pickOrchestratorModel();
      await ui.ask('@orchestrator /plan Make the checkout faster');
      const reply = ui.lastResponse();
      await reply.getByRole('button', { name: 'Run this plan' }).waitFor({ state: 'visible', timeout: 60_000 });
      // Read once the list is rendered in full: every checklist ends with "Respond to the user".
      planned = await eventually('the planned checklist to be rendered in full', checklistItems(reply), (seen) => /^\d+\. Respond to the user$/.test(seen.at(-1) ?? ''));
      assert.ok(planned.length >= 10, planned.join('\n'));
      assert.match(await reply.innerText(), /Nothing has run yet/);
      await ui.maximizeChat();
      await workbench.screenshot('plan');
    });

    await step('"Run this plan" runs exactly that checklist', async () => {
      await ui.lastResponse().getByRole('button', { name: 'Run this plan' }).click();
      await ui.waitForAnswer();
      const reply = ui.lastResponse();
      await reply.getByText('Running the plan shown above, as it was shown.').first().waitFor({ state: 'attached' });
      // The chat renders a finished reply progressively: the list may still be growing when the request is done.
      const ran = await eventually('the ran checklist to be rendered in full', checklistItems(reply), (seen) => seen.length >= planned.length && seen[planned.length - 1] === planned[planned.length - 1]);
      assert.deepEqual(ran, planned, 'the same tasks, in the same order (flag sub-tasks are listed as 5a, 5b…)');
      await workbench.screenshot('plan-run');
    });

    await step('/resume with nothing interrupted says so and replays nothing', async () => {
      await ui.ask('@orchestrator /resume'); // ask() clears the input, the sticky participant with it
      const reply = ui.lastResponse();
      await reply.getByText(/^Nothing to resume: Make the checkout faster \(run \S+\) completed/).waitFor({ state: 'visible', timeout: 30_000 });
      await ui.waitForResponseDone();
      assert.equal(await reply.locator('input[type="checkbox"]').count(), 0, 'no checklist is replayed');
      await workbench.screenshot('resume-nothing');
    });

    await step('"@orchestrator" typed again is not part of the request or its title', async () => {
      // The chat input keeps @orchestrator after a reply and the user types it again: the second
      // mention reaches the participant as text (ask() clears the input, so it is typed twice here).
      await ui.ask('@orchestrator @orchestrator Make the cart faster');
      await ui.waitForAnswer();
      await ui.restoreChat();
      await ui.treeItem(/^Make the cart faster completed/).waitFor({ state: 'visible', timeout: 30_000 });
      const runs = await ui.runRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
      assert.match(runs[0], /^Make the cart faster completed/);
      assert.doesNotMatch(runs.join('\n'), /@orchestrator/);
    });

    await step('a 5,000-character request is a short title in the tree, the chat and the Progress view', async () => {
      const long = `Make the checkout faster ${'and keep the payment flow correct while you are at it '.repeat(100)}`.slice(0, 5000);
      await ui.chat.locator('.interactive-input-part .monaco-editor .view-lines').click();
      await page.keyboard.insertText(long);
      await page.keyboard.press('Enter');
      await ui.waitForAnswer();
      const answer = await ui.lastResponse().innerText();
      assert.ok(!answer.includes(long.slice(0, 400)), 'the request is not repeated whole in the answer');
      const title = await ui.progress().locator('h2').first();
      const shown = (await title.innerText()).trim();
      assert.ok(shown.length <= 80 && shown.endsWith('…'), shown);
      assert.equal(await title.getAttribute('title'), long.trim(), 'the whole request is in the tooltip');
      const box = await title.boundingBox();
      assert.ok(box && box.height < 60, `the heading stays small (${box?.height} px)`);
      const runs = await ui.runRows().evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
      assert.ok(runs[0].length < 200, runs[0]);
      assert.equal(await ui.progress().getByText(/Estimated cost/).count(), 0, 'no cost in local mode');
      await workbench.screenshot('long-request');
    });
  });
});
