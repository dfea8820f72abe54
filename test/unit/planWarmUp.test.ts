// In a file of its own: its process starts with nothing of the classifier built, as a window does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { copyExample, engineFor } from './engineHarness';

const REQUEST = 'Nobody can log in right now, all users get 500';

test('a warm-up stopped part-way loses nothing: the next plan finishes the work and plans as a finished warm-up does', async (t) => {
  const root = copyExample(t, 'shop');
  const stop = new AbortController();
  const stopped = engineFor(root).warmUp(stop.signal);
  await nextTurn();
  stop.abort();
  await assert.rejects(stopped, (error: Error) => error.name === 'AbortError', 'a stopped warm-up says it was stopped');

  const afterStopped = await engineFor(root).plan(REQUEST);
  assert.equal(afterStopped.checklist.classification.templateId, 'emergency');
  await engineFor(root).warmUp();
  const afterWarmUp = await engineFor(root).plan(REQUEST);
  assert.equal(JSON.stringify(afterWarmUp.checklist), JSON.stringify(afterStopped.checklist), 'byte-identical checklists');
});

test("a broken workspace template file does not stop a warm-up, and the workspace's own examples still decide the plan after it", async (t) => {
  const root = copyExample(t, 'shop');
  const own = join(root, '.orchestrator', 'templates');
  mkdirSync(own, { recursive: true });
  writeFileSync(join(own, 'broken.yaml'), 'id: [unclosed\n');
  writeFileSync(join(own, 'stocktake.yaml'), [
    'id: stocktake', 'version: 1.0.0', 'class: pattern', 'title: Stocktake', 'precedence: 10',
    'examples:',
    '  - count the shelves against the stock table before the yearly stocktake',
    '  - reconcile the stock table with what is on the shelves for the stocktake',
    '  - get the numbers ready for the annual stocktake',
    'priority: normal', 'delegation:', '  layers: parallel', '  include: [database]',
    'tasks:', '  - analyze_request', '  - delegate', '  - synthesize', '  - respond', '',
  ].join('\n'));
  const engine = engineFor(root);
  await engine.warmUp();
  const { checklist, warnings } = await engine.plan('prepare the stock numbers for the yearly stocktake');
  assert.equal(checklist.classification.templateId, 'stocktake');
  assert.ok(warnings.some((w) => w.includes('broken.yaml')), warnings.join('\n'));
});
