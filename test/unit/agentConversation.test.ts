import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAgentConversation, type AgentConversationInput } from '../../src/core/delegation/agentConversation';
import { CoordinatorFailure, type ConversationRecorder } from '../../src/core/run/ports';
import type { ModelTurnRecord, TurnHandling } from '../../src/core/run/events';
import type { TurnView } from '../../src/core/run/state';
import type { ModelWait } from '../../src/core/model/port';
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

/** A recorder that keeps what the conversation journals, and can fold it back into turns for a resume. */
class TestRecorder implements ConversationRecorder {
  readonly progressLines: string[] = [];
  readonly records: ModelTurnRecord[] = [];
  readonly handlings: TurnHandling[] = [];
  readonly waits: (ModelWait | undefined)[] = [];
  constructor(readonly recorded: readonly TurnView[] = []) {}
  progress(message: string): void {
    this.progressLines.push(message);
  }
  turn(turn: ModelTurnRecord): void {
    this.records.push(turn);
  }
  handled(handling: TurnHandling): void {
    this.handlings.push(handling);
  }
  wait(wait: ModelWait | undefined): void {
    this.waits.push(wait);
  }
  async beforeCall(): Promise<() => void> {
    return () => {};
  }
  answerStarted(): void {}
  /** Everything journaled so far (after `earlier`), as the fold would hand it to a resumed conversation. */
  journaled(keepTurns = Number.POSITIVE_INFINITY, keepHandlings = Number.POSITIVE_INFINITY): TurnView[] {
    const all: TurnView[] = [...this.recorded];
    this.records.slice(0, keepTurns).forEach((record) => all.push({ attempt: 1, record }));
    return all.map((turn) => ({ ...turn, handling: turn.handling ?? this.handlings.slice(0, keepHandlings).find((h) => h.turnIndex === turn.record.index) }));
  }
}

function input(overrides: Partial<AgentConversationInput> = {}): AgentConversationInput & { toolCalls: { name: string; input: unknown }[]; progress: string[]; recorder: TestRecorder } {
  const toolCalls: { name: string; input: unknown }[] = [];
  const recorder = overrides.recorder instanceof TestRecorder ? overrides.recorder : new TestRecorder();
  return {
    coordinator: { name: 'backend' },
    contractInstructions: 'Answer by calling submit_report.',
    projectMemory: '# CLAUDE.md\nThe cart lives in backend/src/cart.js.',
    coordinatorBriefs: '<brief coordinator="backend">Read the server code.</brief>\n<brief coordinator="database">Look at indexes.</brief>',
    promptBlocks: ['User request: make checkout faster', '\n\nYou are the backend coordinator (task 4 of the checklist).\n\nWhy is checkout slow?'],
    tools: [{ name: 'read_file', description: 'Read a workspace file', inputSchema: { type: 'object', properties: { path: { type: 'string' } }, required: ['path'] } }],
    executeTool: async (name, toolInput) => {
      toolCalls.push({ name, input: toolInput });
      return { content: 'function loadItems(ids) { return ids.map((id) => db.query(id)); }', isError: false };
    },
    model: 'claude-sonnet-4-6',
    maxTokens: 2048,
    taskId: '4',
    toolCalls,
    progress: recorder.progressLines,
    ...overrides,
    recorder,
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

test('the cache-marked prefix (tools, contract, memory, briefs, the shared prompt) is byte-identical across coordinators and turns', async (t) => {
  const api = await fakeApi(t, [
    toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }, { match: { turn: 1 } }),
    reportReply('backend', VALID_REPORT, { match: { turn: 2 } }),
    reportReply('database', VALID_REPORT),
  ]);
  const client = clientFor(api);
  await runAgentConversation(client, input(), new AbortController().signal);
  await runAgentConversation(client, input({ coordinator: { name: 'database' }, promptBlocks: ['User request: make checkout faster', '\n\nYou are the database coordinator (task 5a of the checklist).\n\nCheck cart_items'], taskId: '5a' }), new AbortController().signal);

  const requests = posts(api);
  assert.deepEqual(requests.map((r) => r.coordinator), ['backend', 'backend', 'database']);
  const [first] = requests;
  assert.deepEqual(first.body.system.map((block: { text: string }) => block.text), [
    'Answer by calling submit_report.\n\n# CLAUDE.md\nThe cart lives in backend/src/cart.js.\n\n'
      + '<brief coordinator="backend">Read the server code.</brief>\n<brief coordinator="database">Look at indexes.</brief>',
  ]);
  assert.deepEqual(first.body.system[0].cache_control, { type: 'ephemeral' });
  assert.deepEqual(first.body.tools.map((tool: { name: string }) => tool.name), ['read_file', 'submit_report']);
  assert.ok(first.body.tools.at(-1).input_schema.properties.findings, 'submit_report takes the report schema');
  // The shared part of the prompt ends a cached prefix; who asks and the task follow it, as the prompt says them.
  assert.deepEqual(first.body.messages[0].content, [
    { type: 'text', text: 'User request: make checkout faster', cache_control: { type: 'ephemeral' } },
    { type: 'text', text: 'You are the backend coordinator (task 4 of the checklist).\n\nWhy is checkout slow?', cache_control: { type: 'ephemeral' } },
  ]);
  const prefix = (r: (typeof requests)[number]) => JSON.stringify([r.body.tools, r.body.system, r.body.messages[0].content[0]]);
  for (const later of requests.slice(1)) assert.equal(prefix(later), prefix(first));
  assert.match(requests[2].body.messages[0].content[1].text, /^You are the database coordinator \(task 5a of the checklist\)\.\n\nCheck cart_items$/, 'the own part is sent as the prompt has it');
});

test('a prompt journaled before its own part said who asks (a conversation cut off then) is sent as it was: that line put before it', async (t) => {
  const api = await fakeApi(t, [reportReply('database', VALID_REPORT)]);
  await runAgentConversation(clientFor(api), input({ coordinator: { name: 'database' }, promptBlocks: ['User request: make checkout faster', '\n\nYour task: Check cart_items (task 5a of the checklist).'], taskId: '5a' }), new AbortController().signal);
  const [sent] = posts(api);
  assert.equal(sent.body.messages[0].content[1].text, 'You are the database coordinator.\n\nYour task: Check cart_items (task 5a of the checklist).');
});

test('without project memory the system prompt is the contract and the briefs, still marked for the cache', async (t) => {
  const api = await fakeApi(t, [reportReply('backend', VALID_REPORT)]);
  await runAgentConversation(clientFor(api), input({ projectMemory: '  ', coordinatorBriefs: 'BRIEFS' }), new AbortController().signal);
  const [sent] = posts(api);
  assert.equal(sent.body.system[0].text, 'Answer by calling submit_report.\n\nBRIEFS');
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

test('an answer in words without a report gets one repair turn, then fails the coordinator with its words', async (t) => {
  const api = await fakeApi(t, [textReply('backend', 'Sure! I looked around and it seems fine.')]);
  await assert.rejects(runAgentConversation(clientFor(api), input(), new AbortController().signal), (error: unknown) => {
    assert.ok(error instanceof CoordinatorFailure);
    assert.equal(error.kind, 'no_report');
    assert.equal(error.reason, 'backend answered in words instead of submitting a report, twice: "Sure! I looked around and it seems fine."');
    return true;
  });
  assert.equal(posts(api).length, 2);
  assert.match(lastUserText(posts(api)[1]), /call the submit_report tool once more/i);
});

test('an answer in words, then a report on the repair turn, is accepted', async (t) => {
  const api = await fakeApi(t, [
    textReply('backend', 'The cart is slow.\nFLAG: DATABASE_INVESTIGATION — cart_items has no index', { match: { turn: 1 } }),
    reportReply('backend', VALID_REPORT, { match: { turn: 2, lastMessageContains: 'not a report' } }),
  ]);
  const run = input();
  const result = await runAgentConversation(clientFor(api), run, new AbortController().signal);
  assert.equal(result.report.summary, VALID_REPORT.summary);
  assert.deepEqual(run.recorder.handlings.map((h) => h.note), ['The answer was text without a report; asked once more for the report.']);
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
    assert.equal(error.reason, 'backend gave an empty answer twice and submitted no report.');
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

test('a refusal fails the coordinator with the model\'s words, whatever else the turn holds', async (t) => {
  const api = await fakeApi(t, [{ ...reportReply('backend', VALID_REPORT, { preamble: "I can't help with that." }), stopReason: 'refusal' }]);
  await assert.rejects(runAgentConversation(clientFor(api), input(), new AbortController().signal), (error: unknown) => {
    assert.ok(error instanceof CoordinatorFailure);
    assert.equal(error.kind, 'refused');
    assert.equal(error.reason, 'backend refused the task: "I can\'t help with that."');
    return true;
  });
  assert.equal(posts(api).length, 1);
});

const CUT_REPORT = { summary: 'Cart total issues one que', findings: [] };

test('a report cut off by max_tokens is asked again once with twice the budget, and the whole one is accepted', async (t) => {
  const api = await fakeApi(t, [
    reportReply('backend', CUT_REPORT, { times: 1, stopReason: 'max_tokens' }),
    reportReply('backend', VALID_REPORT),
  ]);
  const run = input();
  const result = await runAgentConversation(clientFor(api), run, new AbortController().signal);
  assert.equal(result.report.summary, VALID_REPORT.summary);
  const [first, second] = posts(api);
  assert.equal(first.body.max_tokens, 2048);
  assert.equal(second.body.max_tokens, 4096);
  assert.equal(second.body.messages.length, 1, 'the cut-off answer is not part of the conversation sent again');
  assert.deepEqual(run.recorder.records.map((r) => [r.stopReason, r.maxTokens]), [['max_tokens', 2048], ['tool_use', 4096]]);
  assert.equal(run.recorder.handlings[0].note, 'The answer was cut off at the 2048-token output limit in the middle of its report; asked again with 4096 tokens.');
});

test('a report cut off by max_tokens twice fails the coordinator as incomplete', async (t) => {
  const api = await fakeApi(t, [reportReply('backend', CUT_REPORT, { stopReason: 'max_tokens' })]);
  await assert.rejects(runAgentConversation(clientFor(api), input(), new AbortController().signal), (error: unknown) => {
    assert.ok(error instanceof CoordinatorFailure);
    assert.equal(error.kind, 'cut_off');
    assert.equal(error.reason, "backend's answer was cut off at the 4096-token output limit in the middle of its report again, after a retry with a larger budget; the report is incomplete.");
    return true;
  });
  assert.equal(posts(api).length, 2);
});

test('a full context window ends the conversation with a reason, without asking again', async (t) => {
  const api = await fakeApi(t, [{ ...textReply('backend', 'Still reading'), stopReason: 'model_context_window_exceeded' }]);
  await assert.rejects(runAgentConversation(clientFor(api), input(), new AbortController().signal), (error: unknown) => {
    assert.ok(error instanceof CoordinatorFailure);
    assert.equal(error.kind, 'context_full');
    assert.match(error.reason, /outgrew the model's context window at turn 1/);
    return true;
  });
  assert.equal(posts(api).length, 1);
});

test('a paused turn is sent back as it is, and the model carries on to its report', async (t) => {
  const api = await fakeApi(t, [
    { ...textReply('backend', 'Looking at the cart code first.', { match: { turn: 1 } }), stopReason: 'pause_turn' },
    reportReply('backend', VALID_REPORT, { match: { turn: 2 } }),
  ]);
  const result = await runAgentConversation(clientFor(api), input(), new AbortController().signal);
  assert.equal(result.report.summary, VALID_REPORT.summary);
  const second = posts(api)[1];
  assert.deepEqual(second.body.messages.map((m: { role: string }) => m.role), ['user', 'assistant'], 'the paused answer is the last message');
});

test('every turn is journaled with its content, stop reason, usage, model and duration; tool results are cut to a budget', async (t) => {
  const api = await fakeApi(t, [
    { ...toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }, { match: { turn: 1 }, preamble: 'Reading the cart.', usage: { input: 100, output: 20, cacheCreation: 800, cacheRead: 5 } }), model: 'claude-haiku-4-5' },
    reportReply('backend', VALID_REPORT, { match: { turn: 2 } }),
  ]);
  const big = 'x'.repeat(20_000);
  const run = input({ executeTool: async () => ({ content: big, isError: false, note: 'read 1 file' }) });
  await runAgentConversation(clientFor(api), run, new AbortController().signal);

  const [first, second] = run.recorder.records;
  assert.equal(first.index, 1);
  assert.equal(first.model, 'claude-haiku-4-5', 'the model the API says answered');
  assert.equal(first.stopReason, 'tool_use');
  assert.deepEqual(first.usage, { inputTokens: 100, outputTokens: 20, cacheCreationInputTokens: 800, cacheReadInputTokens: 5 });
  assert.ok(first.durationMs >= 0);
  assert.deepEqual(first.content[0], { type: 'text', text: 'Reading the cart.' });
  assert.equal(second.stopReason, 'tool_use');
  const [handling] = run.recorder.handlings;
  assert.equal(handling.turnIndex, 1);
  const [result] = handling.toolResults;
  assert.equal(result.name, 'read_file');
  assert.equal(result.content.length, 8000);
  assert.equal(result.omittedChars, 12_000, 'what the journal left out is said');
  assert.equal(result.note, 'read 1 file');
  assert.equal(posts(api)[1].body.messages.at(-1).content[0].content, big, 'the model got the whole result');
});

test('a resumed conversation asks only the turns that did not reach the journal', async (t) => {
  const replies = [
    toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }, { match: { turn: 1 } }),
    toolCallReply('backend', 'read_file', { path: 'backend/src/db.js' }, { match: { turn: 2 } }),
    reportReply('backend', VALID_REPORT, { match: { turn: 3 } }),
  ];
  const api = await fakeApi(t, replies);
  const whole = input();
  await runAgentConversation(clientFor(api), whole, new AbortController().signal);
  assert.equal(posts(api).length, 3);

  const cases = [
    { cut: 'after turn 1, before its tool results', turns: 1, handlings: 0, asked: 2, toolsRun: 2 },
    { cut: 'after the tool results of turn 1', turns: 1, handlings: 1, asked: 2, toolsRun: 1 },
    { cut: 'after turn 2, before its tool results', turns: 2, handlings: 1, asked: 1, toolsRun: 1 },
    { cut: 'after the report turn, before the delegation completed', turns: 3, handlings: 2, asked: 0, toolsRun: 0 },
  ];
  for (const c of cases) {
    const before = posts(api).length;
    const resumed = input({ recorder: new TestRecorder(whole.recorder.journaled(c.turns, c.handlings)) });
    const result = await runAgentConversation(clientFor(api), resumed, new AbortController().signal);
    assert.equal(result.report.summary, VALID_REPORT.summary, c.cut);
    assert.equal(posts(api).length - before, c.asked, `${c.cut}: model requests`);
    assert.equal(resumed.toolCalls.length, c.toolsRun, `${c.cut}: tool calls run again`);
    assert.equal(resumed.recorder.records.length, c.asked, `${c.cut}: only new turns are journaled`);
    assert.deepEqual(resumed.recorder.handlings.map((h) => h.turnIndex), [1, 2].slice(c.handlings), `${c.cut}: only new handlings are journaled`);
    assert.deepEqual(result.usage, whole.recorder.records.reduce((u, r) => ({
      inputTokens: u.inputTokens + r.usage.inputTokens, outputTokens: u.outputTokens + r.usage.outputTokens,
      cacheCreationInputTokens: u.cacheCreationInputTokens + r.usage.cacheCreationInputTokens, cacheReadInputTokens: u.cacheReadInputTokens + r.usage.cacheReadInputTokens,
    }), { inputTokens: 0, outputTokens: 0, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 }), `${c.cut}: usage covers the replayed turns`);
    if (c.asked > 0) {
      const next = posts(api)[before];
      assert.deepEqual(next.body.messages, posts(api)[3 - c.asked].body.messages, `${c.cut}: the conversation sent is the one the model saw before`);
    }
  }
});

test('a resumed conversation runs again a tool whose result the journal holds only in part', async (t) => {
  const api = await fakeApi(t, [
    toolCallReply('backend', 'read_file', { path: 'backend/src/cart.js' }, { match: { turn: 1 } }),
    reportReply('backend', VALID_REPORT, { match: { turn: 2 } }),
  ]);
  const big = 'y'.repeat(9000);
  const whole = input({ executeTool: async () => ({ content: big, isError: false }) });
  await runAgentConversation(clientFor(api), whole, new AbortController().signal);
  const resumed = input({ recorder: new TestRecorder(whole.recorder.journaled(1, 1)), executeTool: async (name, toolInput) => {
    resumed.toolCalls.push({ name, input: toolInput });
    return { content: big, isError: false };
  } });
  await runAgentConversation(clientFor(api), resumed, new AbortController().signal);
  assert.equal(resumed.toolCalls.length, 1);
  assert.equal(posts(api)[2].body.messages.at(-1).content[0].content, big, 'the model gets the whole result again');
});

test('a secret the model writes is replaced before the journal or the next turn keeps it', async (t) => {
  const token = 'ghp_ztQr5y77cZ9Zqs3GwctHhAXoRNMkqB6BWl9e';
  const api = await fakeApi(t, [
    toolCallReply('backend', 'search_text', { query: `token ${token}` }, { match: { turn: 1 }, preamble: `The config holds ${token}.` }),
    reportReply('backend', VALID_REPORT, { match: { turn: 2 } }),
  ]);
  const run = input();
  await runAgentConversation(clientFor(api), run, new AbortController().signal);
  const recorded = JSON.stringify(run.recorder.records[0].content);
  assert.ok(!recorded.includes(token), recorded);
  assert.match(recorded, /The config holds \[redacted: GitHub token\]\./);
  assert.match(recorded, /"query":"token \[redacted: GitHub token\]"/);
  assert.ok(!JSON.stringify(posts(api)[1].body.messages).includes(token), 'nor does the conversation sent back');
});
