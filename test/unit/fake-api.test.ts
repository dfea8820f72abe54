import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Anthropic from '@anthropic-ai/sdk';
import { loadScenario, startFakeApi, type FakeApi } from '../fake-api/server';
import { buildScenario, faultReply, reportReply, textReply, toolCallReply } from '../fake-api/scenarioBuilders';
import type { Scenario } from '../fake-api/scenario';

const OPTS = { timeout: 15_000 };
const MODEL = 'claude-sonnet-4-6';

async function withApi(scenario: Scenario, body: (api: FakeApi) => Promise<void>): Promise<void> {
  const api = await startFakeApi({ scenario });
  try {
    await body(api);
  } finally {
    await api.close();
  }
}

function client(api: FakeApi, maxRetries = 0): Anthropic {
  return new Anthropic({ apiKey: 'sk-test', baseURL: api.baseURL, maxRetries, timeout: 5_000 });
}

/** A request as the engine words it: the role in the system prompt, the task id in the first user message. */
const ask = (text: string, coordinator = 'backend') => ({
  model: MODEL,
  max_tokens: 1024,
  system: coordinator === 'synthesis' ? 'You are the synthesis step of a task orchestrator.' : `You are the ${coordinator} coordinator.`,
  messages: [{ role: 'user' as const, content: `${text}\n\nYour task: look (task t1 of the checklist).` }],
});

test('a streamed reply round-trips text, tool_use input and usage with cache fields through the real SDK', OPTS, async () => {
  const scenario = buildScenario([
    toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js', lines: [1, 40] }, {
      id: 'read-cart', preamble: 'Looking at the cart code to see how totals are computed.',
      usage: { input: 1200, output: 300, cacheCreation: 50, cacheRead: 1000 },
    }),
  ]);
  await withApi(scenario, async (api) => {
    const texts: string[] = [];
    const stream = client(api).messages.stream(ask('Make the checkout faster'));
    stream.on('text', (delta) => texts.push(delta));
    const message = await stream.finalMessage();

    assert.equal(message.content[0]?.type, 'text');
    assert.equal(texts.join(''), 'Looking at the cart code to see how totals are computed.');
    assert.ok(texts.length > 1, 'text arrives as several deltas, as from the real API');
    const toolUse = message.content[1];
    assert.equal(toolUse?.type, 'tool_use');
    if (toolUse?.type !== 'tool_use') return;
    assert.equal(toolUse.name, 'read_file');
    assert.deepEqual(toolUse.input, { path: 'backend/src/cart.js', lines: [1, 40] });
    assert.match(toolUse.id, /^toolu_/);
    assert.equal(message.stop_reason, 'tool_use');
    assert.equal(message.usage.input_tokens, 1200);
    assert.equal(message.usage.output_tokens, 300);
    assert.equal(message.usage.cache_creation_input_tokens, 50);
    assert.equal(message.usage.cache_read_input_tokens, 1000);

    assert.equal(api.requests.length, 1);
    const [recorded] = api.requests;
    assert.equal(recorded?.coordinator, 'backend');
    assert.equal(recorded?.taskId, 't1');
    assert.equal(recorded?.matchedReply, 'read-cart');
    assert.equal(recorded?.body.stream, true);
    assert.equal(recorded?.closedByClient, false);
    assert.ok(recorded?.endedAt !== undefined && recorded.endedAt >= recorded.at);
  });
});

test('a non-streamed create returns the whole message, its request id and end_turn', OPTS, async () => {
  await withApi(buildScenario([textReply('synthesis', 'Backend, database and frontend all reported.')]), async (api) => {
    const message = await client(api, 0).messages.create(ask('Summarise', 'synthesis'));
    assert.deepEqual(message.content.map((block) => block.type === 'text' && block.text), ['Backend, database and frontend all reported.']);
    assert.equal(message.stop_reason, 'end_turn');
    assert.match(message._request_id ?? '', /^req_/);
    assert.ok(message.usage.input_tokens > 0, 'input tokens are estimated when the scenario gives none');
  });
});

test('matching follows turn and tool results, so a coordinator reads a file and then reports', OPTS, async () => {
  const scenario = buildScenario([
    toolCallReply('backend', 'read_file', { path: 'a.js' }, { id: 'read', match: { turn: 1 } }),
    reportReply('backend', { summary: 'done', findings: [] }, { id: 'report', match: { turn: 2, hasToolResult: true, lastMessageContains: 'SELECT' } }),
  ]);
  await withApi(scenario, async (api) => {
    const anthropic = client(api);
    const first = await anthropic.messages.stream(ask('Look at a.js')).finalMessage();
    const call = first.content.find((block) => block.type === 'tool_use');
    assert.ok(call && call.type === 'tool_use');
    const second = await anthropic.messages.stream({
      ...ask('Look at a.js'),
      messages: [
        { role: 'user', content: 'Look at a.js' },
        { role: 'assistant', content: first.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: 'db.query("SELECT * FROM items")' }] },
      ],
    }).finalMessage();
    const report = second.content.find((block) => block.type === 'tool_use');
    assert.ok(report && report.type === 'tool_use');
    assert.equal(report.name, 'submit_report');
    assert.deepEqual(report.input, { summary: 'done', findings: [] });
    assert.deepEqual(api.requests.map((r) => r.matchedReply), ['read', 'report']);
  });
});

test('a 429 with retry-after is retried by the SDK and the retry succeeds', OPTS, async () => {
  const scenario = buildScenario([
    faultReply('backend', { kind: 'http', status: 429, retryAfter: 0.05 }, { id: 'limited' }),
    textReply('backend', 'second time lucky', { id: 'ok' }),
  ]);
  await withApi(scenario, async (api) => {
    const message = await client(api, 2).messages.create(ask('hi'));
    assert.equal(message.content[0]?.type === 'text' && message.content[0].text, 'second time lucky');
    assert.deepEqual(api.requests.map((r) => r.matchedReply), ['limited', 'ok']);
    assert.equal(api.requests[1]?.headers['x-stainless-retry-count'], '1');
  });
});

test('a 529 without retries surfaces as OverloadedError with the API message', OPTS, async () => {
  await withApi(buildScenario([faultReply('backend', { kind: 'http', status: 529 }, { times: 5 })]), async (api) => {
    await assert.rejects(client(api, 0).messages.create(ask('hi')), (error: unknown) => {
      assert.ok(error instanceof Anthropic.OverloadedError, `got ${String(error)}`);
      assert.equal(error.status, 529);
      assert.equal(error.type, 'overloaded_error');
      assert.equal(error.apiMessage, 'Overloaded');
      return true;
    });
    assert.equal(api.requests.length, 1);
  });
});

test('a connection dropped mid-stream fails the stream and keeps the partial message', OPTS, async () => {
  const scenario = buildScenario([
    faultReply('backend', { kind: 'drop', afterEvents: 4 }, { respond: [{ text: 'a fairly long partial answer that gets cut' }] }),
  ]);
  await withApi(scenario, async (api) => {
    const stream = client(api).messages.stream(ask('hi'));
    await assert.rejects(stream.finalMessage(), /terminated/);
    const partial = stream.currentMessage?.content[0];
    assert.ok(partial?.type === 'text', 'the text block started before the drop is kept');
    assert.ok(partial.text.length > 0 && 'a fairly long partial answer that gets cut'.startsWith(partial.text));
    assert.notEqual(partial.text, 'a fairly long partial answer that gets cut');
    assert.equal(api.requests[0]?.closedByClient, false, 'the server, not the client, cut the connection');
  });
});

test('an SSE error event mid-stream fails with the overloaded error type', OPTS, async () => {
  const scenario = buildScenario([faultReply('backend', { kind: 'sseError' }, { respond: [{ text: 'partial' }] })]);
  await withApi(scenario, async (api) => {
    await assert.rejects(client(api).messages.stream(ask('hi')).finalMessage(), (error: unknown) => {
      assert.ok(error instanceof Anthropic.APIError);
      assert.equal(error.type, 'overloaded_error');
      return true;
    });
  });
});

test('broken tool input JSON makes the stream fail', OPTS, async () => {
  const scenario = buildScenario([
    { id: 'broken', match: { coordinator: 'backend' }, fault: { kind: 'malformedJson' }, respond: [{ toolUse: { name: 'read_file', input: { path: 'x.js' } } }] },
  ]);
  await withApi(scenario, async (api) => {
    await assert.rejects(client(api).messages.stream(ask('hi')).finalMessage(), /JSON|property name/i);
  });
});

test('a stalled stream is closed by the client abort, and the server records it within 200 ms', OPTS, async () => {
  const scenario = buildScenario([faultReply('backend', { kind: 'stall', afterEvents: 3 }, { respond: [{ text: 'thinking about it' }] })]);
  await withApi(scenario, async (api) => {
    const controller = new AbortController();
    const stream = client(api).messages.stream(ask('hi'), { signal: controller.signal });
    const started = new Promise<void>((resolve) => stream.on('streamEvent', (event) => event.type === 'content_block_start' && resolve()));
    await started;
    const abortedAt = Date.now();
    controller.abort();
    await assert.rejects(stream.finalMessage(), Anthropic.APIUserAbortError);
    const recorded = api.requests[0];
    for (let i = 0; i < 50 && recorded?.endedAt === undefined; i++) await new Promise((r) => setTimeout(r, 10));
    assert.equal(recorded?.closedByClient, true);
    assert.ok(recorded?.endedAt !== undefined && recorded.endedAt - abortedAt < 200, `ended ${(recorded?.endedAt ?? NaN) - abortedAt} ms after abort`);
  });
});

test('three parallel requests are served concurrently', OPTS, async () => {
  const scenario = buildScenario([
    textReply('backend', 'b', { latencyMs: 150 }), textReply('database', 'd', { latencyMs: 150 }), textReply('frontend', 'f', { latencyMs: 150 }),
  ]);
  await withApi(scenario, async (api) => {
    await Promise.all(['backend', 'database', 'frontend'].map((name) => client(api, 0).messages.stream(ask('hi', name)).finalMessage()));
    const latestStart = Math.max(...api.requests.map((r) => r.at));
    const earliestEnd = Math.min(...api.requests.map((r) => r.endedAt ?? Infinity));
    assert.ok(latestStart < earliestEnd, 'every request started before any ended');
  });
});

test('an unmatched request gets a 500 naming the coordinator, task and last message, without retries', OPTS, async () => {
  await withApi(buildScenario([textReply('backend', 'only backend')]), async (api) => {
    await assert.rejects(client(api, 2).messages.create(ask('Review product search', 'security')), (error: unknown) => {
      assert.ok(error instanceof Anthropic.InternalServerError);
      assert.match(error.message, /no scenario reply matches coordinator=security task=t1 turn=1; last user message: Review product search/);
      return true;
    });
    assert.equal(api.requests.length, 1, 'x-should-retry: false stops the SDK from retrying');
    assert.equal(api.requests[0]?.matchedReply, undefined);
  });
});

test('times: 1 lets a fault answer once and the next matching reply answer the retry', OPTS, async () => {
  const scenario = buildScenario([faultReply('backend', { kind: 'reset' }, { id: 'reset' }), textReply('backend', 'after reset', { id: 'ok' })]);
  await withApi(scenario, async (api) => {
    const message = await client(api, 1).messages.create(ask('hi'));
    assert.equal(message.content[0]?.type === 'text' && message.content[0].text, 'after reset');
    assert.deepEqual(api.requests.map((r) => r.matchedReply), ['reset', 'ok']);
  });
});

test('requireKey refuses a wrong key with authentication_error', OPTS, async () => {
  await withApi(buildScenario([textReply(undefined, 'hello')], { requireKey: 'sk-right' }), async (api) => {
    await assert.rejects(client(api).messages.create(ask('hi')), Anthropic.AuthenticationError);
    const right = new Anthropic({ apiKey: 'sk-right', baseURL: api.baseURL, maxRetries: 0 });
    const message = await right.messages.create(ask('hi'));
    assert.equal(message.content[0]?.type === 'text' && message.content[0].text, 'hello');
  });
});

test('count_tokens estimates and unknown endpoints answer 404 in the API error format', OPTS, async () => {
  await withApi(buildScenario([textReply(undefined, 'x')]), async (api) => {
    const counted = await client(api).messages.countTokens({ model: MODEL, messages: [{ role: 'user', content: 'x'.repeat(400) }] });
    assert.ok(counted.input_tokens >= 100 && counted.input_tokens < 150, `got ${counted.input_tokens}`);
    const response = await fetch(`${api.baseURL}/v1/models`);
    assert.equal(response.status, 404);
    assert.deepEqual((await response.json() as { error: { type: string } }).error.type, 'not_found_error');
  });
});

test('setScenario swaps replies for the next request', OPTS, async () => {
  await withApi(buildScenario([textReply(undefined, 'first')]), async (api) => {
    api.setScenario(buildScenario([textReply(undefined, 'second')]));
    const message = await client(api).messages.create(ask('hi'));
    assert.equal(message.content[0]?.type === 'text' && message.content[0].text, 'second');
  });
});

test('an invalid scenario file is refused with the file and the field named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fake-api-'));
  const file = join(dir, 'bad.yaml');
  writeFileSync(file, 'replies:\n  - id: a\n    fault: { kind: http, status: 200 }\n  - id: a\n    respond: [{ text: ok }]\n');
  assert.throws(() => loadScenario(file), (error: Error) => {
    assert.ok(error.message.includes(file), error.message);
    assert.match(error.message, /replies\.0\.fault\.status/);
    assert.match(error.message, /duplicate reply id "a"/);
    return true;
  });
  const notYaml = join(dir, 'broken.yaml');
  writeFileSync(notYaml, 'replies: [\n');
  assert.throws(() => loadScenario(notYaml), new RegExp(`${notYaml.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\s\\S]*not valid YAML`));
});
