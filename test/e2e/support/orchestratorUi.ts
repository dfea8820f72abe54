// The parts of the workbench a Task Orchestrator user touches, as locators and the gestures a user
// makes on them. Selectors are VS Code 1.139.1's (see /work/shared/E2E.md); keep them here so a
// new VS Code breaks one file, not every test.
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { Workbench } from '../harness.mjs';

const MODEL_NAME = 'Claude (claude-sonnet-4-6)';
const WAIT_MS = 30_000;
const STICKY_HEADER_PX = 90;

/** A row of the Tasks tree as a screen reader hears it. */
export interface TreeRow {
  readonly name: string;
  readonly level: number;
  readonly expanded: string | null;
}

export class OrchestratorUi {
  readonly page: Page;

  constructor(private readonly workbench: Workbench) {
    this.page = workbench.page;
  }

  // ── Orchestrator container: Tasks tree and Progress webview ────────────────────────────────

  get sidebar(): Locator {
    return this.page.locator('.part.sidebar');
  }

  /** Opens the Orchestrator container from the activity bar (this also activates the extension). */
  async openOrchestrator(): Promise<void> {
    await this.page.locator('.activitybar .action-item a[aria-label="Orchestrator"]').click();
    await this.paneHeader('Tasks').waitFor({ state: 'visible', timeout: WAIT_MS });
  }

  /** A view's header in the Orchestrator container ("Tasks", "Progress"); clicking it folds or unfolds the view. */
  paneHeader(title: string): Locator {
    return this.sidebar.locator('.pane-header', { has: this.page.locator('h3.title', { hasText: new RegExp(`^${title}$`) }) });
  }

  treeItem(name: string | RegExp): Locator {
    return this.sidebar.getByRole('treeitem', { name });
  }

  /** Top-level rows of the Tasks tree, newest run first. */
  runRows(): Locator {
    return this.sidebar.locator('[role="treeitem"][aria-level="1"]');
  }

  /**
   * Every row of the Tasks tree, top to bottom, with its label, level and expanded state. The tree
   * only draws the rows in view, so this wheels it from the top to the end and joins what it saw.
   */
  async allTreeRows(): Promise<TreeRow[]> {
    const list = this.sidebar.locator('.monaco-list[role="tree"]').first();
    // Rows pinned over the top by sticky scroll are copies of rows already seen further up.
    const read = () => this.sidebar.getByRole('treeitem').evaluateAll((items) =>
      items.filter((item) => !item.closest('.monaco-tree-sticky-container')).map((item) => ({
        index: Number(item.getAttribute('data-index')), name: item.getAttribute('aria-label') ?? '',
        level: Number(item.getAttribute('aria-level')), expanded: item.getAttribute('aria-expanded'),
      })));
    const box = await list.boundingBox();
    if (!box) throw new Error('The Tasks tree is not laid out.');
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, -10_000);
    const seen = new Map<number, TreeRow>();
    for (let attempt = 0; attempt < 40; attempt++) {
      const rows = await read();
      const before = seen.size;
      for (const { index, ...row } of rows) if (!seen.has(index)) seen.set(index, row);
      if (attempt > 0 && seen.size === before) break;
      await this.page.mouse.wheel(0, box.height / 2);
      await this.page.waitForTimeout(100);
    }
    return [...seen.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
  }

  /** The Progress webview's document: two frames deep, in an overlay outside the side bar's DOM. */
  progress(): FrameLocator {
    return this.page.frameLocator('iframe.webview.ready[src*="extensionId=task-orchestrator."]').frameLocator('#active-frame');
  }

  /** Drags the sash between the side bar and the editor so long task titles are readable. */
  async widenSidebar(toX: number): Promise<void> {
    const sidebarBox = await this.sidebar.boundingBox();
    if (!sidebarBox) throw new Error('The side bar is not on screen.');
    const edge = sidebarBox.x + sidebarBox.width;
    const sashes = await this.page.locator('.monaco-sash.vertical').evaluateAll((elements) =>
      elements.map((element) => {
        const rect = element.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2, height: rect.height };
      }),
    );
    const sash = sashes.filter((s) => s.height > 100).sort((a, b) => Math.abs(a.x - edge) - Math.abs(b.x - edge))[0];
    if (!sash || Math.abs(sash.x - edge) > 8) throw new Error(`No sash at the side bar's edge (x=${edge}).`);
    await this.page.mouse.move(sash.x, sash.y);
    await this.page.mouse.down();
    await this.page.mouse.move(toX, sash.y, { steps: 8 });
    await this.page.mouse.up();
  }

  /**
   * Runs a command that asks for text in a quick input (e.g. "Task Orchestrator: New Request…") and
   * answers it; the harness's runCommand waits for the quick input to close, which these never do.
   */
  async runCommandWithInput(title: string, answer: string): Promise<void> {
    const input = await this.workbench.openCommandPalette();
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-widget .monaco-list-row', { has: this.page.locator('.label-name', { hasText: title }) });
    await row.first().waitFor({ state: 'visible', timeout: WAIT_MS });
    await row.first().click();
    await this.page.locator('.quick-input-widget .quick-input-title', { hasText: title.replace(/…$/, '') }).waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.page.keyboard.type(answer);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: WAIT_MS });
  }

  // ── Chat ──────────────────────────────────────────────────────────────────────────────────

  get chat(): Locator {
    return this.page.locator('.part.auxiliarybar');
  }

  private get modelPicker(): Locator {
    return this.chat.locator('.interactive-input-part .model-picker-name');
  }

  /**
   * Picks the extension's Claude model in the chat's model picker, as a user does. The extension
   * offers it to the picker when it starts, a few seconds after the window appears; until then the
   * picker offers only Copilot's sign-in, so the picker is opened again until the model is there.
   */
  async pickOrchestratorModel(): Promise<void> {
    const row = this.page.locator('.action-widget .monaco-list-row', { hasText: MODEL_NAME }).first();
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      await this.modelPicker.click();
      try {
        await row.waitFor({ state: 'visible', timeout: 3_000 });
        break;
      } catch {
        await this.page.keyboard.press('Escape');
        if (Date.now() > deadline) throw new Error(`The chat's model picker did not offer ${MODEL_NAME} within ${WAIT_MS} ms.`);
      }
    }
    await row.click();
    await row.waitFor({ state: 'hidden', timeout: WAIT_MS });
    await this.dismissChatNotice();
  }

  async selectedModel(): Promise<string | null> {
    return this.modelPicker.getAttribute('aria-label');
  }

  /** "Set BYOK utility models" sits over the end of the chat; it is about Copilot, not us. */
  async dismissChatNotice(): Promise<void> {
    const dismiss = this.chat.locator('.chat-input-notice-dismiss');
    if (await dismiss.isVisible()) await dismiss.click();
  }

  async ask(text: string): Promise<void> {
    const requests = await this.requests().count();
    const responses = await this.responses().count();
    await this.send(text);
    if (await this.waitForNewResponse(responses, text)) return;
    // Seen once in CI on a loaded machine: Enter emptied the input but the chat showed no request at
    // all, 35 s on. A user whose message vanished types it again; a message the chat did take is
    // never sent twice (it is answered, however late).
    if ((await this.requests().count()) > requests) {
      await this.responses().nth(responses).waitFor({ state: 'visible', timeout: WAIT_MS });
      return;
    }
    console.log(`[e2e] "${text}" is not in the chat ${(WAIT_MS + 5_000) / 1000} s after Enter and the input let go of it: typing it again`);
    await this.send(text);
    if (!(await this.waitForNewResponse(responses, text))) throw new Error(`"${text}", sent twice, got no reply in the chat`);
  }

  /** Types `text` into the chat input, replacing what it holds, and presses Enter. */
  private async send(text: string): Promise<void> {
    await this.chatInput().click();
    // After a reply the input keeps "@orchestrator " for the next message: replace it, not add to it.
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.press('Backspace');
    await this.page.keyboard.type(text);
    // A bare "/resume" leaves the slash-command suggestions open, and Enter would only accept one.
    const suggestions = this.page.locator('.suggest-widget.visible');
    const endsInCommand = /(^|\s)\/\w+$/.test(text);
    if (endsInCommand && (await suggestions.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false))) {
      await this.page.keyboard.press('Escape');
      await suggestions.waitFor({ state: 'hidden', timeout: WAIT_MS });
    }
    await this.page.keyboard.press('Enter');
  }

  /** The chat's input box, where a message is typed. */
  private chatInput(): Locator {
    return this.chat.locator('.interactive-input-part .monaco-editor .view-lines');
  }

  private responses(): Locator {
    return this.chat.locator('.interactive-item-container.interactive-response');
  }

  private requests(): Locator {
    return this.chat.locator('.interactive-item-container.interactive-request');
  }

  /**
   * Waits for the reply to a message just sent; false if none came. If after a few seconds there is
   * none and the input still holds the message, Enter did not send it (a suggestion took the key, or
   * the chat was not ready yet): a user sees the text still there and presses Enter again, and so
   * does this.
   */
  private async waitForNewResponse(before: number, text: string): Promise<boolean> {
    const reply = this.responses().nth(before);
    if (await reply.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) return true;
    const input = (await this.chatInput().textContent()) ?? '';
    if (input.replace(/\s+/g, ' ').trim() === text.trim()) {
      console.log(`[e2e] the chat still holds "${text}" 5 s after Enter: pressing Enter again`);
      if (await this.page.locator('.suggest-widget.visible').isVisible()) await this.page.keyboard.press('Escape');
      await this.chatInput().click();
      await this.page.keyboard.press('End');
      await this.page.keyboard.press('Enter');
    }
    return reply.waitFor({ state: 'visible', timeout: WAIT_MS }).then(() => true, () => false);
  }

  lastResponse(): Locator {
    return this.responses().last();
  }

  async stopChatRequest(): Promise<void> {
    await this.chat.locator('.interactive-input-part a.action-label[aria-label^="Cancel"]').click();
  }

  async maximizeChat(): Promise<void> {
    await this.chat.locator('a.action-label[aria-label="Maximize Secondary Side Bar"]').click();
    await this.chat.locator('a.action-label[aria-label="Restore Secondary Side Bar"]').waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.moveMouseOffButtons();
    await this.dismissChatNotice();
  }

  /**
   * A pointer left on a title-bar button brings up its tooltip a moment later, over whatever is
   * clicked next (seen in CI: "Maximize Secondary Side Bar" over the response's summary). A user's
   * hand moves on: so does the test's, to the chat input, and the tooltip goes.
   */
  private async moveMouseOffButtons(): Promise<void> {
    const input = await this.chat.locator('.interactive-input-part .monaco-editor').boundingBox();
    if (input) await this.page.mouse.move(input.x + input.width / 2, input.y + input.height / 2);
    await this.page.locator('.context-view .hover-contents').first().waitFor({ state: 'hidden', timeout: 5_000 });
  }

  /**
   * The tooltip `target` shows under the pointer. A hover that arrives while the pointer is already
   * there (or while another hover closes) brings none: as a user would, the pointer leaves and
   * comes back, up to three times.
   */
  async hoverTooltip(target: Locator, text: string | RegExp): Promise<void> {
    const tooltip = this.page.locator('.monaco-hover, .workbench-hover').getByText(text).first();
    for (let attempt = 1; ; attempt++) {
      await target.hover();
      try {
        await tooltip.waitFor({ state: 'visible', timeout: 5_000 });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        await this.page.mouse.move(2, 2);
      }
    }
  }

  /**
   * Back to the usual layout. The chat must still be maximized: nothing the extension does may
   * take it out of that layout (it once did, by revealing the task in progress in the Tasks tree).
   */
  async restoreChat(): Promise<void> {
    await this.chat.locator('a.action-label[aria-label="Restore Secondary Side Bar"]').click({ timeout: 5_000 });
    await this.sidebar.waitFor({ state: 'visible', timeout: WAIT_MS });
    await this.dismissChatNotice();
  }

  /** The chat is done with the request when its Stop (Cancel) button gives way to Send again. */
  async waitForResponseDone(timeoutMs = WAIT_MS): Promise<void> {
    await this.chat.locator('.interactive-input-part a.action-label[aria-label^="Cancel"]').waitFor({ state: 'hidden', timeout: timeoutMs });
  }

  /**
   * Waits until the chat has finished the reply to the last request: its final checklist is shown
   * and Stop has given way to Send.
   */
  async waitForAnswer(timeoutMs = 60_000): Promise<void> {
    await this.lastResponse().getByText(/^Checklist — (completed|failed|cancelled)/).first().waitFor({ state: 'visible', timeout: timeoutMs });
    await this.waitForResponseDone();
  }

  /** Opens "Completed N steps", the step lines VS Code folds above a finished answer. */
  async expandSteps(): Promise<void> {
    const summary = this.lastResponse().locator('summary.completed-response-summary');
    await this.scrollChatTo(summary);
    await summary.click();
    await this.lastResponse().locator('summary.completed-response-summary[aria-expanded="true"]').waitFor({ state: 'attached', timeout: WAIT_MS });
  }

  /** How many checklists the last response shows (visible ones only: folded steps do not count). */
  async visibleChecklists(): Promise<number> {
    return this.lastResponse().getByText(/^Checklist — /).evaluateAll((nodes) => nodes.filter((n) => (n as HTMLElement).offsetParent !== null).length);
  }

  /** The links of the last response whose text is `text` (a `file:line`), as rendered. */
  responseLink(text: string): Locator {
    return this.lastResponse().locator('.rendered-markdown a', { hasText: text });
  }

  /** Where `line` of the active editor sits, as a fraction of the editor's height (0 top, 1 bottom). */
  async editorLinePosition(line: number): Promise<number | undefined> {
    const editor = this.page.locator('.part.editor .monaco-editor').first();
    const box = await editor.boundingBox();
    const numbers = await editor.locator('.line-numbers').evaluateAll((nodes) => nodes.map((n) => ({ text: n.textContent?.trim(), y: n.getBoundingClientRect().y + n.getBoundingClientRect().height / 2 })));
    const found = numbers.find((n) => n.text === String(line));
    return box && found ? (found.y - box.y) / box.height : undefined;
  }

  /** A notification toast whose text includes `text`. */
  toast(text: string | RegExp): Locator {
    return this.page.locator('.notifications-toasts .notification-toast', { hasText: text });
  }

  /**
   * The text of the Markdown preview showing `heading` (task details open there), read from the
   * webview frames: the preview is two frames deep like every webview.
   */
  async markdownPreviewText(heading: string): Promise<string> {
    return eventually(`a Markdown preview showing "${heading}"`, async () => {
      for (const frame of this.page.frames()) {
        const h1 = frame.locator('.markdown-body h1, body h1');
        if ((await h1.count().catch(() => 0)) === 0) continue;
        const text = await frame.locator('body').innerText().catch(() => '');
        if (text.includes(heading)) return text;
      }
      return '';
    }, (text) => text.length > 0);
  }

  /** Scrolls the Markdown preview that has a heading `heading` until that heading is in view. */
  async scrollMarkdownPreviewTo(heading: string): Promise<void> {
    await eventually(`a Markdown preview heading "${heading}" in view`, async () => {
      for (const frame of this.page.frames()) {
        const target = frame.locator('h1, h2, h3', { hasText: heading }).first();
        if ((await target.count().catch(() => 0)) === 0) continue;
        await target.scrollIntoViewIfNeeded();
        return true;
      }
      return false;
    }, (found) => found);
  }

  /**
   * Wheels the chat list until `target` is inside it (Playwright's own scrolling cannot move it);
   * `atTop` keeps going until the target is near the top, so what follows it is in view too.
   */
  async scrollChatTo(target: Locator, { atTop = false } = {}): Promise<void> {
    const list = this.chat.locator('.interactive-list');
    for (let attempt = 0; attempt < 80; attempt++) {
      const [listBox, targetBox] = await Promise.all([list.boundingBox(), target.boundingBox()]);
      if (!listBox || !targetBox) throw new Error('The chat list or its target is not laid out.');
      // The chat pins the response's first lines as a sticky header over the top of the list.
      const top = listBox.y + STICKY_HEADER_PX;
      const above = targetBox.y < top;
      const below = atTop ? targetBox.y > top + 120 : targetBox.y + targetBox.height > listBox.y + listBox.height;
      if (!above && !below) return;
      const before = targetBox.y;
      await this.page.mouse.move(listBox.x + listBox.width / 2, listBox.y + listBox.height / 2);
      await this.page.mouse.wheel(0, above ? -200 : 200);
      // At the end of the list the wheel no longer moves anything: as far as it goes is enough.
      if (atTop && !above && (await target.boundingBox())?.y === before && attempt > 0) return;
    }
    throw new Error('Could not scroll the chat to show the element.');
  }

  /** Checkbox states of the response's task lists, in order: true = ticked. */
  async responseCheckboxes(): Promise<boolean[]> {
    return this.lastResponse().locator('input[type="checkbox"]').evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked));
  }

  // ── Refactor Preview (memory updates) ─────────────────────────────────────────────────────

  get panel(): Locator {
    return this.page.locator('.part.panel');
  }

  /** The files the Refactor Preview lists (its top-level rows), by their accessible names. */
  async previewFiles(): Promise<string[]> {
    const labels = await this.panel.locator('.monaco-list-row[aria-level="1"]').evaluateAll((rows) => rows.map((row) => row.getAttribute('aria-label') ?? ''));
    // "CLAUDE.md, making text edits"; a new file: "Creating modules/cart.md, also making text edits".
    return labels.map((label) => label.replace(/^Creating /, '').replace(/, (also )?making text edits$/, ''));
  }

  previewCheckboxes(): Locator {
    return this.panel.locator('.monaco-list-row .monaco-custom-toggle');
  }

  /** Ticks every file in the Refactor Preview (ticking a file ticks its edits). */
  async checkAllPreviewFiles(): Promise<void> {
    const rows = this.panel.locator('.monaco-list-row[aria-level="1"]');
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      const toggle = rows.nth(i).locator('.monaco-custom-toggle');
      if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click();
    }
  }

  /** Selecting a file in the Refactor Preview shows its proposed change as a diff. */
  async showPreviewDiff(file: string): Promise<void> {
    await this.panel.locator('.monaco-list-row[aria-level="1"]', { hasText: file.split('/').pop() ?? file }).locator('.monaco-icon-label').first().click();
    await this.page.locator('.part.editor .monaco-diff-editor').first().waitFor({ state: 'visible', timeout: WAIT_MS });
  }

  async applyPreview(): Promise<void> {
    await this.panel.locator('.monaco-button', { hasText: /^Apply$/ }).click();
  }
}

/** Polls `read` until `accept` holds; the last value is in the error, so a failure says what was seen. */
export async function eventually<T>(what: string, read: () => T | Promise<T>, accept: (value: T) => boolean, timeoutMs = WAIT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? String(lastError) : JSON.stringify(last)?.slice(0, 2000);
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
