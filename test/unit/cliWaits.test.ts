// Waits are visible and bounded (#17 item 9), through the real CLI: a retry-after longer than the
// limit fails at once, a shorter one is counted down, a stall shows how long it has lasted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { faultReply } from '../fake-api/scenarioBuilders';
import { backendOutcome, jsonEvents, runCheckout } from './cliProcess';

test('a retry-after longer than the limit fails the task at once with the reason; exit 1', async (t) => {
  const { result, backend } = await runCheckout(t, [faultReply('backend', { kind: 'http', status: 429, retryAfter: 600 })]);
  assert.equal(result.code, 1, result.stderr);
  const outcome = backendOutcome(result.stdout);
  assert.equal(outcome.status, 'failed');
  assert.equal(outcome.kind, 'rate_limit');
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
