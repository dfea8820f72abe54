// "Completed" means completed (#17 items 1–3 and 9), as a user of the CLI sees it: the checkout
// scenario with one bad answer or fault injected first for the backend coordinator, run by the real
// CLI against the fake API. Each case asserts the backend task's state, the reason shown and the exit code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadScenario } from '../fake-api/server';
import { faultReply, reportReply, textReply, toolCallReply, withRepliesFirst } from '../fake-api/scenarioBuilders';
import { fakeApiEnv, jsonEvents, runCli } from './cliProcess';
import { copyExample, fakeApi, messagesPosts, SCENARIOS } from './engineHarness';

const CHECKOUT = loadScenario(join(SCENARIOS, 'checkout.yaml'));
const REQUEST = 'Make the checkout faster';

type Injected = Parameters<typeof withRepliesFirst>[1];

async function runCheckout(t: Parameters<typeof copyExample>[0], injected: Injected, args: string[] = ['--json'], env: NodeJS.ProcessEnv = {}) {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, withRepliesFirst(CHECKOUT, injected));
  const result = await runCli(['run', REQUEST, '--cwd', root, ...args], { env: fakeApiEnv(api.baseURL, env) });
  const backend = messagesPosts(api).filter((r) => r.coordinator === 'backend');
  return { root, api, result, backend };
}

/** The backend task's fate from a `--json` run: its last TaskCompleted/TaskFailed event. */
function backendOutcome(stdout: string): { status: 'completed' | 'failed'; reason: string } {
  const events = jsonEvents(stdout);
  const started = events.find((e) => e.type === 'DelegationStarted' && e.coordinator === 'backend');
  assert.ok(started, 'the backend coordinator was asked');
  const ended = events.filter((e) => (e.type === 'TaskCompleted' || e.type === 'TaskFailed') && e.taskId === started.taskId).at(-1);
  assert.ok(ended, 'the backend task ended');
  if (ended.type === 'TaskCompleted') return { status: 'completed', reason: String(ended.evidence) };
  return { status: 'failed', reason: String(ended.reason) };
}

test('a refusal fails the task with the model\'s words; the run fails and exits 1', async (t) => {
  const { result, backend } = await runCheckout(t, [{ ...textReply('backend', "I can't help with that."), stopReason: 'refusal' }]);
  assert.equal(result.code, 1, result.stderr);
  assert.deepEqual(backendOutcome(result.stdout), { status: 'failed', reason: 'backend refused the task: "I can\'t help with that."' });
  assert.equal(backend.length, 1, 'a refusal is not asked again');
  assert.equal(jsonEvents(result.stdout).at(-1)?.type, 'RunFailed');
});

test('a report cut off by max_tokens is asked again with a larger budget, then fails as incomplete; exit 1', async (t) => {
  const cut = { summary: 'cartTotal() runs one products query per cart item, so checkout ti', findings: [] };
  const { result, backend } = await runCheckout(t, [reportReply('backend', cut, { stopReason: 'max_tokens' })]);
  assert.equal(result.code, 1, result.stderr);
  const outcome = backendOutcome(result.stdout);
  assert.equal(outcome.status, 'failed');
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
  assert.match(result.stdout, new RegExp(`✖ \\d+\\. Delegate to backend coordinator — ${escapeRegExp(reason)}`), 'the line view shows the failed task and why');
  assert.match(result.stdout, /Failed: 1 task\(s\) failed/);
  assert.equal(backend.length, 2);
  assert.match(JSON.stringify(backend[1].body.messages.at(-1)), /call the submit_report tool once more/i);
});

test('an empty answer gets one repair turn, then fails the task; exit 1', async (t) => {
  const { result, backend } = await runCheckout(t, [textReply('backend', '')]);
  assert.equal(result.code, 1, result.stderr);
  assert.deepEqual(backendOutcome(result.stdout), { status: 'failed', reason: 'backend gave an empty answer twice and submitted no report.' });
  assert.equal(backend.length, 2);
});

test('a full context window fails the task with the reason, without asking again; exit 1', async (t) => {
  const { result, backend } = await runCheckout(t, [{ ...textReply('backend', 'Reading more files'), stopReason: 'model_context_window_exceeded' }]);
  assert.equal(result.code, 1, result.stderr);
  assert.deepEqual(backendOutcome(result.stdout), {
    status: 'failed', reason: "backend's conversation outgrew the model's context window at turn 1, before a report was submitted.",
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

test('a retry-after longer than the limit fails the task at once with the reason; exit 1', async (t) => {
  const { result, backend } = await runCheckout(t, [faultReply('backend', { kind: 'http', status: 429, retryAfter: 600 })]);
  assert.equal(result.code, 1, result.stderr);
  const outcome = backendOutcome(result.stdout);
  assert.equal(outcome.status, 'failed');
  assert.match(outcome.reason, /^The Anthropic API asked to wait 600 s before trying again \(rate limited \(429\)\); that is longer than the 60 s Task Orchestrator waits/);
  assert.equal(backend.length, 1, 'nothing was sent again');
  assert.ok(!jsonEvents(result.stdout).some((e) => e.type === 'TaskWaiting' && e.wait), 'nothing was waited for');
});

test('a retry-after within --max-retry-wait is counted down on the console, then retried; exit 0', async (t) => {
  const { result, backend } = await runCheckout(t, [faultReply('backend', { kind: 'http', status: 429, retryAfter: 2 })], ['--max-retry-wait', '3']);
  assert.equal(result.code, 0, result.stderr);
  // The countdown starts at the wait the server asked for; later ticks depend on the machine's load.
  assert.match(result.stdout, /⏳ \d+\. Delegate to backend coordinator: rate limited \(429\): retrying in 2 s\n/);
  assert.equal(backend.length, 3, 'the retried turn, then the report turn');
});

test('a stalled answer shows "no answer for N s" while it waits, and the reason quotes the time waited; exit 1', async (t) => {
  const stall = faultReply('backend', { kind: 'stall', afterEvents: 1 }, { times: 5, respond: [{ text: 'thinking…' }] });
  const { result, backend } = await runCheckout(t, [stall], [], { TASK_ORCHESTRATOR_STALL_TIMEOUT: '1' });
  assert.equal(result.code, 1, result.stderr);
  assert.match(result.stdout, /⏳ \d+\. Delegate to backend coordinator: no answer for \d(\.\d)? s \(gives up at 1 s\)/);
  // The real time waited: at least the limit on each attempt, summed.
  const reason = /stalled on 2 attempts: no part of the answer for ([\d.]+) s, then ([\d.]+) s \(([\d.]+) s waited in all\)/.exec(result.stdout);
  assert.ok(reason, result.stdout.slice(-1500));
  const [first, second, total] = reason.slice(1).map(Number);
  assert.ok(first >= 1 && second >= 1, 'each attempt waited its limit');
  assert.ok(Math.abs(first + second - total) <= 0.1, 'the total is the sum');
  assert.equal(backend.length, 2);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
