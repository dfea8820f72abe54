import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildSnapshot } from '../../../src/vscode/dashboard/snapshot';
import { DEFAULT_PRICES } from '../../../src/core/cost/prices';
import { webviewToHostMessageSchema } from '../../../src/protocol/dashboard';
import { ZERO_USAGE } from '../../../src/core/model/port';
import { checkoutEvents, checkoutState } from './fixtures';

test('the Progress view gets progress, the task in hand, discoveries by domain and flag states', () => {
  // Checklist order: the flag's sub-task 2a follows its parent 2, before 3.
  const snapshot = buildSnapshot(checkoutState(), { active: true });
  const run = snapshot.run!;
  assert.deepEqual(run.progress, { percent: 40, label: '2/5 tasks ended · 40%' });
  assert.deepEqual(run.currentTasks, ['[ ] 3. Delegate to database — in progress']);
  assert.equal(run.status, 'running');
  assert.deepEqual(run.discoveries.map((d) => [d.domain, d.status]), [['backend', 'completed'], ['database', 'queued'], ['database', 'in_progress']]);
  assert.deepEqual(run.discoveries[0].findings[0].evidence, [{ label: 'backend/src/checkout.js:42', verified: true }]);
  assert.equal(run.discoveries[0].evidence, 'Evidence: 1 verified / 0 unverified');
  assert.deepEqual(run.flags.map((f) => [f.type, f.state]), [['DATABASE_INVESTIGATION', 'raised']]);
  assert.equal(run.tokens.input, 2000);
});

test('a run this window does not drive reaches the view as interrupted, worked out on the host', () => {
  assert.equal(buildSnapshot(checkoutState(), { active: false }).run!.status, 'interrupted');
});

test('finding details are rendered as Markdown with raw HTML escaped', () => {
  const html = buildSnapshot(checkoutState(), { active: false }).run!.discoveries[0].findings[0].detailHtml;
  assert.match(html, /<code>items<\/code>/);
  assert.ok(!html.includes('<b>'), html);
  assert.match(html, /&lt;b&gt;await&lt;\/b&gt;/);
});

test('the Progress view shows the run\'s cost as core prices it, its limit and a pause; nothing in local mode', () => {
  const [started, ...rest] = checkoutEvents();
  const at = '2026-11-24T10:00:07.000Z';
  const pause = {
    taskId: '3', coordinator: 'database', spentUsd: 3, limitUsd: 5, proposedLimitUsd: 10,
    estimate: { model: 'claude-sonnet-4-6', inputTokens: 4000, maxTokens: 8192, usd: 2.5 },
  };
  const state = checkoutState([
    started,
    { type: 'CostTermsSet', at, prices: DEFAULT_PRICES, overridden: [], maxCostUsd: 5 },
    ...rest,
    {
      type: 'ModelTurnRecorded', at, taskId: '3', coordinator: 'database',
      turn: { index: 1, model: 'claude-sonnet-4-6-20260217', stopReason: 'tool_use', usage: { ...ZERO_USAGE, inputTokens: 1_000_000 }, durationMs: 1500, maxTokens: 8192, content: [] },
    },
    { type: 'CostLimitReached', at, pause },
  ]);
  const run = buildSnapshot(state, { active: true }).run!;
  assert.equal(run.cost?.total, '$3.00 · 1.00M tokens in, 0 % from cache, 0 out · 1 call, 1.5 s');
  assert.deepEqual(run.cost?.coordinators, ['database: $3.00 · 1.00M tokens in, 0 % from cache, 0 out · 1 call, 1.5 s']);
  assert.equal(run.cost?.limit, 'limit $5.00');
  assert.match(run.costPause ?? '', /^Paused at the cost limit before a model call of database \(task 3\): the run has cost \$3\.00 of its \$5\.00 limit/);

  const local = checkoutState(checkoutEvents().map((e) => (e.type === 'RunStarted' ? { ...e, mode: 'local' as const } : e)));
  assert.equal(buildSnapshot(local, { active: true }).run!.cost, undefined);
});

test('messages from the webview are parsed: unknown kinds and empty requests are refused', () => {
  assert.equal(webviewToHostMessageSchema.safeParse({ type: 'startRequest', text: 'Make it faster' }).success, true);
  assert.equal(webviewToHostMessageSchema.safeParse({ type: 'startRequest', text: '   ' }).success, false);
  assert.equal(webviewToHostMessageSchema.safeParse({ type: 'runShell', command: 'rm -rf /' }).success, false);
});

test('the heading is the request shortened, with the whole of it for the tooltip', () => {
  const long = `Make the checkout faster ${'and more '.repeat(600)}`;
  const [started, ...rest] = checkoutEvents();
  const run = buildSnapshot(checkoutState([{ ...started, request: long } as typeof started, ...rest]), { active: false }).run!;
  assert.ok(run.title.length <= 80 && run.title.endsWith('…'), run.title);
  assert.equal(run.request, long);
});

test('no cost is shown for a local run, and applied memory updates are not offered again', () => {
  const [started, ...rest] = checkoutEvents();
  const local = checkoutState([{ ...started, mode: 'local' } as typeof started, ...rest.filter((e) => e.type !== 'DelegationCompleted')]);
  assert.equal(buildSnapshot(local, { active: false }).run!.cost, undefined);
  assert.match(buildSnapshot(checkoutState(), { active: false }).run!.cost?.total ?? '', /tokens in/, 'a model run shows what it cost (here: price unknown, the fixture records no model)');
  const applied = buildSnapshot(checkoutState(), { active: false, memory: { pending: 0, applied: ['CLAUDE.md', 'modules/cart.md'] } }).run!;
  assert.equal(applied.memoryEditCount, 0);
  assert.deepEqual(applied.memoryApplied, ['CLAUDE.md', 'modules/cart.md']);
});
