import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CostLimitPause } from '../../src/core/cost/budget';
import { runCost } from '../../src/core/cost/rollup';
import { resolvePrices } from '../../src/core/cost/priceSettings';
import type { AskAtCostLimit } from '../../src/core/run/costLimit';
import type { RunEvent } from '../../src/core/run/events';
import { copyExample, engineFor, fakeApi, messagesPosts, modelRun, SCENARIOS } from './engineHarness';

/**
 * The cost limit through the whole engine, the real SDK and the fake API: a run pauses before the
 * call that would pass it, asks, and goes on or stops (resumably) as told; both are journal events.
 */

const CHECKOUT = join(SCENARIOS, 'checkout.yaml');
const REQUEST = 'Make the checkout faster';
/**
 * Each checkout call is estimated at ~$0.13 at Sonnet 4.6 (its 8,192-token output budget at $15/M,
 * plus its prompt) and really costs ~$0.01: the first call fits under $0.14, the second would not.
 */
const LIMIT = 0.14;

function journal(root: string, runId: string): RunEvent[] {
  return readFileSync(join(root, '.orchestrator', 'runs', `${runId}.jsonl`), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as RunEvent);
}

test('with no one to ask, a run stops before the call that would pass its limit; resumed with a higher limit it finishes', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, CHECKOUT);
  const engine = engineFor(root);
  const stopped = await (await engine.start(REQUEST, modelRun(api, { maxCostUsd: LIMIT, parallelLimit: 1 }), new AbortController().signal)).done;
  assert.equal(stopped.status, 'cancelled');
  assert.match(stopped.failure?.message ?? '', /^Stopped at the cost limit: \$0\.\d{4} of \$0\.14 spent, and the next call of \w+ may cost up to \$0\.1\d{3}\. Resume with a higher limit/);
  const callsMade = messagesPosts(api).length;
  assert.equal(callsMade, 1, 'one call fits under $0.14, the next would not');
  assert.ok(runCost(stopped).total.usd <= LIMIT);

  const events = journal(root, stopped.runId);
  const terms = events.find((e) => e.type === 'CostTermsSet');
  assert.equal(terms?.type === 'CostTermsSet' && terms.maxCostUsd, LIMIT);
  const reached = events.find((e) => e.type === 'CostLimitReached');
  assert.ok(reached?.type === 'CostLimitReached');
  assert.equal(reached.pause.limitUsd, LIMIT);
  assert.ok(reached.pause.spentUsd + reached.pause.estimate.usd > LIMIT);
  assert.equal(reached.pause.estimate.model, 'claude-sonnet-4-6');
  const decided = events.find((e) => e.type === 'CostLimitDecided');
  assert.deepEqual(decided?.type === 'CostLimitDecided' && { decision: decided.decision, by: decided.by }, { decision: 'stop', by: 'nobody' });
  assert.equal(events.at(-1)?.type, 'RunCancelled');

  const resumed = await (await engine.resume(stopped.runId, modelRun(api, { maxCostUsd: 5 }), new AbortController().signal)).done;
  assert.equal(resumed.status, 'completed', resumed.failure?.message);
  assert.equal(resumed.costTerms?.limitUsd, 5);
  assert.equal(messagesPosts(api).filter((r) => r.coordinator === 'backend').length, 2, 'the answered backend turn is not asked again');
});

test('asked at the limit, "Continue" raises it and the run goes on; "Stop" ends it there', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, CHECKOUT);
  const pauses: CostLimitPause[] = [];
  const goOn: AskAtCostLimit = async (pause) => {
    pauses.push(pause);
    return { decision: 'continue', limitUsd: pause.proposedLimitUsd };
  };
  const done = await (await engineFor(root).start(REQUEST, modelRun(api, { maxCostUsd: LIMIT, askAtCostLimit: goOn }), new AbortController().signal)).done;
  assert.equal(done.status, 'completed', done.failure?.message);
  assert.ok(pauses.length >= 1);
  assert.ok(pauses.every((p, i) => i === 0 || p.limitUsd === pauses[i - 1].proposedLimitUsd), 'each pause starts from the limit the last one raised');
  const decisions = journal(root, done.runId).filter((e) => e.type === 'CostLimitDecided');
  assert.equal(decisions.length, pauses.length);
  assert.ok(decisions.every((e) => e.type === 'CostLimitDecided' && e.decision === 'continue' && e.by === 'user'));
  assert.equal(done.costTerms?.limitUsd, pauses.at(-1)!.proposedLimitUsd);
  assert.ok(runCost(done).total.usd <= done.costTerms!.limitUsd!);

  const root2 = copyExample(t, 'shop');
  const stop: AskAtCostLimit = async () => ({ decision: 'stop' });
  const before = messagesPosts(api).length;
  const stopped = await (await engineFor(root2).start(REQUEST, modelRun(api, { maxCostUsd: LIMIT, askAtCostLimit: stop }), new AbortController().signal)).done;
  assert.equal(stopped.status, 'cancelled');
  assert.ok(messagesPosts(api).length - before <= 3, 'no call is made past the limit');
  const decided = journal(root2, stopped.runId).filter((e) => e.type === 'CostLimitDecided');
  assert.deepEqual(decided.map((e) => e.type === 'CostLimitDecided' && e.by), ['user']);
});

test('a cost limit with a model that has no price is refused before anything is spent, naming the model and the fix', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, CHECKOUT);
  await assert.rejects(
    engineFor(root).start(REQUEST, modelRun(api, { maxCostUsd: 1, models: { planner: 'claude-sonnet-4-6', coordinator: 'claude-experimental-1' } }), new AbortController().signal),
    /The cost limit \(\$1\.00\) cannot be kept: claude-experimental-1 has no price\. Add a price \(taskOrchestrator\.prices, or --prices in the CLI\)/,
  );
  assert.equal(messagesPosts(api).length, 0);
  const priced = resolvePrices({ 'claude-experimental-1': { input: 1, output: 5 } }, 'test');
  const run = await (await engineFor(root).start(REQUEST, modelRun(api, {
    maxCostUsd: 1, models: { planner: 'claude-sonnet-4-6', coordinator: 'claude-experimental-1' }, prices: { table: priced.prices, overridden: priced.overridden },
  }), new AbortController().signal)).done;
  assert.equal(run.status, 'completed', run.failure?.message);
  assert.deepEqual(run.costTerms?.overridden, ['claude-experimental-1']);
});
