// Drives a real VS Code workbench (code-server 4.139.1 = VS Code 1.139.1) in headless Chromium the
// way a user does. Plain ESM so it runs without a build; harness.d.mts types it for TypeScript tests.
//
//   await withWorkbench({ name: 'smoke', folder, vsixPath }, async (workbench) => {
//     await workbench.runCommand('Task Orchestrator: Open Dashboard');
//     await workbench.screenshot('dashboard');
//   });
//
// Env: E2E_HEADED=1 shows the browser (needs a display), E2E_KEEP_TEMP=1 keeps the per-run temp dir,
// VSCODE_TEST_VERBOSE=1 relays the workbench's own console chatter too.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, relayConsole } from '../../scripts/vscode-test/chromium.mjs';
import { startCodeServer } from '../../scripts/vscode-test/code-server.mjs';
import { createIsolatedEnv } from '../../scripts/vscode-test/isolated-env.mjs';
import { ensureTestVSCode, repoRoot } from '../../scripts/vscode-test/setup.mjs';

export const RESULTS_DIR = join(repoRoot, 'test-results');

export const SELECTORS = {
  workbench: '.monaco-workbench',
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  quickInputRow: '.quick-input-widget .monaco-list-row',
  notificationToast: '.notifications-toasts .notification-toast',
};

const WORKBENCH_READY_TIMEOUT_MS = 90_000;

export class Workbench {
  #log;
  #stops = [];
  #stopping;

  constructor({ name, log }) {
    this.name = name;
    this.#log = log;
    this.resultsDir = join(RESULTS_DIR, name);
    /** @type {import('playwright-core').Page | undefined} */
    this.page = undefined;
    this.url = undefined;
  }

  /** Registers how to release something this workbench started; stop() runs them newest first. */
  own(stop) {
    if (this.#stopping) return Promise.resolve().then(stop);
    this.#stops.push(stop);
  }

  async open({ folder, vsixPath, vsixPaths = vsixPath ? [vsixPath] : [], settings, env, port }) {
    const started = Date.now();
    // A stale failure.png from an earlier run would mislead whoever looks at this one.
    rmSync(this.resultsDir, { recursive: true, force: true });
    const vscode = await ensureTestVSCode({ log: this.#log });
    const isolated = createIsolatedEnv(`vscode-e2e-${this.name}`);
    this.own(() => (process.env.E2E_KEEP_TEMP ? this.#log(`kept ${isolated.root}`) : isolated.dispose()));

    const server = await startCodeServer({
      vscode, isolated, folder, vsixPaths, settings, env, port,
      log: this.#log,
      onServerLine: (line) => process.env.VSCODE_TEST_VERBOSE && this.#log(`[code-server] ${line}`),
    });
    this.own(() => server.stop());
    this.url = server.url;
    this.#log(`code-server on 127.0.0.1:${server.port} (process group ${server.pid})`);

    const browser = await launchChromium({ env: isolated.env, headless: !process.env.E2E_HEADED });
    this.own(() => browser.close());
    this.page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    relayConsole(this.page, (line) => this.#log(line));
    await this.page.goto(server.url, { timeout: 60_000 });
    await this.page.locator(SELECTORS.workbench).waitFor({ state: 'visible', timeout: WORKBENCH_READY_TIMEOUT_MS });
    this.#log(`workbench ready in ${((Date.now() - started) / 1000).toFixed(1)} s at ${server.url}`);
    return this;
  }

  async openCommandPalette() {
    await this.page.keyboard.press('F1');
    const input = this.page.locator(SELECTORS.quickInputBox);
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    return input;
  }

  /**
   * Runs a command by its title as shown in the Command Palette (e.g. 'View: Toggle Terminal').
   * Retries until `timeoutMs`: an extension's commands appear only once the extension host has read
   * its manifest, which can be a few seconds after the workbench is visible.
   */
  async runCommand(title, { timeoutMs = 20_000 } = {}) {
    // Pick the row whose label is exactly the title: fuzzy matching puts near-misses in the list too.
    const row = this.page.locator(SELECTORS.quickInputRow).filter({
      has: this.page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
    });
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const input = await this.openCommandPalette();
      await input.fill(`>${title}`);
      const remaining = deadline - Date.now();
      try {
        await row.first().waitFor({ state: 'visible', timeout: Math.max(500, Math.min(3_000, remaining)) });
        break;
      } catch {
        const shown = await this.page.locator(`${SELECTORS.quickInputRow}`).allInnerTexts();
        await this.page.keyboard.press('Escape');
        if (Date.now() >= deadline) {
          throw new Error(`No command titled "${title}" in the Command Palette after ${timeoutMs} ms; it offered: ${shown.join(' | ') || 'nothing'}`);
        }
      }
    }
    // Clicked at the label's start: a hover tooltip over the row's right side once took the click
    // (the palette stayed open, seen in a CI rehearsal).
    await row.first().click({ position: { x: 12, y: 8 } });
    const palette = this.page.locator(SELECTORS.quickInput);
    try {
      await palette.waitFor({ state: 'hidden', timeout: 3_000 });
    } catch {
      // Still open: run the row with Enter, but only when it is the one selected.
      await row.first().click({ position: { x: 12, y: 8 } }).catch(() => undefined);
      const selected = this.page.locator(`${SELECTORS.quickInputRow}.focused .label-name`);
      if (await palette.isVisible() && (await selected.innerText().catch(() => '')) === title) await this.page.keyboard.press('Enter');
      await palette.waitFor({ state: 'hidden', timeout: 10_000 });
    }
  }

  /** Saves a full-page PNG to test-results/<run name>/<name>.png and returns its path. */
  async screenshot(name) {
    mkdirSync(this.resultsDir, { recursive: true });
    const path = join(this.resultsDir, `${name}.png`);
    await this.page.screenshot({ path });
    this.#log(`screenshot ${path}`);
    return path;
  }

  /** Stops the browser and code-server's whole process group; safe to call more than once. */
  stop() {
    this.#stopping ??= (async () => {
      while (this.#stops.length > 0) {
        await Promise.resolve()
          .then(this.#stops.pop())
          .catch((error) => this.#log(`stop: ${error.message}`));
      }
    })();
    return this.#stopping;
  }
}

/**
 * Opens a workbench, runs `drive(workbench)`, and always stops everything it started. On failure
 * it first saves test-results/<name>/failure.png, then rethrows.
 */
export async function withWorkbench({ name, log = (line) => console.log(`[e2e:${name}] ${line}`), ...openOptions }, drive) {
  const workbench = new Workbench({ name, log });
  const stopOnSignal = () => workbench.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    await workbench.open(openOptions);
    return await drive(workbench);
  } catch (error) {
    if (workbench.page && !workbench.page.isClosed()) {
      await workbench.screenshot('failure').catch((screenshotError) => log(`no failure screenshot: ${screenshotError.message}`));
      // CI keeps the log, not the screenshot: say in words what was on the screen.
      await describeScreen(workbench.page).then((lines) => lines.forEach((line) => log(`on screen: ${line}`)), () => {});
    }
    throw error;
  } finally {
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await workbench.stop();
  }
}

/** The parts of the screen that explain most stuck steps: notifications, dialogs, the chat's last turn and its input. */
async function describeScreen(page) {
  const texts = (selector) => page.locator(selector).evaluateAll((elements) =>
    elements.filter((element) => element.getClientRects().length > 0).map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300)));
  const lines = [];
  // [what, selector, whether only the last one matters]
  for (const [what, selector, lastOnly] of [
    ['notification', '.notifications-toasts .notification-list-item-message', false],
    ['dialog', '.monaco-dialog-box', false],
    ['quick input', '.quick-input-widget .quick-input-title', false],
    ['suggestions', '.suggest-widget.visible .monaco-list-row', false],
    ['chat request', '.part.auxiliarybar .interactive-item-container.interactive-request', true],
    ['chat response', '.part.auxiliarybar .interactive-item-container.interactive-response', true],
    ['chat input', '.part.auxiliarybar .interactive-input-part .monaco-editor .view-lines', false],
  ]) {
    const found = await texts(selector);
    const shown = lastOnly ? found.slice(-1) : found;
    if (found.length > shown.length) lines.push(`${what}: ${found.length} in all, the last:`);
    for (const text of shown) lines.push(`${what}: ${text || '(empty)'}`);
  }
  return lines.length > 0 ? lines : ['no notification, dialog or chat turn'];
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
