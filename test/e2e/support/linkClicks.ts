// Ctrl+click on text in an editor, as a user follows a link there, and what a link that ran would
// have left behind (a terminal). Selectors are VS Code 1.139.1's.
import type { Locator, Page } from 'playwright-core';

const WAIT_MS = 30_000;

/**
 * Finds `query` in the focused editor with Ctrl+F and Ctrl+clicks every match in turn, where the
 * editor draws it; returns how many it clicked. The find widget stays open between matches, so
 * each Enter moves to the next one, as a user reading down the document would.
 */
export async function ctrlClickEachMatch(page: Page, editor: Locator, query: string): Promise<number> {
  await editor.click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+f');
  const widget = page.locator('.find-widget.visible').first();
  const input = widget.locator('.monaco-findInput textarea, .monaco-findInput input').first();
  await input.waitFor({ state: 'visible', timeout: WAIT_MS });
  await input.fill(query);
  const count = await matchCount(widget);
  for (let i = 0; i < count; i++) {
    await input.focus();
    await page.keyboard.press('Enter');
    const box = await currentMatchBox(page);
    if (!box) throw new Error(`match ${i + 1} of "${query}" is not on screen`);
    await ctrlClickAt(page, box.x + box.width / 2, box.y + box.height / 2);
  }
  await page.keyboard.press('Escape');
  return count;
}

/** Where the editor draws the current find match; it may redraw it once as it scrolls there, so look again. */
async function currentMatchBox(page: Page): Promise<{ x: number; y: number; width: number; height: number } | null> {
  const match = page.locator('.monaco-editor.focused .currentFindMatch, .monaco-editor .currentFindMatch').first();
  for (let attempt = 0; attempt < 5; attempt++) {
    await match.waitFor({ state: 'visible', timeout: WAIT_MS });
    const box = await match.boundingBox().catch(() => null);
    if (box) return box;
    await page.waitForTimeout(200);
  }
  return null;
}

/** Ctrl+click on a text (first element that contains it) wherever it is drawn, e.g. in the chat. */
export async function ctrlClickText(page: Page, text: Locator): Promise<void> {
  const box = await text.boundingBox();
  if (!box) throw new Error('the text to click is not on screen');
  await ctrlClickAt(page, box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
}

/** Ctrl+click at a point of the page, the pointer moved there first so the editor can underline a link. */
export async function ctrlClickAt(page: Page, x: number, y: number): Promise<void> {
  // The editor underlines a link under the pointer while Ctrl is down, then opens it on click.
  await page.mouse.move(x, y);
  await page.keyboard.down('Control');
  await page.mouse.move(x + 1, y);
  await page.mouse.click(x + 1, y);
  await page.keyboard.up('Control');
}

/** "2 of 5" → 5; "No results" → 0. */
async function matchCount(widget: Locator): Promise<number> {
  const counter = widget.locator('.matchesCount');
  const deadline = Date.now() + 5_000;
  for (;;) {
    const text = (await counter.textContent()) ?? '';
    const found = /of (\d+)/.exec(text);
    if (found) return Number(found[1]);
    if (/No results/i.test(text) || Date.now() > deadline) return 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Ctrl+click on the words `query` inside `element` (in the page, not a frame), where they are drawn:
 * an editor draws a whole line as one element, and the words may be far from its start.
 */
export async function ctrlClickWords(page: Page, element: Locator, query: string): Promise<void> {
  const box = await element.evaluate((el, words) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').replace(/\u00a0/g, ' ').indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      const rect = range.getBoundingClientRect();
      return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
    }
    return null;
  }, query);
  if (!box) throw new Error(`"${query}" is not drawn as one piece of text`);
  await ctrlClickAt(page, box.x + box.width / 2, box.y + box.height / 2);
}

/** Terminals the workbench has made: their panes in the panel. */
export function terminals(page: Page): Locator {
  return page.locator('.terminal-wrapper, .xterm');
}
