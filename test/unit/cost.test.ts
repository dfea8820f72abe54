import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_PRICES, findPrice } from '../../src/core/cost/prices';
import { priceCall, cachedShare } from '../../src/core/cost/pricing';
import { readCostLimit, resolvePrices, resolvePricesJson } from '../../src/core/cost/priceSettings';
import { runCost, MODEL_NOT_RECORDED, type CostedRun, type CostedTask } from '../../src/core/cost/rollup';
import { describeCost, runCostLines, runShortCost, taskCostLine, taskShortCost, shortCost } from '../../src/core/cost/describe';
import { estimateCall, proposeLimit, wouldPassLimit } from '../../src/core/cost/budget';
import { ZERO_USAGE, type TokenUsage } from '../../src/core/model/port';

const usage = (u: Partial<TokenUsage>): TokenUsage => ({ ...ZERO_USAGE, ...u });

test('a call is priced at the rates of the model the API says answered, snapshot dates and context tags included', () => {
  assert.equal(findPrice('claude-sonnet-4-6', DEFAULT_PRICES)?.family, 'Sonnet');
  assert.equal(findPrice('claude-haiku-4-5-20251001', DEFAULT_PRICES)?.model, 'claude-haiku-4-5');
  assert.equal(findPrice('claude-opus-4-1[1m]', DEFAULT_PRICES)?.model, 'claude-opus-4-1');
  assert.equal(findPrice('claude-opus-4-9', DEFAULT_PRICES), undefined, 'no neighbour\'s price for an unknown model');
  assert.equal(findPrice('claude-sonnet-4-6-preview', DEFAULT_PRICES), undefined);

  // Sonnet 4.6: $3 in, $15 out, $3.75 cache write, $0.30 cache read per million.
  const call = priceCall('claude-sonnet-4-6-20260217', usage({ inputTokens: 1_000_000, outputTokens: 100_000, cacheCreationInputTokens: 200_000, cacheReadInputTokens: 2_000_000 }), DEFAULT_PRICES);
  assert.deepEqual(call, { priced: true, usd: 3 + 1.5 + 0.75 + 0.6, family: 'Sonnet' });
  assert.deepEqual(priceCall('claude-x-1', usage({ inputTokens: 10 }), DEFAULT_PRICES), { priced: false, model: 'claude-x-1' });
});

test('cache writes are priced at the rate of the lifetime they were written for', () => {
  // Sonnet 4.6: $3.75 per million 5-minute writes, $6 per million 1-hour writes.
  const call = priceCall('claude-sonnet-4-6', usage({ cacheCreationInputTokens: 1_000_000, cacheCreation1hInputTokens: 400_000 }), DEFAULT_PRICES);
  assert.ok(call.priced);
  assert.equal(Math.round(call.usd * 1e6) / 1e6, 0.6 * 3.75 + 0.4 * 6);
  const fiveMinutes = priceCall('claude-sonnet-4-6', usage({ cacheCreationInputTokens: 1_000_000 }), DEFAULT_PRICES);
  assert.ok(fiveMinutes.priced);
  assert.equal(fiveMinutes.usd, 3.75);
});

test('a prompt past a long-context threshold pays the long-context rates on all its tokens', () => {
  const short = priceCall('claude-sonnet-4-5', usage({ inputTokens: 200_000, outputTokens: 1000 }), DEFAULT_PRICES);
  const long = priceCall('claude-sonnet-4-5', usage({ inputTokens: 150_000, cacheReadInputTokens: 60_000, outputTokens: 1000 }), DEFAULT_PRICES);
  assert.ok(short.priced && long.priced);
  assert.equal(short.usd, (200_000 * 3 + 1000 * 15) / 1e6);
  assert.equal(long.usd, (150_000 * 6 + 60_000 * 0.6 + 1000 * 22.5) / 1e6);
});

test('the cached share is what was read from cache out of everything the model read', () => {
  assert.equal(cachedShare(usage({ inputTokens: 50, cacheCreationInputTokens: 50, cacheReadInputTokens: 900 })), 0.9);
  assert.equal(cachedShare(ZERO_USAGE), undefined);
});

test('price overrides change a listed model\'s rates, add new models, and name every bad entry while the others apply', () => {
  const resolved = resolvePrices({
    'claude-sonnet-4-6': { input: 2.5 },
    'my-proxy-model': { input: 1, output: 2 },
    'claude-haiku-4-5': { input: -1 },
    'half-known': { input: 1 },
    'claude-opus-4-8': { output: 'cheap' },
    'bad id!': { input: 1, output: 1 },
    'claude-opus-5': { inptu: 3 },
  }, 'taskOrchestrator.prices');
  assert.deepEqual(resolved.overridden, ['claude-sonnet-4-6', 'my-proxy-model']);
  const sonnet = findPrice('claude-sonnet-4-6', resolved.prices)!;
  assert.deepEqual([sonnet.input, sonnet.output, sonnet.family], [2.5, 15, 'Sonnet'], 'the rates not given keep their list price');
  const proxy = findPrice('my-proxy-model', resolved.prices)!;
  assert.deepEqual([proxy.cacheWrite, proxy.cacheRead, proxy.family], [1.25, 0.1, 'other'], 'cache rates default to the usual multiples');
  assert.equal(findPrice('claude-haiku-4-5', resolved.prices)?.input, 1, 'a bad entry leaves the list price in force');
  assert.equal(resolved.problems.length, 5);
  assert.match(resolved.problems.join('\n'), /taskOrchestrator\.prices\["claude-haiku-4-5"\]: \.input must not be negative; the entry is ignored\./);
  assert.match(resolved.problems.join('\n'), /\["half-known"\]: a model that is not in the price list needs at least "input" and "output"/);
  assert.match(resolved.problems.join('\n'), /\["claude-opus-4-8"\]: \.output must be a number of US dollars per million tokens/);
  assert.match(resolved.problems.join('\n'), /\["bad id!"\]: not a model id/);
  assert.match(resolved.problems.join('\n'), /\["claude-opus-5"\]: .*inptu/);

  assert.match(resolvePrices([1, 2], '--prices').problems[0], /--prices must be an object keyed by model id/);
  const json = resolvePricesJson('{"claude-sonnet-4-6": {', 'TASK_ORCHESTRATOR_PRICES');
  assert.match(json.problems[0], /TASK_ORCHESTRATOR_PRICES is not valid JSON/);
  assert.equal(json.prices, DEFAULT_PRICES);
});

function task(id: string, calls: { model: string; usage: Partial<TokenUsage>; durationMs?: number }[], spec: Partial<CostedTask['spec']> = {}): CostedTask {
  return {
    spec: { id, kind: 'delegate', ...spec },
    turns: calls.map((c) => ({ record: { model: c.model, usage: usage(c.usage), durationMs: c.durationMs ?? 1000 } })),
    ...(spec.coordinator ? { delegation: { coordinator: spec.coordinator, usage: ZERO_USAGE } } : {}),
  };
}

const MTOK = 1_000_000;

function sampleRun(): CostedRun {
  return {
    mode: 'model',
    usage: ZERO_USAGE,
    plannerCall: { model: 'claude-haiku-4-5', usage: usage({ inputTokens: MTOK }), durationMs: 300 },
    tasks: [
      task('3', [{ model: 'claude-sonnet-4-6', usage: { inputTokens: MTOK } }, { model: 'claude-sonnet-4-6', usage: { cacheReadInputTokens: MTOK } }], { coordinator: 'backend' }),
      task('3-flag1', [{ model: 'claude-sonnet-4-6', usage: { outputTokens: MTOK } }], { coordinator: 'database', parentId: '3' }),
      task('3-flag1-flag1', [{ model: 'claude-opus-9', usage: { inputTokens: 10 } }], { coordinator: 'security', parentId: '3-flag1' }),
      task('4', [{ model: 'claude-sonnet-4-6', usage: { cacheCreationInputTokens: MTOK } }], { coordinator: 'database' }),
      task('9', [{ model: 'claude-sonnet-4-6', usage: { outputTokens: MTOK / 10 } }], { kind: 'synthesize' }),
      task('10', [], { kind: 'respond' }),
    ],
  };
}

test('a run\'s cost is each call at its own model\'s price, rolled up to parent tasks, per coordinator and in all', () => {
  const cost = runCost(sampleRun());
  const near = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≈ ${b}`);
  near(cost.tasks.get('3')!.own.usd, 3 + 0.3);
  near(cost.tasks.get('3')!.withSubTasks.usd, 3 + 0.3 + 15);
  assert.deepEqual(cost.tasks.get('3')!.withSubTasks.unpriced, ['claude-opus-9'], 'the grandchild\'s unknown model reaches the top');
  assert.equal(cost.tasks.get('3')!.withSubTasks.calls, 4);
  near(cost.tasks.get('3-flag1')!.withSubTasks.usd, 15);
  assert.deepEqual(cost.coordinators.map((c) => c.name), ['planner', 'backend', 'database', 'security', 'synthesis']);
  near(cost.coordinators.find((c) => c.name === 'database')!.figures.usd, 15 + 3.75);
  near(cost.total.usd, 1 + 3 + 0.3 + 15 + 3.75 + 1.5);
  assert.equal(cost.total.calls, 7);
  assert.equal(cost.total.modelMs, 6300);
  assert.equal(cost.pricedWith, 'today');
});

test('the prices a run journaled are the ones it is costed with, whatever today\'s are', () => {
  const cheap = resolvePrices({ 'claude-sonnet-4-6': { input: 1, output: 1, cacheWrite: 1, cacheRead: 1 } }, 'test').prices;
  const cost = runCost({ ...sampleRun(), costTerms: { prices: cheap } });
  assert.equal(cost.pricedWith, 'run');
  assert.ok(Math.abs(cost.tasks.get('4')!.own.usd - 1) < 1e-9);
});

test('every surface reads the same words; local mode and a run without calls show no cost', () => {
  const run = sampleRun();
  const lines = runCostLines(run)!;
  assert.equal(lines.total, '$24.55 + price unknown for claude-opus-9 · 4.00M tokens in, 25 % from cache, 1.10M out · 7 calls, 6.3 s');
  assert.deepEqual(lines.coordinators.slice(0, 2), [
    'planner: $1.00 · 1.00M tokens in, 0 % from cache, 0 out · 1 call, 0.3 s',
    'backend: $3.30 · 2.00M tokens in, 50 % from cache, 0 out · 2 calls, 2.0 s',
  ]);
  assert.match(lines.note ?? '', /today's list prices/);
  assert.equal(taskCostLine(run, '3'), '$3.30 · 2.00M tokens in, 50 % from cache, 0 out · 2 calls, 2.0 s; with sub-tasks $18.30 + price unknown for claude-opus-9 · 2.00M tokens in, 50 % from cache, 1.00M out · 4 calls, 4.0 s');
  assert.equal(taskCostLine(run, '10'), undefined, 'a step without model calls has no cost line');
  assert.equal(shortCost(runCost(run).tasks.get('3-flag1-flag1')!.own), 'price unknown');
  assert.equal(runCostLines({ ...run, mode: 'local' }), undefined);
  assert.equal(taskCostLine({ ...run, mode: 'local' }, '3'), undefined);
  assert.equal(runCostLines({ mode: 'model', usage: ZERO_USAGE, tasks: [task('3', [])] }), undefined);
});

test('a journal from before turns were recorded shows its tokens with "model not recorded", not a guessed price', () => {
  const old: CostedRun = {
    mode: 'model', usage: usage({ inputTokens: 5000, outputTokens: 300 }),
    tasks: [{ spec: { id: '3', kind: 'delegate', coordinator: 'backend' }, delegation: { coordinator: 'backend', usage: usage({ inputTokens: 5000, outputTokens: 300 }) } }],
  };
  const cost = runCost(old);
  assert.deepEqual(cost.total.unpriced, [MODEL_NOT_RECORDED]);
  assert.equal(cost.total.usd, 0);
  assert.match(describeCost(cost.total), /^price unknown \(model not recorded\) · 5\.0k tokens in, 0 % from cache, 300 out$/);
});

test('a call is estimated before it is made from its prompt size and its whole output budget; the limit offered is a round figure', () => {
  const request = { model: 'claude-sonnet-4-6', maxTokens: 8192, system: [{ text: 'x'.repeat(4000) }], tools: [], messages: [] };
  const estimate = estimateCall(request, DEFAULT_PRICES)!;
  assert.ok(estimate.inputTokens >= 1000 && estimate.inputTokens < 1020, `${estimate.inputTokens}`);
  assert.ok(Math.abs(estimate.usd - (estimate.inputTokens * 3 + 8192 * 15) / 1e6) < 1e-12);
  assert.equal(estimateCall({ ...request, model: 'claude-x' }, DEFAULT_PRICES), undefined);

  assert.equal(wouldPassLimit(0.9, 0.1, 1), false, 'reaching the limit exactly is allowed');
  assert.equal(wouldPassLimit(0.9, 0.11, 1), true);
  assert.equal(proposeLimit(0.95, 0.13, 1), 2);
  assert.equal(proposeLimit(0.02, 0.2, 0.05), 0.45);
  assert.equal(proposeLimit(30, 40, 30), 150);
});

test('a cost limit setting is dollars above 0 or empty; anything else stops the run from starting, saying why', () => {
  assert.equal(readCostLimit(undefined, 'taskOrchestrator.maxCostUsd'), undefined);
  assert.equal(readCostLimit(null, 'taskOrchestrator.maxCostUsd'), undefined);
  assert.equal(readCostLimit(2.5, 'taskOrchestrator.maxCostUsd'), 2.5);
  assert.throws(() => readCostLimit(-1, 'taskOrchestrator.maxCostUsd'), /^Error: taskOrchestrator\.maxCostUsd must be an amount of US dollars greater than 0 \(or empty for no limit\), not -1; the run was not started\.$/);
  assert.throws(() => readCostLimit('5', 'taskOrchestrator.maxCostUsd'), /not "5"/);
});

test('a cost from tokens the extension counted itself (VS Code\'s chat models report none) says "estimate" on every surface', () => {
  const turn = (usageEstimated: boolean) => ({ record: { model: 'claude-sonnet-4-6', usage: usage({ inputTokens: 10_000, outputTokens: 1000 }), durationMs: 1000, ...(usageEstimated ? { usageEstimated } : {}) } });
  const run = (estimated: boolean): CostedRun => ({
    mode: 'model', usage: ZERO_USAGE,
    tasks: [{ spec: { id: '5', kind: 'delegate', coordinator: 'backend' }, turns: [turn(estimated)], delegation: { coordinator: 'backend', usage: ZERO_USAGE } }],
  });
  const estimated = run(true);
  assert.equal(runShortCost(estimated), '$0.0450 (estimate) · 0 % cached');
  assert.equal(taskShortCost(estimated, '5'), '$0.0450 (estimate)');
  assert.match(taskCostLine(estimated, '5') ?? '', /^\$0\.0450 \(estimate\) · 10\.0k tokens in/);
  const lines = runCostLines(estimated)!;
  assert.match(lines.total, /^\$0\.0450 \(estimate\) · /);
  assert.match(lines.coordinators[0], /^backend: \$0\.0450 \(estimate\) · /);
  assert.equal(runShortCost(run(false)), '$0.0450 · 0 % cached', 'tokens the API reported are no estimate');
});
