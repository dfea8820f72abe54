import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AnthropicModelClient, type AnthropicModelClientOptions } from '../../src/core/model/anthropic';
import { ModelError, type ModelTurnRequest, type ModelWait } from '../../src/core/model/port';
import { describeModelWait } from '../../src/core/model/wait';
import { startFakeApi, type FakeApi, type RecordedRequest } from '../fake-api/server';
import { buildScenario, faultReply, textReply, toolCallReply } from '../fake-api/scenarioBuilders';

const API_KEY = 'sk-ant-test-0123456789-SECRET-abcdef';

type ScenarioReplies = Parameters<typeof buildScenario>[0];

async function fakeApi(t: { after(fn: () => Promise<void>): void }, replies: ScenarioReplies, requireKey?: string): Promise<FakeApi> {
  const api = await startFakeApi({ scenario: buildScenario(replies, requireKey ? { requireKey } : {}) });
  t.after(() => api.close());
  return api;
}

function clientFor(api: FakeApi, options: Partial<AnthropicModelClientOptions> = {}): AnthropicModelClient {
  return new AnthropicModelClient({ apiKey: API_KEY, baseURL: api.baseURL, maxRetries: 0, ...options });
}

function request(overrides: Partial<ModelTurnRequest> = {}): ModelTurnRequest {
  return {
    model: 'claude-sonnet-4-6',
    maxTokens: 1024,
    system: [{ text: 'You are the backend coordinator.' }, { text: '# Project memory\nCart lives in backend/src/cart.js', cache: true }],
    tools: [
      { name: 'read_file', description: 'Read a file', inputSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } },
      { name: 'search', description: 'Search the workspace', inputSchema: { type: 'object', properties: { query: { type: 'string' } } } },
    ],
    messages: [{ role: 'user', content: [{ type: 'text', text: 'Why is checkout slow?' }] }],
    purpose: { taskId: '4', coordinator: 'backend' },
    ...overrides,
  };
}

async function expectModelError(promise: Promise<unknown>, kind: ModelError['kind']): Promise<ModelError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ModelError, `expected a ModelError, got ${String(error)}`);
    assert.equal(error.kind, kind, `expected kind ${kind}: ${error.message}`);
    return error;
  }
  assert.fail(`expected a ModelError of kind ${kind}, but the turn succeeded`);
}

/** The server learns of a closed connection a moment after the client closes it. */
async function waitForEnd(record: RecordedRequest): Promise<void> {
  for (let i = 0; i < 100 && record.endedAt === undefined; i++) await new Promise((resolve) => setTimeout(resolve, 20));
}

const messagePosts = (api: FakeApi): RecordedRequest[] => api.requests.filter((r) => r.path === '/v1/messages');

test('a turn returns text and tool calls, usage with cache counts, and streams text to the observer', async (t) => {
  const api = await fakeApi(t, [
    { ...toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }, { preamble: 'Let me read the cart.', usage: { input: 120, output: 30, cacheCreation: 900, cacheRead: 0 } }) },
  ]);
  const streamed: string[] = [];
  const result = await clientFor(api).turn(request(), { onText: (delta) => streamed.push(delta) }, new AbortController().signal);

  assert.deepEqual(result.content[0], { type: 'text', text: 'Let me read the cart.' });
  const toolUse = result.content[1];
  assert.equal(toolUse.type, 'tool_use');
  assert.ok(toolUse.type === 'tool_use' && toolUse.name === 'read_file');
  assert.deepEqual(toolUse.type === 'tool_use' && toolUse.input, { path: 'backend/src/cart.js' });
  assert.equal(result.stopReason, 'tool_use');
  assert.deepEqual(result.usage, { inputTokens: 120, outputTokens: 30, cacheCreationInputTokens: 900, cacheReadInputTokens: 0 });
  assert.equal(streamed.join(''), 'Let me read the cart.');
});

test('1-hour cache writes the API reports are kept apart in the usage (they are priced higher); none: the field is absent', async (t) => {
  const api = await fakeApi(t, [
    textReply('backend', 'ok', { usage: { input: 10, output: 5, cacheCreation: 1000, cacheCreation1h: 600 }, times: 1 }),
    textReply('backend', 'ok', { usage: { input: 10, output: 5, cacheCreation: 1000 } }),
  ]);
  const hour = await clientFor(api).turn(request(), undefined, new AbortController().signal);
  assert.deepEqual(hour.usage, { inputTokens: 10, outputTokens: 5, cacheCreationInputTokens: 1000, cacheCreation1hInputTokens: 600, cacheReadInputTokens: 0 });
  const fiveMinutes = await clientFor(api).turn(request(), undefined, new AbortController().signal);
  assert.deepEqual(fiveMinutes.usage, { inputTokens: 10, outputTokens: 5, cacheCreationInputTokens: 1000, cacheReadInputTokens: 0 });
});

test('the request carries the key, cache marks on the last system block and the last message (none on the tools: the system mark covers them), and no header of our own', async (t) => {
  const api = await fakeApi(t, [textReply('backend', 'ok')], API_KEY);
  await clientFor(api).turn(request(), undefined, new AbortController().signal);
  const [sent] = messagePosts(api);
  const ours = Object.keys(sent.headers).filter((name) => name.startsWith('x-') && !name.startsWith('x-stainless-') && name !== 'x-api-key');
  assert.deepEqual(ours, [], 'a production request carries only what the Anthropic API reads');
  assert.equal(sent.coordinator, 'backend', 'the fake API tells who asked from the system prompt');
  assert.equal(sent.body.stream, true);
  assert.deepEqual(sent.body.system.map((block: { cache_control?: unknown }) => block.cache_control), [undefined, { type: 'ephemeral' }]);
  assert.deepEqual(sent.body.tools.map((tool: { cache_control?: unknown }) => tool.cache_control), [undefined, undefined]);
  assert.deepEqual(sent.body.messages.at(-1).content.at(-1).cache_control, { type: 'ephemeral' });
  assert.deepEqual(sent.body.tools[0], {
    name: 'read_file', description: 'Read a file',
    input_schema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] },
  });
});

test('the cached prefix (tools, system) is byte-identical across two calls with the same inputs', async (t) => {
  const api = await fakeApi(t, [textReply('backend', 'ok')]);
  const client = clientFor(api);
  await client.turn(request(), undefined, new AbortController().signal);
  await client.turn(
    request({ messages: [...request().messages, { role: 'assistant', content: [{ type: 'text', text: 'ok' }] }, { role: 'user', content: [{ type: 'text', text: 'more' }] }] }),
    undefined,
    new AbortController().signal,
  );
  const [first, second] = messagePosts(api);
  assert.equal(JSON.stringify(second.body.tools), JSON.stringify(first.body.tools));
  assert.equal(JSON.stringify(second.body.system), JSON.stringify(first.body.system));
});

test('a connection dropped mid-stream is re-issued once and the retry answers', async (t) => {
  const logs: string[] = [];
  const api = await fakeApi(t, [faultReply('backend', { kind: 'drop', afterEvents: 2 }), textReply('backend', 'second time lucky')]);
  const result = await clientFor(api, { logger: (line) => logs.push(line) }).turn(request(), undefined, new AbortController().signal);
  assert.deepEqual(result.content, [{ type: 'text', text: 'second time lucky' }]);
  assert.equal(messagePosts(api).length, 2);
  assert.ok(logs.some((line) => /re-issuing/i.test(line)), `expected a re-issue log line, got ${JSON.stringify(logs)}`);
});

test('tokens of an answer that broke off are counted in the call that answers: the prompt as the API counted it, the output from what arrived', async (t) => {
  const logs: string[] = [];
  const api = await fakeApi(t, [
    // message_start, ping, block start and two of three 200-character deltas arrive, then the connection drops.
    faultReply('backend', { kind: 'drop', afterEvents: 5 }, { respond: [{ text: 'x'.repeat(600) }], usage: { input: 500, output: 150, cacheCreation: 0, cacheRead: 0 } }),
    textReply('backend', 'second time lucky', { usage: { input: 500, output: 20, cacheCreation: 0, cacheRead: 0 } }),
  ]);
  const result = await clientFor(api, { logger: (line) => logs.push(line) }).turn(request(), undefined, new AbortController().signal);
  assert.deepEqual(result.content, [{ type: 'text', text: 'second time lucky' }]);
  assert.equal(result.usage.inputTokens, 1000, 'both prompts are billed');
  assert.ok(result.usage.outputTokens > 20 && result.usage.outputTokens <= 20 + 150, `the cut-off output is estimated from what arrived: ${result.usage.outputTokens}`);
  assert.equal(result.usageEstimated, true, 'the cost says it is an estimate');
  assert.ok(logs.some((line) => /attempt cut off used 500 prompt and \d+ output tokens, counted in this call's usage/.test(line)), JSON.stringify(logs));
});

test('an answer that broke off before it began adds nothing to the usage, and the usage stays exact', async (t) => {
  const api = await fakeApi(t, [
    faultReply('backend', { kind: 'drop', afterEvents: 0 }, { usage: { input: 500, output: 150, cacheCreation: 0, cacheRead: 0 } }),
    textReply('backend', 'second time lucky', { usage: { input: 500, output: 20, cacheCreation: 0, cacheRead: 0 } }),
  ]);
  const result = await clientFor(api).turn(request(), undefined, new AbortController().signal);
  assert.deepEqual(result.usage, { inputTokens: 500, outputTokens: 20, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 });
  assert.equal(result.usageEstimated, undefined);
});

test('a stream that ended after its output count but before message_stop counts that output exactly', async (t) => {
  // Every event up to message_delta arrives; message_stop does not.
  const api = await fakeApi(t, [
    faultReply('backend', { kind: 'truncate', afterEvents: 7 }, { respond: [{ text: 'half' }], usage: { input: 300, output: 7, cacheCreation: 100, cacheRead: 50 } }),
    textReply('backend', 'the whole answer', { usage: { input: 300, output: 9, cacheCreation: 0, cacheRead: 150 } }),
  ]);
  const result = await clientFor(api).turn(request(), undefined, new AbortController().signal);
  assert.deepEqual(result.usage, { inputTokens: 600, outputTokens: 16, cacheCreationInputTokens: 100, cacheReadInputTokens: 200 });
  assert.equal(result.usageEstimated, undefined);
});

test('a connection that keeps dropping fails as "dropped" after the allowed re-issues', async (t) => {
  const api = await fakeApi(t, [faultReply('backend', { kind: 'drop', afterEvents: 2 }, { times: 5 })]);
  await expectModelError(clientFor(api).turn(request(), undefined, new AbortController().signal), 'dropped');
  assert.equal(messagePosts(api).length, 2);
});

test('a stream that ends cleanly before message_stop is re-issued, and the retry answers', async (t) => {
  const api = await fakeApi(t, [faultReply('backend', { kind: 'truncate', afterEvents: 3 }, { respond: [{ text: 'half an ans' }] }), textReply('backend', 'the whole answer')]);
  const result = await clientFor(api).turn(request(), undefined, new AbortController().signal);
  assert.deepEqual(result.content, [{ type: 'text', text: 'the whole answer' }]);
  assert.equal(messagePosts(api).length, 2);
});

test('a tool call whose input is not valid JSON is re-issued, then fails saying so', async (t) => {
  const api = await fakeApi(t, [{ ...toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }), fault: { kind: 'malformedJson' }, times: 5 }]);
  const error = await expectModelError(clientFor(api).turn(request(), undefined, new AbortController().signal), 'dropped');
  assert.match(error.message, /tool call whose input is not valid JSON/);
  assert.equal(messagePosts(api).length, 2);
});

test('tool input sent in pieces arrives whole, after text streamed in order', async (t) => {
  const input = { path: 'backend/src/cart.js', note: 'ü'.repeat(300) };
  const api = await fakeApi(t, [toolCallReply('backend', 'read_file', input, { preamble: 'Reading. '.repeat(20) })]);
  const streamed: string[] = [];
  const result = await clientFor(api).turn(request(), { onText: (delta) => streamed.push(delta) }, new AbortController().signal);
  assert.ok(streamed.length > 1, 'text arrives in more than one delta');
  assert.equal(streamed.join(''), 'Reading. '.repeat(20));
  assert.equal(result.content.length, 2);
  const toolUse = result.content[1];
  assert.ok(toolUse.type === 'tool_use');
  assert.equal(toolUse.name, 'read_file');
  assert.deepEqual(toolUse.input, input);
});

test('an overloaded_error event mid-stream is re-issued, then reported as overloaded', async (t) => {
  const api = await fakeApi(t, [faultReply('backend', { kind: 'sseError', afterEvents: 1, errorType: 'overloaded_error' }, { times: 5, respond: [{ text: 'partial' }] })]);
  await expectModelError(clientFor(api).turn(request(), undefined, new AbortController().signal), 'overloaded');
  assert.equal(messagePosts(api).length, 2);
});

test('a stream that stalls after headers is cut by the idle watchdog, re-issued, then fails as "stalled"', async (t) => {
  const api = await fakeApi(t, [faultReply('backend', { kind: 'stall', afterEvents: 1 }, { times: 5, respond: [{ text: 'thinking…' }] })]);
  const error = await expectModelError(clientFor(api, { idleTimeoutMs: 300 }).turn(request(), undefined, new AbortController().signal), 'stalled');
  // The reason quotes the time really waited, over both attempts, not one attempt's limit.
  const waited = /stalled on 2 attempts: no part of the answer for ([\d.]+) s, then ([\d.]+) s \(([\d.]+) s waited in all\)/.exec(error.message);
  assert.ok(waited, error.message);
  const [first, second, total] = waited.slice(1).map(Number);
  assert.ok(first >= 0.3 && second >= 0.3 && Math.abs(first + second - total) <= 0.1, error.message);
  const posts = messagePosts(api);
  assert.equal(posts.length, 2);
  for (const post of posts) {
    await waitForEnd(post);
    assert.equal(post.closedByClient, true, 'the stalled connection is closed by the client');
  }
});

test('a slow but steady stream, longer in total than the idle limit, is not cut', async (t) => {
  // About 8 events 100 ms apart: 700 ms in all against an idle limit of 500 ms (the gap leaves room
  // for a loaded machine's late timers).
  const api = await fakeApi(t, [textReply('backend', 'steady progress, one piece at a time', { eventDelayMs: 100 })]);
  const started = performance.now();
  const result = await clientFor(api, { idleTimeoutMs: 500 }).turn(request(), undefined, new AbortController().signal);
  assert.ok(performance.now() - started > 500, 'the stream took longer than the idle limit');
  assert.deepEqual(result.content, [{ type: 'text', text: 'steady progress, one piece at a time' }]);
  assert.equal(messagePosts(api).length, 1);
});

test('a stall followed by a healthy reply succeeds on the re-issue', async (t) => {
  const api = await fakeApi(t, [
    faultReply('backend', { kind: 'stall', afterEvents: 1 }, { respond: [{ text: 'thinking…' }] }),
    textReply('backend', 'done'),
  ]);
  const result = await clientFor(api, { idleTimeoutMs: 300 }).turn(request(), undefined, new AbortController().signal);
  assert.deepEqual(result.content, [{ type: 'text', text: 'done' }]);
});

test('aborting during a slow response rejects as cancelled at once and closes the connection', async (t) => {
  const api = await fakeApi(t, [textReply('backend', 'too late', { latencyMs: 10_000 })]);
  const controller = new AbortController();
  const pending = clientFor(api).turn(request(), undefined, controller.signal);
  while (messagePosts(api).length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  const abortedAt = Date.now();
  controller.abort();
  await expectModelError(pending, 'cancelled');
  assert.ok(Date.now() - abortedAt < 200, 'the turn settles as soon as it is aborted');
  const [sent] = messagePosts(api);
  await waitForEnd(sent);
  assert.equal(sent.closedByClient, true);
});

test('an already-aborted signal sends nothing', async (t) => {
  const api = await fakeApi(t, [textReply('backend', 'never')]);
  const controller = new AbortController();
  controller.abort();
  await expectModelError(clientFor(api).turn(request(), undefined, controller.signal), 'cancelled');
  assert.equal(messagePosts(api).length, 0);
});

test('a rejected key is an auth error whose message and logs never contain the key', async (t) => {
  const logs: string[] = [];
  const api = await fakeApi(t, [textReply('backend', 'never')], 'the-right-key-000000');
  const error = await expectModelError(
    clientFor(api, { logger: (line) => logs.push(line), maxRetries: 2 }).turn(request(), undefined, new AbortController().signal),
    'auth',
  );
  assert.equal(error.status, 401);
  assert.match(error.message, /rejected the key \(401\)\. Check the API key\./);
  assert.ok(!error.message.includes(API_KEY));
  assert.ok(!String(error.stack).includes(API_KEY));
  assert.ok(logs.every((line) => !line.includes(API_KEY)), 'no log line contains the key');
  assert.equal(messagePosts(api).length, 1, '401 is not retried');
});

test('429 with retry-after is retried by the SDK and then succeeds, even past the idle limit', async (t) => {
  const api = await fakeApi(t, [faultReply('backend', { kind: 'http', status: 429, retryAfter: 1 }), textReply('backend', 'after the wait')]);
  // The wait the server asked for is longer than the idle limit: sleeping between retries is not a stall.
  const result = await clientFor(api, { maxRetries: 2, idleTimeoutMs: 300 }).turn(request(), undefined, new AbortController().signal);
  assert.deepEqual(result.content, [{ type: 'text', text: 'after the wait' }]);
  assert.equal(messagePosts(api).length, 2);
});

test('429 after retries run out is a rate_limit error naming the wait the server asked for', async (t) => {
  const api = await fakeApi(t, [faultReply('backend', { kind: 'http', status: 429, retryAfter: 7 }, { times: 5 })]);
  const error = await expectModelError(clientFor(api).turn(request(), undefined, new AbortController().signal), 'rate_limit');
  assert.match(error.message, /wait 7 s/);
});

test('HTTP errors map to kinds a host can act on', async (t) => {
  const cases = [
    { status: 529, kind: 'overloaded' },
    { status: 500, kind: 'server' },
    { status: 400, kind: 'bad_request', message: 'max_tokens: too large for this model' },
    { status: 403, kind: 'auth' },
  ] as const;
  for (const item of cases) {
    const api = await fakeApi(t, [faultReply('backend', { kind: 'http', status: item.status, message: 'message' in item ? item.message : undefined, shouldRetry: false })]);
    const error = await expectModelError(clientFor(api).turn(request(), undefined, new AbortController().signal), item.kind);
    assert.equal(error.status, item.status);
    if ('message' in item) assert.ok(error.message.includes(item.message), error.message);
  }
});

test('an unreachable server is a network error', async (t) => {
  const api = await fakeApi(t, [textReply('backend', 'x')]);
  const baseURL = api.baseURL;
  await api.close();
  const client = new AnthropicModelClient({ apiKey: API_KEY, baseURL, maxRetries: 0 });
  await expectModelError(client.turn(request(), undefined, new AbortController().signal), 'network');
});

/** Every wait the client reports, in order, `undefined` marking a wait that ended. */
function waitRecorder(): { waits: (ModelWait | undefined)[]; observer: { onWait(wait: ModelWait | undefined): void } } {
  const waits: (ModelWait | undefined)[] = [];
  return { waits, observer: { onWait: (wait) => waits.push(wait) } };
}

test('a retry-after longer than the wait limit fails at once with the reason, without sleeping', async (t) => {
  const api = await fakeApi(t, [faultReply('backend', { kind: 'http', status: 429, retryAfter: 600 }, { times: 5 }), textReply('backend', 'never')]);
  const { waits, observer } = waitRecorder();
  const error = await expectModelError(clientFor(api, { maxRetries: 2 }).turn(request(), observer, new AbortController().signal), 'rate_limit');
  assert.match(error.message, /asked to wait 600 s before trying again \(rate limited \(429\)\); that is longer than the 60 s Task Orchestrator waits/);
  assert.match(error.message, /maxRetryWaitSeconds/);
  assert.equal(messagePosts(api).length, 1, 'no second request');
  assert.deepEqual(waits, [], 'nothing was waited for');
});

test('a retry-after within the limit is counted down where a user sees it, then retried', async (t) => {
  const api = await fakeApi(t, [faultReply('backend', { kind: 'http', status: 429, retryAfter: 2 }), textReply('backend', 'after the wait')]);
  const { waits, observer } = waitRecorder();
  const result = await clientFor(api, { maxRetries: 2, maxRetryWaitMs: 3000 }).turn(request(), observer, new AbortController().signal);
  assert.deepEqual(result.content, [{ type: 'text', text: 'after the wait' }]);
  assert.equal(messagePosts(api).length, 2);
  const ticks = waits.filter((w): w is ModelWait & { kind: 'retry' } => w?.kind === 'retry');
  assert.equal(describeModelWait(ticks[0]), 'rate limited (429): retrying in 2 s', 'the countdown starts at the wait asked for');
  assert.ok(ticks.every((w, i) => i === 0 || w.remainingMs < ticks[i - 1].remainingMs), 'and only counts down');
  assert.ok(ticks.length <= 2, 'one tick a second');
  assert.equal(waits.at(-1), undefined, 'the wait is reported over before the retry');
});

test('Stop during a retry wait ends the turn at once as cancelled, with no further request', async (t) => {
  const api = await fakeApi(t, [faultReply('backend', { kind: 'http', status: 529, retryAfter: 30 }), textReply('backend', 'never')]);
  const controller = new AbortController();
  const started = Date.now();
  const observer = { onWait: (wait: ModelWait | undefined) => { if (wait) controller.abort(); } };
  await expectModelError(clientFor(api, { maxRetries: 2 }).turn(request(), observer, controller.signal), 'cancelled');
  assert.ok(Date.now() - started < 5000, 'the 30 s wait was not slept through');
  assert.equal(messagePosts(api).length, 1);
});

test('a stall is shown as "no answer for N s" while it lasts', async (t) => {
  const api = await fakeApi(t, [
    faultReply('backend', { kind: 'stall', afterEvents: 1 }, { respond: [{ text: 'thinking…' }] }),
    textReply('backend', 'done'),
  ]);
  const { waits, observer } = waitRecorder();
  const result = await clientFor(api, { idleTimeoutMs: 1200 }).turn(request(), observer, new AbortController().signal);
  assert.deepEqual(result.content, [{ type: 'text', text: 'done' }]);
  const stalls = waits.filter((w): w is ModelWait & { kind: 'stall' } => w?.kind === 'stall');
  assert.ok(stalls.length >= 3, `several updates while quiet: ${JSON.stringify(waits)}`);
  assert.ok(stalls.every((w, i) => i === 0 || w.quietMs > stalls[i - 1].quietMs), 'the quiet time grows');
  assert.match(describeModelWait(stalls[0]), /^no answer for 0\.\d s \(gives up at 1\.2 s\)$/);
  assert.equal(waits.at(-1), undefined, 'the stall is reported over');
});
