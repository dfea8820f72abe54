import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadScenario, type RecordedRequest } from '../fake-api/server';
import type { Scenario } from '../fake-api/scenario';
import { promptTokens } from '../../src/core/cost/pricing';
import { copyExample, fakeApi, engineFor, messagesPosts, modelRun, SCENARIOS } from './engineHarness';

/**
 * What a run's requests share, read from the bodies the fake API recorded, and what its prompt
 * cache makes of them: the checkout run with its usage left to the cache emulation.
 */

const REQUEST = 'Make the checkout faster';

/** The checkout scenario with its scripted usage removed: the emulated prompt cache answers. */
function checkout(): Scenario {
  const scenario = loadScenario(join(SCENARIOS, 'checkout.yaml'));
  return { ...scenario, replies: scenario.replies.map(({ usage: _usage, ...reply }) => reply) };
}

interface Block { type: string; text?: string; cache_control?: unknown }

/** A block as the cache sees it: a mark moved elsewhere does not change the prefix (the API looks back from each mark). */
const unmarked = ({ cache_control: _mark, ...block }: Block) => block;

/** Tools, system and the first message's blocks before the coordinator's own: the part of the prompt the run's coordinators share. */
function sharedPrefix(request: RecordedRequest): string {
  const first = request.body.messages[0].content as Block[];
  return JSON.stringify({ tools: request.body.tools, system: request.body.system, shared: first.slice(0, -1).map(unmarked) });
}

function marks(request: RecordedRequest): number {
  const blocks: Block[] = [...(request.body.tools ?? []), ...request.body.system, ...request.body.messages.flatMap((m: { content: Block[] }) => m.content)];
  return blocks.filter((b) => b.cache_control !== undefined).length;
}

test('a run\'s coordinators send one byte-identical prefix (tools, system with every brief, the shared prompt) and say who they are after it', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, checkout());
  const state = await (await engineFor(root).start(REQUEST, modelRun(api), new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);

  const calls = messagesPosts(api).filter((r) => r.coordinator !== 'synthesis');
  assert.deepEqual(calls.map((r) => r.coordinator), ['backend', 'backend', 'database', 'infrastructure', 'frontend']);
  const shared = (r: RecordedRequest) => JSON.stringify({ tools: r.body.tools, system: r.body.system, request: unmarked(r.body.messages[0].content[0]) });
  for (const call of calls.slice(1)) assert.ok(shared(call) === shared(calls[0]), `${call.coordinator}'s prefix differs`);
  const system = calls[0].body.system[0].text as string;
  for (const name of ['backend', 'database', 'frontend', 'security', 'infrastructure']) assert.ok(system.includes(`<brief coordinator="${name}">`), `the ${name} brief is shared`);
  for (const call of calls) {
    const first = call.body.messages[0].content as Block[];
    assert.match(first.at(-1)!.text!, new RegExp(`^You are the ${call.coordinator} coordinator \\(task ${call.taskId} of the checklist\\)\\.`), 'who asks comes after the shared blocks');
    assert.ok(marks(call) <= 4, `${call.coordinator} sends ${marks(call)} cache marks`);
  }
  // A coordinator that starts after one more report than the one before it shares that one's prefix, reports included.
  const [, , database, infrastructure, frontend] = calls;
  assert.ok(sharedPrefix(infrastructure).startsWith(sharedPrefix(database).slice(0, -2)), 'the reports database saw lead infrastructure\'s prompt');
  assert.ok(sharedPrefix(frontend).startsWith(sharedPrefix(infrastructure).slice(0, -2)), 'and the ones infrastructure saw lead frontend\'s');
});

test('a coordinator\'s own part (what it alone pays for in full) says who it is and why, and repeats nothing the shared blocks hold', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, checkout());
  const state = await (await engineFor(root).start(REQUEST, modelRun(api), new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);

  const firstCalls = messagesPosts(api).filter((r) => r.coordinator !== 'synthesis' && r.body.messages.length === 1);
  const own = Object.fromEntries(firstCalls.map((r) => [r.coordinator, (r.body.messages[0].content as Block[]).at(-1)!.text!]));
  assert.deepEqual(own, {
    backend: 'You are the backend coordinator (task 5 of the checklist).',
    database: 'You are the database coordinator (task 5a of the checklist).\n\nWhy you are asked:\n'
      + 'The backend coordinator\'s flag DATABASE_INVESTIGATION in its report above, on its finding "Cart total issues one query per item".',
    infrastructure: 'You are the infrastructure coordinator (task 7 of the checklist).',
    frontend: 'You are the frontend coordinator (task 9 of the checklist).',
  });
  // What the flag carries reaches the database coordinator, once: in the backend report it shares with the later coordinators.
  const database = firstCalls.find((r) => r.coordinator === 'database')!;
  const sharedText = (database.body.messages[0].content as Block[]).slice(0, -1).map((b) => b.text).join('');
  for (const said of ['check indexes on cart_items', 'backend/src/cart.js:26', '30 sequential round trips']) {
    assert.equal(sharedText.split(said).length - 1, 1, `"${said}" is in the shared blocks once`);
  }
  // The run's plan is in the shared part, so every coordinator knows who else the run asks.
  for (const call of firstCalls) {
    assert.match((call.body.messages[0].content as Block[])[0].text!, /Coordinators this run plans, in order \(each reads the reports of those before it\): backend \(task 5\), then infrastructure \(task 7\), then frontend \(task 9\)\./);
  }
});

test('later calls read the shared prefix and the earlier conversation from cache; a tool loop\'s next turn reads all of the turn before', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, checkout());
  const state = await (await engineFor(root).start(REQUEST, modelRun(api), new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);
  const turns = state.tasks.filter((x) => x.spec.kind === 'delegate').flatMap((x) => (x.turns ?? []).map((turn) => ({ coordinator: x.spec.coordinator, usage: turn.record.usage })));
  const [backend1, backend2, database, infrastructure, frontend] = turns;
  assert.equal(backend1.usage.cacheReadInputTokens, 0, 'the run\'s first call writes the prefix');
  assert.equal(backend2.usage.cacheReadInputTokens, promptTokens(backend1.usage), 'the second turn reads everything the first one sent');
  assert.ok(database.usage.cacheReadInputTokens >= 0.9 * promptTokens(backend1.usage), `database reads the shared prefix (${JSON.stringify(database.usage)})`);
  assert.ok(infrastructure.usage.cacheReadInputTokens > database.usage.cacheReadInputTokens, 'infrastructure also reads the backend report database wrote');
  assert.ok(frontend.usage.cacheReadInputTokens > infrastructure.usage.cacheReadInputTokens, 'frontend also reads the database report');
  for (const later of [database, infrastructure, frontend]) {
    assert.ok(later.usage.cacheCreationInputTokens + later.usage.inputTokens < 0.1 * promptTokens(later.usage), `${later.coordinator} pays full price only for what is new to it`);
  }
});

test('a delegation resumed mid-conversation sends the same bytes it would have sent: its prefix is read from cache', async (t) => {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, checkout());
  const first = await (await engineFor(root).start(REQUEST, modelRun(api), new AbortController().signal)).done;
  const original = messagesPosts(api).filter((r) => r.coordinator === 'backend');
  assert.equal(original.length, 2);

  // Cut the journal after backend's first turn and its tool result, as if the process died there.
  const journalPath = join(root, '.orchestrator', 'runs', `${first.runId}.jsonl`);
  const lines = readFileSync(journalPath, 'utf8').trim().split('\n');
  const cut = lines.findIndex((l) => [JSON.parse(l)].flat().some((e) => e.type === 'ModelTurnHandled' && e.taskId === '5'));
  writeFileSync(journalPath, lines.slice(0, cut + 1).join('\n') + '\n');
  const before = messagesPosts(api).length;

  const resumed = await (await engineFor(root).resume(first.runId, modelRun(api), new AbortController().signal)).done;
  assert.equal(resumed.status, 'completed', resumed.failure?.message);
  const [again] = messagesPosts(api).slice(before);
  assert.equal(again.coordinator, 'backend');
  assert.equal(JSON.stringify(again.body), JSON.stringify(original[1].body), 'the resumed turn is the same request, byte for byte');
  const usage = resumed.tasks.find((x) => x.spec.id === '5')!.turns!.at(-1)!.record.usage;
  assert.equal(usage.inputTokens + usage.cacheCreationInputTokens, 0, 'all of it is read from the cache the first run wrote');
});
