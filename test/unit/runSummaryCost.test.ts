// A run's cost and cached share travel with its summary in the run index, so the Tasks tree shows
// them on every run's row, not only on the run this window drives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runShortCost, shortCostWithCache } from '../../src/core/cost/describe';
import { runCost } from '../../src/core/cost/rollup';
import { copyExample, engineFor, fakeApi, LOCAL_RUN, modelRun, SCENARIOS } from './engineHarness';

test('a model run\'s summary carries its cost in all; a row drawn from it reads as the live run\'s; a local run\'s carries none', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, join(SCENARIOS, 'checkout.yaml'));
  const state = await (await engineFor(root).start('Make the checkout faster', modelRun(api), new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);
  const local = await (await engineFor(root).start('Make the checkout faster', LOCAL_RUN, new AbortController().signal)).done;

  // Another window: it knows the runs from the index only.
  const listed = await engineFor(root).listRuns();
  const summary = listed.find((r) => r.runId === state.runId)!;
  assert.deepEqual(summary.cost, runCost(state).total);
  assert.ok(summary.cost!.usd > 0);
  const row = shortCostWithCache(summary.cost!);
  assert.equal(row, runShortCost(state));
  assert.match(row ?? '', /^\$0\.\d{4} · \d+ % cached$/);
  assert.equal(listed.find((r) => r.runId === local.runId)!.cost, undefined);

  // An index written before summaries carried the cost is summarised again, not shown without it.
  const indexPath = join(root, '.orchestrator', 'runs', 'index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8')) as { runs: { runId: string; cost?: unknown }[] };
  for (const run of index.runs) delete run.cost;
  writeFileSync(indexPath, JSON.stringify(index));
  const again = (await engineFor(root).listRuns()).find((r) => r.runId === state.runId)!;
  assert.deepEqual(again.cost, runCost(state).total);
});
