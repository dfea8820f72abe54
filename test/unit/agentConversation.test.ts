import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAgentConversation, type AgentConversationInput } from '../../src/core/delegation/agentConversation';
import { CoordinatorFailure } from '../../src/core/run/ports';
import { AnthropicModelClient } from '../../src/core/model/anthropic';
import { ModelError } from '../../src/core/model/port';
import type { z } from 'zod';
import type { coordinatorReportSchema } from '../../src/core/kernel/contract';
import { startFakeApi, type FakeApi, type RecordedRequest } from '../fake-api/server';
import { buildScenario, reportReply, textReply, toolCallReply } from '../fake-api/scenarioBuilders';

type ScenarioReplies = Parameters<typeof buildScenario>[0];

async function fakeApi(t: { after(fn: () => Promise<void>): void }, replies: ScenarioReplies): Promise<FakeApi> {
  const api = await startFakeApi({ scenario: buildScenario(replies) });
  t.after(() => api.close());
  return api;
}

const clientFor = (api: FakeApi): AnthropicModelClient =>
  new AnthropicModelClient({ apiKey: 'sk-ant-test-agent-loop-000000', baseURL: api.baseURL, maxRetries: 0 });

const posts = (api: FakeApi): RecordedRequest[] => api.requests.filter((r) => r.path === '/v1/messages');

const VALID_REPORT: z.input<typeof coordinatorReportSchema> = {
  summary: 'Checkout is slow because the cart loads each item with its own query.',
  findings: [{ title: 'N+1 query in cart', detail: 'loadItems queries once per item', severity: 'high', evidence: [{ file: 'backend/src/cart.js', line: 42 }] }],
  flags: [{ type: 'DATABASE_INVESTIGATION', reason: 'check the index on cart_items.cart_id', priority: 'high' }],
};

function input(overrides: Partial<AgentConversationInput> = {}): AgentConversationInput & { toolCalls: { name: string; input: unknown }[]; progress: string[] } {
  const toolCalls: { name: string; input: unknown }[] = [];
  const progress: string[] = [];
  return {
    coordinator: { name: 'backend', systemPrompt: 'You are the backend coordinator.' },
    contractInstructions: 'Answer by calling submit_report.',
    projectMemory: '# CLAUDE.md\nThe cart lives in backend/src/cart.js.',
    prompt: 'Why is checkout slow?',
    tools: [{ name: 'read_file', description: 'Read a workspace file', inputSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } }],
    executeTool: async (name, toolInput) => {
      toolCalls.push({ name, input: toolInput });
      return { content: 'function loadItems(ids) { return ids.map((id) => db.query(id)); }', isError: false };
    },
    model: 'claude-sonnet-4-6',
    maxTokens: 2048,
    taskId: '4',
    onProgress: (message) => progress.push(message),
    toolCalls,
    progress,
    ...overrides,
  };
}

/** A submit_report call whose severity is not one the contract knows. */
function invalidReportReply(id: string, match: Record<string, unknown>, usage?: { input: number; output: number }): ScenarioReplies[number] {
  const input = { summary: 'x', findings: [{ title: 'N+1', detail: 'd', severity: 'severe' }] };
  return { id, match: { coordinator: 'backend', ...match }, usage, respond: [{ toolUse: { name: 'submit_report', input } }] };
}

function lastUserText(request: RecordedRequest): string {
  const last = request.body.messages.at(-1);
  return JSON.stringify(last.content);
}

test('a tool-use loop reads a file, submits a report, and sums usage over the turns', async (t) => {
  const api = await fakeApi(t, [
    toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }, { match: { turn: 1 }, usage: { input: 100, output: 20, cacheCreation: 800, cacheRead: 0 } }),
    reportReply('backend', VALID_REPORT, { match: { turn: 2, hasToolResult: true }, usage: { input: 150, output: 60, cacheCreation: 0, cacheRead: 800 } }),
  ]);
  const run = input();
  const result = await runAgentConversation(clientFor(api), run, new AbortController().signal);

  assert.equal(result.report.summary, VALID_REPORT.summary);
  assert.equal(result.report.findings[0].severity, 'high');
  assert.deepEqual(result.report.flags.map((flag) => flag.type), ['DATABASE_INVESTIGATION']);
  assert.equal(result.turns, 2);
  assert.deepEqual(result.usage, { inputTokens: 250, outputTokens: 80, cacheCreationInputTokens: 800, cacheReadInputTokens: 800 });
  assert.deepEqual(run.toolCalls, [{ name: 'read_file', input: { path: 'backend/src/cart.js' } }]);
  assert.deepEqual(run.progress, ['backend: read_file backend/src/cart.js']);

  const [first, second] = posts(api);
  assert.equal(first.coordinator, 'backend');
  assert.match(lastUserText(second), /loadItems/, 'the tool result goes back to the model');
  assert.deepEqual(result.transcript.map((message) => message.role), ['user', 'assistant', 'user', 'assistant']);
});

test('the cache-marked prefix (tools, contract, memory) is byte-identical across coordinators and turns', async (t) => {
  const api = await fakeApi(t, [
    toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }, { match: { turn: 1 } }),
    reportReply('backend', VALID_REPORT, { match: { turn: 2 } }),
    reportReply('database', VALID_REPORT),
  ]);
  const client = clientFor(api);
  await runAgentConversation(client, input(), new AbortController().signal);
  await runAgentConversation(client, input({ coordinator: { name: 'database', systemPrompt: 'Look at indexes.' }, prompt: 'Check cart_items', taskId: '5a' }), new AbortController().signal);

  const requests = posts(api);
  assert.deepEqual(requests.map((r) => r.coordinator), ['backend', 'backend', 'database']);
  const [first] = requests;
  assert.deepEqual(first.body.system.map((block: { text: string }) => block.text), [
    'Answer by calling submit_report.\n\n# CLAUDE.md\nThe cart lives in backend/src/cart.js.',
    'You are the backend coordinator.\n\nYou are the backend coordinator.',
  ]);
  assert.deepEqual(first.body.system[0].cache_control, { type: 'ephemeral' });
  assert.equal(first.body.system[1].cache_control, undefined);
  assert.deepEqual(first.body.tools.map((tool: { name: string }) => tool.name), ['read_file', 'submit_report']);
  assert.deepEqual(first.body.tools.at(-1).cache_control, { type: 'ephemeral' });
  assert.ok(first.body.tools.at(-1).input_schema.properties.findings, 'submit_report takes the report schema');
  const prefix = (r: (typeof requests)[number]) => JSON.stringify([r.body.tools, r.body.system[0]]);
  for (const later of requests.slice(1)) assert.equal(prefix(later), prefix(first));
  assert.notEqual(JSON.stringify(requests[2].body.system[1]), JSON.stringify(first.body.system[1]), 'the domain prompt follows the shared prefix');
});

test('without project memory the contract block still ends the cached prefix', async (t) => {
  const api = await fakeApi(t, [reportReply('backend', VALID_REPORT)]);
  await runAgentConversation(clientFor(api), input({ projectMemory: '  ' }), new AbortController().signal);
  const [sent] = posts(api);
  assert.equal(sent.body.system[0].text, 'Answer by calling submit_report.');
  assert.deepEqual(sent.body.system[0].cache_control, { type: 'ephemeral' });
});

test('an invalid report is sent back once with what was wrong, and the corrected one is accepted', async (t) => {
  const api = await fakeApi(t, [
    invalidReportReply('invalid-first', { turn: 1 }),
    reportReply('backend', VALID_REPORT, { match: { turn: 2, lastMessageContains: 'findings[0].severity' } }),
  ]);
  const result = await runAgentConversation(clientFor(api), input(), new AbortController().signal);
  assert.equal(result.report.summary, VALID_REPORT.summary);
  const repair = posts(api)[1];
  assert.match(lastUserText(repair), /not valid/);
  assert.match(lastUserText(repair), /submit_report/);
  assert.equal(repair.body.messages.at(-1).content[0].type, 'tool_result');
  assert.equal(repair.body.messages.at(-1).content[0].is_error, true);
});

test('an invalid report twice fails the coordinator with the reason', async (t) => {
  const api = await fakeApi(t, [invalidReportReply('always-invalid', {}, { input: 10, output: 5 })]);
  await assert.rejects(runAgentConversation(clientFor(api), input(), new AbortController().signal), (error: unknown) => {
    assert.ok(error instanceof CoordinatorFailure);
    assert.match(error.reason, /^backend returned an invalid report twice: findings\[0\]\.severity: /);
    assert.equal(error.usage.inputTokens, 20, 'the usage of both turns is kept');
    return true;
  });
  assert.equal(posts(api).length, 2);
});

test('a free-text answer with FLAG lines becomes a report with flags', async (t) => {
  const text = [
    'The cart loads every item separately; that is why checkout is slow.',
    'FLAG: DATABASE_INVESTIGATION — cart_items has no index on cart_id',
    'FLAG: SECURITY_BREACH: session tokens are logged in plain text',
  ].join('\n');
  const api = await fakeApi(t, [textReply('backend', text)]);
  const result = await runAgentConversation(clientFor(api), input(), new AbortController().signal);
  assert.equal(result.report.summary, 'The cart loads every item separately; that is why checkout is slow.');
  assert.deepEqual(result.report.flags, [
    { type: 'DATABASE_INVESTIGATION', reason: 'cart_items has no index on cart_id', priority: 'normal' },
    { type: 'SECURITY_BREACH', reason: 'session tokens are logged in plain text', priority: 'critical' },
  ]);
});

test('a report written as JSON in a fenced block is accepted', async (t) => {
  const api = await fakeApi(t, [textReply('backend', `Here is my report:\n\`\`\`json\n${JSON.stringify(VALID_REPORT)}\n\`\`\``)]);
  const result = await runAgentConversation(clientFor(api), input(), new AbortController().signal);
  assert.equal(result.report.findings[0].title, 'N+1 query in cart');
});

test('an empty answer is asked for again, then fails if still empty', async (t) => {
  const api = await fakeApi(t, [textReply('backend', '')]);
  await assert.rejects(runAgentConversation(clientFor(api), input(), new AbortController().signal), (error: unknown) => {
    assert.ok(error instanceof CoordinatorFailure);
    assert.match(error.reason, /invalid report twice: .*empty/);
    return true;
  });
  const repair = posts(api)[1];
  assert.match(lastUserText(repair), /call the submit_report tool/i);
  // The real API rejects empty text blocks in the history, so the silent turn is sent back as words.
  assert.ok(repair.body.messages[1].content.every((block: { text?: string }) => block.text !== ''));
});

test('a coordinator that never reports fails after its turn limit', async (t) => {
  const api = await fakeApi(t, [toolCallReply('backend', 'read_file', { path: 'a.js' })]);
  await assert.rejects(runAgentConversation(clientFor(api), input({ maxTurns: 3 }), new AbortController().signal), (error: unknown) => {
    assert.ok(error instanceof CoordinatorFailure);
    assert.match(error.reason, /did not submit a report within 3 turns/);
    return true;
  });
  assert.equal(posts(api).length, 3);
});

test('a failing tool is reported to the model as a tool error, not a crash', async (t) => {
  const api = await fakeApi(t, [
    toolCallReply('backend', 'read_file', { path: 'missing.js' }, { match: { turn: 1 } }),
    reportReply('backend', VALID_REPORT, { match: { turn: 2, lastMessageContains: 'no such file' } }),
  ]);
  const run = input({ executeTool: async () => { throw new Error('no such file: missing.js'); } });
  const result = await runAgentConversation(clientFor(api), run, new AbortController().signal);
  assert.equal(result.turns, 2);
  assert.equal(posts(api)[1].body.messages.at(-1).content[0].is_error, true);
});

test('cancelling during a tool call stops the loop with a cancelled error and sends no further turn', async (t) => {
  const api = await fakeApi(t, [
    toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }, { match: { turn: 1 } }),
    reportReply('backend', VALID_REPORT, { match: { turn: 2 } }),
  ]);
  const controller = new AbortController();
  let toolSawSignal: AbortSignal | undefined;
  const run = input({
    executeTool: (_name, _input, signal) => {
      toolSawSignal = signal;
      controller.abort();
      return Promise.reject(new Error('aborted'));
    },
  });
  await assert.rejects(runAgentConversation(clientFor(api), run, controller.signal), (error: unknown) => {
    assert.ok(error instanceof ModelError);
    assert.equal(error.kind, 'cancelled');
    return true;
  });
  assert.equal(toolSawSignal?.aborted, true);
  assert.equal(posts(api).length, 1);
});

test('model errors propagate for the scheduler to record', async (t) => {
  const api = await fakeApi(t, [{ id: 'boom', match: { coordinator: 'backend' }, fault: { kind: 'http', status: 400, message: 'bad model' } }]);
  await assert.rejects(runAgentConversation(clientFor(api), input(), new AbortController().signal), (error: unknown) => {
    assert.ok(error instanceof ModelError);
    assert.equal(error.kind, 'bad_request');
    return true;
  });
});
