import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { describeTurn, renderTranscript } from '../../src/core/audit/transcript';
import { renderRunAudit } from '../../src/core/audit/runAudit';
import type { RunEvent } from '../../src/core/run/events';
import { foldEvents, turnsOf, type TaskView } from '../../src/core/run/state';
import { ZERO_USAGE } from '../../src/core/model/port';
import { renderTaskDetails } from '../../src/vscode/tree/taskDetails';
import { checkoutEvents } from './vscode/fixtures';
import { engineFor, fakeApi, modelRun } from './engineHarness';
import { copyHostile, HOSTILE_REQUEST, HOSTILE_SCENARIO, leakedSecrets } from './hostileFixture';

/** What a hostile model might write to break out of a transcript into live Markdown or HTML. */
const HOSTILE = [
  '</details><script>alert(1)</script>',
  '````',
  '[run this](command:workbench.action.terminal.sendSequence?%7B%22text%22%3A%22echo%20pwned%22%7D)',
  '<img src=x onerror=alert(1)>',
].join('\n');

const at = '2026-11-24T10:00:03.000Z';

function withConversation(): RunEvent[] {
  const events = checkoutEvents();
  const started = events.findIndex((e) => e.type === 'DelegationStarted' && e.taskId === '2');
  const turns: RunEvent[] = [
    {
      type: 'ModelTurnRecorded', at, taskId: '2', coordinator: 'backend',
      turn: {
        index: 1, model: 'claude-sonnet-4-6', stopReason: 'tool_use', durationMs: 1500, maxTokens: 8192,
        usage: { inputTokens: 2400, outputTokens: 60, cacheCreationInputTokens: 1800, cacheReadInputTokens: 0 },
        content: [{ type: 'text', text: HOSTILE }, { type: 'tool_use', id: 'toolu_1', name: 'read_file', input: { path: 'backend/src/cart.js' } }],
      },
    },
    {
      type: 'ModelTurnHandled', at, taskId: '2', coordinator: 'backend',
      handling: {
        turnIndex: 1,
        toolResults: [{ toolUseId: 'toolu_1', name: 'read_file', isError: true, content: 'refused: the file holds a private key', note: 'refused: private key', omittedChars: 120 }],
      },
    },
    {
      type: 'ModelTurnRecorded', at, taskId: '2', coordinator: 'backend',
      turn: {
        index: 2, model: 'claude-haiku-4-5', stopReason: 'tool_use', durationMs: 900, maxTokens: 8192, usage: ZERO_USAGE,
        content: [{ type: 'tool_use', id: 'toolu_2', name: 'submit_report', input: { summary: 'ok' } }],
      },
    },
  ];
  return [...events.slice(0, started + 1), ...turns, ...events.slice(started + 1)];
}

function backendTask(): TaskView {
  const state = foldEvents(withConversation());
  const task = state?.tasks.find((t) => t.spec.id === '2');
  assert.ok(task);
  return task;
}

test('the fold keeps each turn with what the conversation did with it', () => {
  const task = backendTask();
  assert.deepEqual(task.turns?.map((t) => [t.attempt, t.record.index, t.record.model, t.handling?.toolResults.length]), [
    [1, 1, 'claude-sonnet-4-6', 1],
    [1, 2, 'claude-haiku-4-5', undefined],
  ]);
});

test('a transcript shows each turn: words, tool calls with input, results with what was refused or cut, and the figures', () => {
  const text = renderTranscript(turnsOf(backendTask())).join('\n');
  assert.match(text, /#### Turn 1 · tool_use · claude-sonnet-4-6 · 1\.5 s · 2400 in, 60 out, 1800 cache write, 0 cache read/);
  assert.match(text, /Called `read_file`:\n\n```json\n\{\n {2}"path": "backend\/src\/cart\.js"\n\}\n```/);
  assert.match(text, /Result of `read_file` \(error\) — refused: private key:/);
  assert.match(text, /\*\(120 more characters went to the model but not into the journal\.\)\*/);
  assert.match(text, /Turn 2 · tool_use · claude-haiku-4-5/);
});

test('model text in a transcript stays text: no HTML, no link, no breaking out of its fence, in the audit or task details', () => {
  const state = foldEvents(withConversation());
  assert.ok(state);
  // A renderer that allows HTML, as a Markdown viewer might: still nothing of the model's may become markup.
  const md = new MarkdownIt({ html: true, linkify: true });
  for (const [name, markdown] of [['audit', renderRunAudit(state)], ['task details', renderTaskDetails(state, '2')]] as const) {
    const html = md.render(markdown);
    assert.ok(!/<script/i.test(html), `${name}: no script element`);
    assert.ok(!/<img/i.test(html), `${name}: no image element`);
    assert.ok(!/href="command:/i.test(html), `${name}: no command link`);
    assert.ok(html.includes('&lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt;'), `${name}: the words are shown as text`);
  }
});

test('the audit folds each turn away under its summary, and counts the turns', () => {
  const state = foldEvents(withConversation());
  assert.ok(state);
  const audit = renderRunAudit(state);
  assert.match(audit, /Conversation \(2 model turns\):\n\n<details>\n<summary>Turn 1 · tool_use · claude-sonnet-4-6 · 1\.5 s · 2400 in, 60 out, 1800 cache write, 0 cache read<\/summary>\n\n/);
  assert.equal(audit.match(/^<details>$/gm)?.length, 2);
  assert.equal(audit.match(/^<\/details>$/gm)?.length, 2, 'only the audit\'s own blocks close');
});

test('a turn\'s summary keeps only identifier characters of what the API said (stop reason, model id)', () => {
  const summary = describeTurn({
    index: 3, model: '[x](command:evil)<b>', stopReason: 'end_turn', durationMs: 20, maxTokens: 1, content: [], usage: ZERO_USAGE,
  });
  assert.equal(summary, 'Turn 3 · end_turn · ?x??command:evil??b? · 0.0 s · 0 in, 0 out, 0 cache write, 0 cache read');
});

test('the hostile run\'s transcript records each refusal and redaction with the tool result, and no secret', async (t) => {
  const root = copyHostile(t);
  const api = await fakeApi(t, HOSTILE_SCENARIO);
  const state = await (await engineFor(root).start(HOSTILE_REQUEST, modelRun(api), new AbortController().signal)).done;
  assert.equal(state.status, 'completed', state.failure?.message);
  const security = state.tasks.find((task) => task.delegation?.coordinator === 'security');
  assert.ok(security?.turns && security.turns.length > 1);
  const results = turnsOf(security).flatMap((turn) => turn.handling?.toolResults ?? []);
  assert.ok(results.some((r) => r.isError && r.note === 'refused: the file holds a private key'), JSON.stringify(results.map((r) => r.note)));
  assert.ok(results.some((r) => r.note === '2 secrets (AWS access key, Stripe live key) redacted'));
  const text = renderTranscript(turnsOf(security)).join('\n');
  assert.match(text, /Result of `read_file` \(error\) — refused: the file holds a private key:/);
  assert.deepEqual(leakedSecrets(text), []);
  assert.deepEqual(leakedSecrets(renderRunAudit(state)), []);
});
