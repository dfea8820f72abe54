// Flags a user must judge (#9 item 5): hostile.yaml's security coordinator raises EXFILTRATE_SECRETS
// (a type no rule knows) and PERFORMANCE_ISSUE aimed at 'payments-team' (not a coordinator). Both
// wait under their run in the Tasks tree. The user dismisses one and delegates the other to backend
// from the row's context menu (the delegate asks which coordinator in a quick pick); the follow-up
// runs, and after a window reload the journal still says both.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { test } from 'node:test';
import { withShopWorkbench } from './support/fixtures';
import { OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'flag-review';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);
const REQUEST = 'Review the security of the payment and deploy configuration';
const RUN_DONE = /^Review the security of the payment and deploy configuration completed/;

/** Right-clicks a tree row and picks `action` from its context menu, as a user would. */
async function contextAction(page: Page, row: Locator, action: string): Promise<void> {
  await row.click({ button: 'right' });
  const item = page.getByRole('menuitem', { name: action });
  await item.waitFor({ state: 'visible', timeout: 30_000 });
  await item.click();
  // A click landing while the menu is still being laid out can leave it open with the item
  // highlighted (seen once in five runs): Enter then takes the highlighted item, as a user would.
  if (!(await item.waitFor({ state: 'hidden', timeout: 3_000 }).then(() => true, () => false))) {
    log(`the menu still shows "${action}" 3 s after the click: pressing Enter`);
    await page.keyboard.press('Enter');
  }
}

test('flags kept for review: one dismissed, one delegated to a picked coordinator from the tree; both hold after a reload', async () => {
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log, scenario: 'hostile.yaml', workspace: join('test', 'fixtures', 'hostile') }, async ({ workbench, api }) => {
    const ui = new OrchestratorUi(workbench);
    const { page } = ui;
    const pending = () => ui.treeItem(/^Flags pending/);
    const unknownType = ui.treeItem(/^EXFILTRATE_SECRETS, to review/);
    const noTarget = ui.treeItem(/^PERFORMANCE_ISSUE, to review/);
    const followUp = ui.treeItem(/^\d+a\. Delegate to backend coordinator \(PERFORMANCE_ISSUE\), completed/);

    await step('run the security review: two flags wait for review under the run', async () => {
      await ui.openOrchestrator();
      await ui.pickOrchestratorModel();
      await ui.ask(`@orchestrator ${REQUEST}`);
      await ui.waitForAnswer(90_000);
      await ui.treeItem(RUN_DONE).waitFor({ state: 'visible', timeout: 30_000 });
      await ui.widenSidebar(620);
      // The Progress view folded, the Tasks tree has room for every row of the run.
      await ui.paneHeader('Progress').click();
      if ((await pending().getAttribute('aria-expanded')) !== 'true') await pending().click();
      await unknownType.waitFor({ state: 'visible', timeout: 30_000 });
      await noTarget.waitFor({ state: 'visible', timeout: 30_000 });
      await workbench.screenshot('flags-for-review');
    });

    await step('dismiss EXFILTRATE_SECRETS from its context menu: it leaves the pending flags', async () => {
      await contextAction(page, unknownType, 'Dismiss Flag');
      await unknownType.waitFor({ state: 'detached', timeout: 30_000 });
      await noTarget.waitFor({ state: 'visible', timeout: 30_000 });
    });

    await step('delegate PERFORMANCE_ISSUE from its context menu, picking backend: the follow-up runs and the run completes again', async () => {
      const backendBefore = api.requests.filter((r) => r.path === '/v1/messages' && r.coordinator === 'backend').length;
      const quickInput = page.locator('.quick-input-widget');
      const pick = quickInput.locator('.quick-input-title', { hasText: 'Delegate PERFORMANCE_ISSUE to a coordinator' });
      // VS Code drops a row's handle while the tree redraws, so an action picked in that instant reaches
      // the command with no row and it says so (seen when a journal watcher redrew the tree; a write made
      // here no longer does). The user then right-clicks again, as the message says; so does the test, once.
      const noRow = page.locator('.notification-toast', { hasText: 'No flag was given' });
      await contextAction(page, noTarget, 'Delegate Flag to a Coordinator');
      if ((await pick.or(noRow).first().waitFor({ state: 'visible', timeout: 30_000 }).then(() => noRow.isVisible())) === true) {
        log('the delegate came without its row (the tree was redrawing): right-clicking the flag again');
        await contextAction(page, noTarget, 'Delegate Flag to a Coordinator');
      }
      await pick.waitFor({ state: 'visible', timeout: 30_000 });
      await workbench.screenshot('delegate-pick');
      await quickInput.locator('input').fill('backend');
      await quickInput.getByRole('option', { name: /^backend/ }).first().waitFor({ state: 'visible', timeout: 30_000 });
      await page.keyboard.press('Enter');
      await followUp.waitFor({ state: 'visible', timeout: 90_000 });
      await ui.treeItem(RUN_DONE).waitFor({ state: 'visible', timeout: 60_000 });
      assert.equal(await pending().count(), 0, 'no flag is left pending');
      const backendAfter = api.requests.filter((r) => r.path === '/v1/messages' && r.coordinator === 'backend').length;
      assert.equal(backendAfter, backendBefore + 1, 'backend was asked once more, about the delegated flag');
      await workbench.screenshot('flag-delegated');
    });

    await step('reload the window: the journal still has the dismissal and the delegated follow-up', async () => {
      const calls = api.requests.length;
      await page.reload();
      await ui.openOrchestrator();
      const run = ui.treeItem(RUN_DONE);
      await run.waitFor({ state: 'visible', timeout: 60_000 });
      // A run this window does not drive starts folded, unless the workbench remembered it open.
      if ((await run.getAttribute('aria-expanded')) !== 'true') await run.click();
      if ((await ui.paneHeader('Progress').getAttribute('aria-expanded')) === 'true') await ui.paneHeader('Progress').click();
      await followUp.waitFor({ state: 'visible', timeout: 30_000 });
      assert.equal(await pending().count(), 0, 'after a reload, still no flag pending');
      assert.equal(api.requests.length, calls, 'the reload asked the model nothing');
      await workbench.screenshot('after-reload');
    });
  });
});
