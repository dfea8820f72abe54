// A model that writes command:, javascript: and vscode: links (test/fake-api/scenarios/hostile.yaml
// on test/fixtures/hostile, #9 item 3). The user follows every one of them where VS Code would run
// a link: Ctrl+click in the chat, the task details, the exported run and the proposed memory
// updates in the Refactor Preview. A command: link that ran would open a terminal and write
// pwned.txt into the workspace; a vscode://file link would open /etc/passwd. None of that may happen.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { test } from 'node:test';
import { withShopWorkbench, type ShopWorkspace } from './support/fixtures';
import { ctrlClickEachMatch, ctrlClickText, ctrlClickWords, terminals } from './support/linkClicks';
import { OrchestratorUi } from './support/orchestratorUi';
import { stepLogger } from './support/steps';

const NAME = 'hostile';
const log = (line: string): void => console.log(`[e2e:${NAME}] ${line}`);
const REQUEST = 'Review the security of the payment and deploy configuration';
/** What is left of the model's links once made inert, and the words they were written on. */
const LINK_REMAINS = ['workbench.action.terminal', 'javascript', 'vscode', 'etc/passwd', 'run this', 'open a shell'];

/** Nothing a link could have done: no terminal, no pwned.txt, no editor on /etc/passwd. */
async function assertNothingRan(page: Page, shop: ShopWorkspace, where: string): Promise<void> {
  // A command runs asynchronously after the click: give it the time a user would see it in.
  await page.waitForTimeout(1_500);
  assert.equal(await terminals(page).count(), 0, `${where}: a terminal was created`);
  assert.equal(existsSync(join(shop.folder, 'pwned.txt')), false, `${where}: a command wrote pwned.txt`);
  assert.equal(await page.getByRole('tab', { name: /passwd/ }).count(), 0, `${where}: /etc/passwd was opened`);
}

/** Ctrl+clicks every remain of a model-written link in `editor`; returns how many places it clicked. */
async function followEveryLink(page: Page, editor: Locator): Promise<number> {
  let clicked = 0;
  for (const query of LINK_REMAINS) clicked += await ctrlClickEachMatch(page, editor, query);
  return clicked;
}

/** The Markdown preview frame whose first heading holds `heading` (task details open there). */
async function previewFrame(page: Page, heading: string): Promise<Frame> {
  for (let attempt = 0; attempt < 60; attempt++) {
    for (const frame of page.frames()) {
      const h1 = frame.locator('.markdown-body h1, body h1').first();
      if ((await h1.count().catch(() => 0)) > 0 && ((await h1.innerText().catch(() => '')) ?? '').includes(heading)) return frame;
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`no Markdown preview showing "${heading}"`);
}

/**
 * In the Markdown preview: no anchor goes anywhere but http(s) or a workspace file, and every remain
 * of a model-written link is Ctrl+clicked where the preview draws it; returns how many were clicked.
 */
async function followEveryPreviewLink(page: Page, frame: Frame): Promise<number> {
  const hrefs = await frame.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  assert.deepEqual(hrefs.filter((href) => /^(command|javascript|vscode|data|vbscript):/i.test(href)), [], `live links in the preview: ${hrefs.join(', ')}`);
  return ctrlClickEachDrawn(page, { frame });
}

/**
 * Ctrl+clicks every remain of a model-written link drawn in `scope` (the preview's frame, or an
 * editor's lines in the page, clicked on the words themselves); returns how many.
 */
async function ctrlClickEachDrawn(page: Page, scope: { frame: Frame } | { lines: Locator }): Promise<number> {
  const within = 'frame' in scope ? scope.frame : scope.lines;
  let clicked = 0;
  for (const query of LINK_REMAINS) {
    for (const match of await within.getByText(query).all()) {
      if (!(await match.isVisible().catch(() => false))) continue;
      await againIfRedrawn(async () => {
        await match.scrollIntoViewIfNeeded();
        // Where it is drawn, as a user's pointer would (an element-level click would be refused by
        // whatever overlaps it, e.g. the next line of a code block).
        if ('frame' in scope) await ctrlClickText(page, match);
        else await ctrlClickWords(page, match, query);
      });
      clicked++;
    }
  }
  return clicked;
}

/**
 * Runs `act` once more (twice at most) when the editor redrew the line it was acting on: the diff
 * editor replaces its line elements as it lays out, and the locator then finds the new one.
 */
async function againIfRedrawn(act: () => Promise<void>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await act();
    } catch (error) {
      if (attempt === 3 || !/not attached to the DOM/.test(String(error))) throw error;
    }
  }
}

test('every model-written link, Ctrl+clicked in the chat, task details, the exported run and the Refactor Preview, runs nothing', async () => {
  const step = stepLogger(log);
  await withShopWorkbench({ name: NAME, log, scenario: 'hostile.yaml', workspace: join('test', 'fixtures', 'hostile') }, async ({ workbench, shop, api }) => {
    const ui = new OrchestratorUi(workbench);
    const { page } = ui;
    const editor = page.locator('.part.editor .monaco-editor').first();

    await step('ask @orchestrator for the security review: the run completes and the chat shows the links as text', async () => {
      await ui.openOrchestrator();
      await ui.pickOrchestratorModel();
      await ui.ask(`@orchestrator ${REQUEST}`);
      const response = ui.lastResponse();
      await ui.waitForAnswer(90_000);
      await ui.expandSteps();
      const text = await response.innerText();
      assert.match(text, /run this \(command link removed\)/);
      assert.equal(await response.locator('a[href^="command:"], a[href^="javascript:"], a[href^="vscode:"], a[data-href^="command:"]').count(), 0, 'no live link in the chat');
      const removed = response.getByText(/run this \(command link removed\)/).first();
      await ui.scrollChatTo(removed, { atTop: true });
      await ctrlClickText(page, removed);
      await workbench.screenshot('chat');
      await assertNothingRan(page, shop, 'the chat');
    });

    await step('task details of the security delegation: every link Ctrl+clicked, nothing runs', async () => {
      await ui.treeItem(/^Review the security of the payment and deploy configuration completed/).waitFor({ state: 'visible', timeout: 30_000 });
      await ui.widenSidebar(620);
      await ui.treeItem(/^\d+\. Delegate to security coordinator/).click();
      const frame = await previewFrame(page, 'Delegate to security coordinator');
      await frame.getByText('Evidence: 1 verified / 2 unverified').first().waitFor({ state: 'visible', timeout: 30_000 });
      const clicked = await followEveryPreviewLink(page, frame);
      log(`task details: ${clicked} places Ctrl+clicked`);
      assert.ok(clicked >= 10, `the task details carry the model's links (${clicked} found)`);
      await workbench.screenshot('task-details');
      await assertNothingRan(page, shop, 'task details');
    });

    await step('the exported run (Markdown): every link Ctrl+clicked, nothing runs', async () => {
      await workbench.runCommand('Task Orchestrator: Export Run (Markdown)');
      // The export opens as an untitled document beside its preview: the document's own tab.
      await page.locator('[role="tab"][data-resource-name^="Untitled-"]').waitFor({ state: 'visible', timeout: 30_000 });
      await editor.getByText('Request: Review the security of the payment').first().waitFor({ state: 'visible', timeout: 30_000 });
      const clicked = await followEveryLink(page, editor);
      log(`exported run: ${clicked} places Ctrl+clicked`);
      assert.ok(clicked >= 10, `the export carries the model's links (${clicked} found)`);
      await workbench.screenshot('export');
      await assertNothingRan(page, shop, 'the exported run');
    });

    await step('Review memory updates: no link survives into the proposed CLAUDE.md or module note, and Ctrl+clicking what is left runs nothing', async () => {
      const review = ui.lastResponse().getByRole('button', { name: /^Review memory updates \(\d+\)$/ });
      await ui.scrollChatTo(review);
      await review.click();
      await ui.panel.locator('.monaco-list-row').first().waitFor({ state: 'visible', timeout: 30_000 });
      const files = await ui.previewFiles();
      assert.deepEqual(files, ['CLAUDE.md', 'modules/payments.md']);
      // VS Code 1.139 shows every proposed file in one multi-file diff editor, one diff under the other, in the list's order.
      const proposedSide = (index: number) => page.locator('.part.editor .monaco-diff-editor').nth(index).locator('.editor.modified .monaco-editor').first();
      const marker: Record<string, RegExp> = { 'CLAUDE.md': /## Review the security of the payment/, 'modules/payments.md': /# Payments module/ };
      let clicked = 0;
      for (const [index, file] of files.entries()) {
        await ui.showPreviewDiff(file);
        const proposed = proposedSide(index);
        await proposed.locator('.line-insert').first().waitFor({ state: 'visible', timeout: 30_000 });
        // The editor draws spaces as no-break spaces.
        const text = (await proposed.locator('.view-lines[role="presentation"]').innerText()).replace(/\u00a0/g, ' ');
        assert.match(text, marker[file], `the diff of ${file}:\n${text}`);
        assert.doesNotMatch(text, /\b(command|javascript|vscode|data|file):/i, `${file}: a link address in the proposal:\n${text}`);
        // `\<img` is Markdown for the text "<img": escaped, it is never HTML.
        assert.doesNotMatch(text, /(?<!\\)<img|\]\(/i, `${file}: HTML or a Markdown link in the proposal:\n${text}`);
        // Lines wrap in the diff: the words may be split over two screen lines.
        if (file === 'modules/payments.md') assert.match(text, /run this \(command\s+link\s+removed\)/, `the model's note, its link made text:\n${text}`);
        // Find (Ctrl+F) does not reach the editors inside the multi-file diff: the words are clicked where they are drawn.
        clicked += await ctrlClickEachDrawn(page, { lines: proposed.locator('.view-lines[role="presentation"]') });
        await workbench.screenshot(`refactor-preview-${file.replace(/\W+/g, '-')}`);
      }
      log(`refactor preview: ${clicked} places Ctrl+clicked`);
      assert.ok(clicked >= 1, `the module note carries what is left of the model's link (${clicked} found)`);
      await assertNothingRan(page, shop, 'the Refactor Preview');
      await ui.panel.locator('.monaco-button', { hasText: /^Discard$/ }).click();
      assert.equal(existsSync(join(shop.folder, 'modules', 'payments.md')), false, 'nothing was written: the proposals were discarded');
    });

    const served = api.requests.map((request) => `${request.coordinator}:${request.matchedReply ?? 'NO MATCH'}`);
    assert.deepEqual(served.filter((entry) => entry.endsWith('NO MATCH')), [], `every model call was answered by the scenario: ${served.join(', ')}`);
  });
});
