import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { loadScenario } from '../fake-api/server';
import { textReply, withRepliesFirst } from '../fake-api/scenarioBuilders';
import { copyExample, engineFor, fakeApi, messagesPosts, modelRun, SCENARIOS } from './engineHarness';

const CHECKOUT = loadScenario(join(SCENARIOS, 'checkout.yaml'));

async function runWithSynthesis(t: Parameters<typeof copyExample>[0], injected: Parameters<typeof withRepliesFirst>[1]) {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, withRepliesFirst(CHECKOUT, injected));
  const state = await (await engineFor(root).start('Make the checkout faster', modelRun(api), new AbortController().signal)).done;
  const synthesize = state.tasks.find((task) => task.spec.kind === 'synthesize');
  assert.ok(synthesize);
  return { state, synthesize, calls: messagesPosts(api).filter((r) => r.coordinator === 'synthesis') };
}

test('a refused synthesis fails its task with the model\'s words, typed as a refusal', async (t) => {
  const { state, synthesize, calls } = await runWithSynthesis(t, [{ ...textReply('synthesis', 'I cannot summarise this.'), stopReason: 'refusal' }]);
  assert.equal(synthesize.status, 'failed');
  assert.deepEqual(synthesize.failure, { kind: 'refused', message: 'The synthesis model refused: "I cannot summarise this."' });
  assert.equal(state.synthesis, undefined, 'the refusal is not the answer');
  assert.equal(calls.length, 1);
  assert.equal(synthesize.turns?.length, 1, 'the refused turn is on record');
});

test('a synthesis cut off at the output limit is asked again once with twice the budget; a second cut is kept, marked', async (t) => {
  const once = await runWithSynthesis(t, [{ ...textReply('synthesis', 'Checkout is slow because', { times: 1 }), stopReason: 'max_tokens' }]);
  assert.equal(once.synthesize.status, 'completed');
  assert.deepEqual(once.calls.map((r) => r.body.max_tokens), [8192, 16384]);
  assert.match(once.state.synthesis ?? '', /^Checkout is slow mostly because of how the cart total is computed/);
  assert.equal(once.synthesize.turns?.at(0)?.handling?.note, 'The answer was cut off at the 8192-token output limit; asked again with 16384 tokens.');

  const twice = await runWithSynthesis(t, [{ ...textReply('synthesis', 'Checkout is slow because'), stopReason: 'max_tokens' }]);
  assert.equal(twice.calls.length, 2);
  assert.equal(twice.state.synthesis, 'Checkout is slow because\n\n*(This answer was cut off at the 16384-token output limit.)*');
});
