// The first thing a new user does: opens the workbench with a fresh profile (new user-data dir,
// no model ever picked in the chat, the Orchestrator view never opened), types
// `@orchestrator Make the checkout faster` in the chat and presses Enter. It must answer with the
// checklist, not "Language model unavailable" — without a key (local mode) and with one (the fake
// Anthropic API behind it).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withShopWorkbench } from './support/fixtures';
import { eventually, OrchestratorUi } from './support/orchestratorUi';
import { stepLogger, type Step } from './support/steps';

const REQUEST = '@orchestrator Make the checkout faster';

/**
 * What a new user does once the window has loaded: nothing in the model picker, just the request.
 * The picker is only read, never touched: without Copilot it says "Models" until the extension has
 * offered its Claude model, a few seconds after the window appears (the extension host starting).
 */
async function askFirstThing(ui: OrchestratorUi, step: Step, log: (line: string) => void, screenshot: (name: string) => Promise<string>): Promise<string> {
  await step('the chat selects the Task Orchestrator model by itself', async () => {
    log(`model picker when the workbench appeared: ${await ui.selectedModel()}`);
    await eventually('the model picker to show the Claude model, nothing picked by hand', () => ui.selectedModel(), (label) => /Claude \(claude-sonnet-4-6\)/.test(label ?? ''), 60_000);
  });
  let text = '';
  await step('type the request in the chat and get the checklist', async () => {
    await ui.ask(REQUEST);
    const response = ui.lastResponse();
    await response.getByText(/^Checklist — completed|Language model unavailable/).first().waitFor({ state: 'visible', timeout: 60_000 });
    assert.doesNotMatch(await response.innerText(), /Language model unavailable/, 'the first request is answered, not refused for want of a model');
    await ui.waitForResponseDone();
    await ui.maximizeChat();
    text = await response.innerText();
    assert.match(text, /Checklist — completed/);
    // The top of the answer: the local-mode notice when there is one, else the answer.
    await ui.scrollChatTo(response.getByText(/^(Running locally|Checkout is slow)/).last(), { atTop: true });
    await screenshot('first-answer');
    await ui.restoreChat();
  });
  return text;
}

test('a fresh profile without a key: the first @orchestrator request answers with the checklist, in local mode', async () => {
  const name = 'first-request-local';
  const log = (line: string): void => console.log(`[e2e:${name}] ${line}`);
  // The harness hands this process's environment to code-server: make sure no key leaks in.
  delete process.env.ANTHROPIC_API_KEY;
  await withShopWorkbench({ name, log }, async ({ workbench }) => {
    const ui = new OrchestratorUi(workbench);
    const text = await askFirstThing(ui, stepLogger(log), log, (shot) => workbench.screenshot(shot));
    assert.match(text, /Running locally \(no model\)/);
    assert.match(text, /Query per item on request path .* — backend\/src\/cart\.js:26/);
  });
});

test('a fresh profile with a key: the first @orchestrator request runs the model-backed coordinators', async () => {
  const name = 'first-request-key';
  const log = (line: string): void => console.log(`[e2e:${name}] ${line}`);
  await withShopWorkbench({ name, log, scenario: 'checkout.yaml' }, async ({ workbench, api }) => {
    const ui = new OrchestratorUi(workbench);
    const text = await askFirstThing(ui, stepLogger(log), log, (shot) => workbench.screenshot(shot));
    assert.doesNotMatch(text, /Running locally/);
    assert.match(text, /Checkout is slow mostly because of how the cart total is computed/);
    const coordinators = new Set(api.requests.map((request) => request.coordinator));
    assert.ok(coordinators.has('backend') && coordinators.has('synthesis'), `the fake API was asked by: ${[...coordinators].join(', ')}`);
  });
});
