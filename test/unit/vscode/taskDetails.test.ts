import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderTaskDetails } from '../../../src/vscode/tree/taskDetails';
import { checkoutEvents, checkoutState } from './fixtures';
import { describeTask } from '../../../src/vscode/tree/taskNodes';
import { taskShortCost } from '../../../src/core/cost/describe';
import { ZERO_USAGE } from '../../../src/core/model/port';
import type { RunEvent } from '../../../src/core/run/events';

test('task details say what the coordinator was asked, each tool call, what came back and what it raised', () => {
  const text = renderTaskDetails(checkoutState([...checkoutEvents().slice(0, 6), { type: 'DelegationProgress', at: '2026-11-24T10:00:03.000Z', taskId: '2', coordinator: 'backend', message: 'read_file backend/src/checkout.js' }, ...checkoutEvents().slice(6)]), '2');
  assert.match(text, /^# 2\\\. Delegate to backend\n/);
  assert.match(text, /\*\*Coordinator \/ time \/ tokens:\*\* backend · 2\.4 s · 3\.1k tok/);
  assert.match(text, /### What it was asked\n\n```+text\nFind why checkout is slow\n```+/);
  assert.match(text, /### Tool calls and what came of them\n\n- `read_file backend\/src\/checkout\.js`/);
  assert.match(text, /### What came back\n\nCheckout runs one query per cart line\./);
  assert.match(text, /`backend\/src\/checkout\.js:42`/);
  assert.match(text, /\*\*DATABASE_INVESTIGATION\*\* \(high, raised\)/);
  assert.match(text, /Tokens: 2000 in, 1100 out/);
});

test('model text in task details stays text: no HTML, no emphasis, no links', () => {
  const text = renderTaskDetails(checkoutState(), '2');
  // The finding detail is "Loop over `items` with <b>await</b> db.query": its code stays code, its HTML text.
  assert.match(text, /Loop over `items` with \\<b\\>await\\<\/b\\> db\.query/);
});

test('a queued task says what it waits for; only a delegation shows coordinator, time and tokens', () => {
  const state = checkoutState();
  const synthesis = renderTaskDetails(state, '4');
  assert.match(synthesis, /\*\*Waiting for:\*\* Waits for 3\. Delegate to database \(in progress\), 2a\. Investigate the orders index$/m);
  assert.doesNotMatch(synthesis, /Coordinator \/ time \/ tokens/);
  assert.doesNotMatch(renderTaskDetails(state, '1'), /Coordinator \/ time \/ tokens/);
});

test('task details and the tree row say what a task cost, its flag sub-tasks included; a local run shows no cost', () => {
  const at = '2026-11-24T10:00:09.000Z';
  const turn = (taskId: string, coordinator: string, inputTokens: number): RunEvent => ({
    type: 'ModelTurnRecorded', at, taskId, coordinator,
    turn: { index: 1, model: 'claude-haiku-4-5', stopReason: 'end_turn', usage: { ...ZERO_USAGE, inputTokens }, durationMs: 2000, maxTokens: 8192, content: [] },
  });
  const events = [...checkoutEvents(), turn('2', 'backend', 1_000_000), turn('2a', 'database', 500_000)];
  const state = checkoutState(events);
  // Haiku 4.5: $1 per million input tokens.
  assert.match(renderTaskDetails(state, '2'), /\*\*Cost:\*\* \$1\.00 · 1\.00M tokens in, 0 % from cache, 0 out · 1 call, 2\.0 s; with sub-tasks \$1\.50 · 1\.50M tokens in/);
  assert.match(renderTaskDetails(state, '2a'), /\*\*Cost:\*\* \$0\.50 · 500\.0k tokens in/);
  assert.equal(describeTask(state.tasks.find((t) => t.spec.id === '2')!, taskShortCost(state, '2')), 'backend · 2.4 s · 3.1k tok · $1.50');
  const local = checkoutState(events.map((e) => (e.type === 'RunStarted' ? { ...e, mode: 'local' as const } : e)));
  assert.doesNotMatch(renderTaskDetails(local, '2'), /Cost/);
  assert.equal(taskShortCost(local, '2'), undefined);
});
