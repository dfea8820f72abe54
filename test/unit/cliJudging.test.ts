// "Completed" means completed (#17 items 1–3), as a user of the CLI sees it: the checkout scenario
// with one bad answer injected first for the backend coordinator, run by the real CLI against the
// fake API. Each case asserts the backend task's state, the reason shown and the exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { reportReply, textReply, toolCallReply } from '../fake-api/scenarioBuilders';
import { backendOutcome, jsonEvents, runCheckout } from './cliProcess';

test('a refusal fails the task with the model\'s words; the run fails and exits 1', async (t) => {
  const { result, backend } = await runCheckout(t, [{ ...textReply('backend', "I can't help with that."), stopReason: 'refusal' }]);
  assert.equal(result.code, 1, result.stderr);
  assert.deepEqual(backendOutcome(result.stdout), { status: 'failed', kind: 'refused', reason: 'backend refused the task: "I can\'t help with that."' });
  assert.equal(backend.length, 1, 'a refusal is not asked again');
  assert.equal(jsonEvents(result.stdout).at(-1)?.type, 'RunFailed');
});

test('a report cut off by max_tokens is asked again with a larger budget, then fails as incomplete; exit 1', async (t) => {
  const cut = { summary: 'cartTotal() runs one products query per cart item, so checkout ti', findings: [] };
  const { result, backend } = await runCheckout(t, [reportReply('backend', cut, { stopReason: 'max_tokens' })]);
  assert.equal(result.code, 1, result.stderr);
  const outcome = backendOutcome(result.stdout);
  assert.equal(outcome.status, 'failed');
  assert.equal(outcome.kind, 'cut_off');
  assert.equal(outcome.reason, "backend's answer was cut off at the 16384-token output limit in the middle of its report again, after a retry with a larger budget; the report is incomplete.");
  assert.deepEqual(backend.map((r) => r.body.max_tokens), [8192, 16384]);
});

test('a report cut off once, then whole with the larger budget, completes the task; exit 0', async (t) => {
  const cut = { summary: 'cartTotal() runs one products query per cart item, so checkout ti', findings: [] };
  const { result, backend } = await runCheckout(t, [reportReply('backend', cut, { stopReason: 'max_tokens', times: 1 })]);
  assert.equal(result.code, 0, result.stderr + result.stdout.slice(-2000));
  assert.equal(backendOutcome(result.stdout).status, 'completed');
  assert.deepEqual(backend.map((r) => r.body.max_tokens), [8192, 16384, 16384], 'the larger budget is kept for the rest of the conversation');
});

test('words without a report get one repair turn, then fail the task (not "completed with 0 findings"); exit 1', async (t) => {
  const { result, backend } = await runCheckout(t, [textReply('backend', 'Sure! I looked around and it seems fine.')], []);
  assert.equal(result.code, 1, result.stderr);
  const reason = 'backend answered in words instead of submitting a report, twice: "Sure! I looked around and it seems fine."';
  assert.match(result.stdout, new RegExp(`\\[ \\] \\d+\\. Delegate to backend coordinator — failed: ${escapeRegExp(reason)}`), 'the line view shows the failed task and why');
  assert.match(result.stdout, /Failed: 1 task\(s\) failed/);
  assert.equal(backend.length, 2);
  assert.match(JSON.stringify(backend[1].body.messages.at(-1)), /call the submit_report tool once more/i);
});

test('an empty answer gets one repair turn, then fails the task; exit 1', async (t) => {
  const { result, backend } = await runCheckout(t, [textReply('backend', '')]);
  assert.equal(result.code, 1, result.stderr);
  assert.deepEqual(backendOutcome(result.stdout), { status: 'failed', kind: 'no_report', reason: 'backend gave an empty answer twice and submitted no report.' });
  assert.equal(backend.length, 2);
});

test('a full context window fails the task with the reason, without asking again; exit 1', async (t) => {
  const { result, backend } = await runCheckout(t, [{ ...textReply('backend', 'Reading more files'), stopReason: 'model_context_window_exceeded' }]);
  assert.equal(result.code, 1, result.stderr);
  assert.deepEqual(backendOutcome(result.stdout), {
    status: 'failed', kind: 'context_full', reason: "backend's conversation outgrew the model's context window at turn 1, before a report was submitted.",
  });
  assert.equal(backend.length, 1);
});

test('a paused turn is sent back and the conversation carries on to a completed task; exit 0', async (t) => {
  const { result, backend } = await runCheckout(t, [
    { ...textReply('backend', 'Checkout loads the cart total first.', { match: { turn: 1 }, times: 1 }), stopReason: 'pause_turn' },
    toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }, { match: { turn: 2, hasToolResult: false }, times: 1 }),
  ]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(backendOutcome(result.stdout).status, 'completed');
  assert.equal(backend.length, 3);
  assert.equal(backend[1].body.messages.at(-1).role, 'assistant', 'the paused answer went back as the last message');
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
