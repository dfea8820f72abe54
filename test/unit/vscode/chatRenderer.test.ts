import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChatRunRenderer, type ChatSink } from '../../../src/vscode/chat/runRenderer';
import { isOrchestratorChatMetadata, lastRunIdIn, parseCommand } from '../../../src/vscode/chat/metadata';
import type { RunEvent } from '../../../src/core/run/events';
import { checkoutEvents, checkoutState } from './fixtures';
import { ZERO_USAGE } from '../../../src/core/model/port';

/** The chat as a list of parts, in order, the way VS Code receives them. */
function recordingSink(linkable = new Set(['backend/src/checkout.js'])) {
  const parts: { kind: 'progress' | 'markdown'; text: string }[] = [];
  const buttons: { command: string; title: string; args: readonly unknown[] }[] = [];
  const sink: ChatSink = {
    markdown: (text) => parts.push({ kind: 'markdown', text }),
    progress: (text) => parts.push({ kind: 'progress', text }),
    hrefFor: (file, line) => (linkable.has(file) ? `file:///ws/${file}#L${line}` : undefined),
    button: (command, title, args) => buttons.push({ command, title, args }),
  };
  return { parts, sink, buttons };
}

/**
 * What the user sees: VS Code hides a progress part once anything else follows it, so the visible
 * parts are every Markdown part and the progress parts with nothing but progress after them.
 */
function visible(parts: readonly { kind: string; text: string }[]): string[] {
  return parts.filter((p, i) => p.kind === 'markdown' || parts.slice(i + 1).every((q) => q.kind === 'progress')).map((p) => p.text).filter((t) => t !== '');
}

const ended = (events: RunEvent[]): RunEvent[] => [
  ...events,
  { type: 'FlagProcessed', at: '2026-11-24T10:00:07.000Z', flagId: 'f1', addedTaskIds: ['2a'], pausedTaskIds: [], note: 'DATABASE_INVESTIGATION: database follows up on backend\'s finding' },
  { type: 'TaskSkipped', at: '2026-11-24T10:00:08.000Z', taskId: '2a', reason: 'covered' },
  {
    type: 'DelegationCompleted', at: '2026-11-24T10:00:08.000Z', taskId: '3', coordinator: 'database', durationMs: 900, usage: checkoutState().usage,
    report: { summary: 'The loop queries orders.', findings: [{ title: 'Query per cart line in checkout', detail: 'same loop', severity: 'medium', evidence: [{ file: 'backend/src/checkout.js', line: 42 }] }], flags: [], memoryNotes: [] },
  },
  { type: 'TaskCompleted', at: '2026-11-24T10:00:08.000Z', taskId: '3', evidence: 'report' },
  { type: 'TaskStarted', at: '2026-11-24T10:00:08.000Z', taskId: '4' },
  { type: 'SynthesisCompleted', at: '2026-11-24T10:00:09.000Z', usage: checkoutState().usage, text: 'Fix the loop at backend/src/checkout.js:42 first (see `backend/src/checkout.js:42`); `secret/outside.js:1` is not linked.' },
  { type: 'TaskCompleted', at: '2026-11-24T10:00:09.000Z', taskId: '4', evidence: 'answer' },
  { type: 'RunCompleted', at: '2026-11-24T10:00:09.000Z' },
];

test('while the run goes, exactly one checklist is visible, and it changes in place', () => {
  const events = checkoutEvents();
  const { parts, sink } = recordingSink();
  const renderer = new ChatRunRenderer(sink);
  for (let n = 2; n <= events.length; n++) {
    renderer.update(checkoutState(events.slice(0, n)));
    const checklists = visible(parts).filter((t) => t.includes('**Checklist**'));
    assert.equal(checklists.length, 1, `after ${n} events: ${JSON.stringify(visible(parts))}`);
  }
  const last = visible(parts).at(-1)!;
  assert.match(last, /\*\*Checklist\*\* — running, 2\/5 tasks ended/);
  assert.match(last, /- \[x\] 1\\\. Analyze the request/);
  assert.match(last, /- \[ \] 3\\\. Delegate to database — in progress/);
  assert.equal(parts.at(-1)?.kind, 'progress', 'the live checklist is the last part, so it stays visible');
});

test('each coordinator and flag gets one short line as it happens; nothing is said twice', () => {
  const events = ended(checkoutEvents());
  const { parts, sink } = recordingSink();
  const renderer = new ChatRunRenderer(sink);
  for (let n = 2; n <= events.length; n++) renderer.update(checkoutState(events.slice(0, n)));
  const lines = parts.filter((p) => p.kind === 'markdown').map((p) => p.text).join('');
  assert.equal(lines.match(/✓ \*\*backend\*\* \(task 2\): 1 finding, evidence 1 verified \/ 0 unverified — Checkout runs one query per cart line\./g)?.length, 1);
  assert.equal(lines.match(/⚑ \*\*DATABASE_INVESTIGATION\*\* from backend: database follows up on backend's finding \(added 2a\)/g)?.length, 1);
  assert.equal(lines.match(/✓ \*\*database\*\* \(task 3\)/g)?.length, 1);
});

test('at the end, the answer with linked locations and the ticked checklist replace the live checklist', () => {
  const state = checkoutState(ended(checkoutEvents()));
  const { parts, sink } = recordingSink();
  const renderer = new ChatRunRenderer(sink);
  renderer.update(checkoutState(checkoutEvents()));
  renderer.finish(state);
  const shown = visible(parts);
  assert.equal(shown.filter((t) => t.includes('**Checklist**')).length, 1, 'no stale copy of the checklist');
  const final = parts.at(-1)!;
  assert.equal(final.kind, 'markdown');
  assert.ok(final.text.indexOf('Fix the loop') < final.text.indexOf('**Checklist** — completed'), 'the answer comes first, then the checklist');
  assert.match(final.text, /Fix the loop at \[`backend\/src\/checkout\.js:42`\]\(file:\/\/\/ws\/backend\/src\/checkout\.js#L42\) first \(see \[`backend\/src\/checkout\.js:42`\]\(file:\/\/\/ws\/backend\/src\/checkout\.js#L42\)\)/);
  assert.match(final.text, /`secret\/outside\.js:1` is not linked/, 'a location the host cannot verify stays text');
  assert.match(final.text, /- \[x\] 4\\\. Synthesize/);
  assert.doesNotMatch(final.text, /- \[ \]/, 'every box of the final checklist is in its final state');
});

test('the answer is sanitized and links only locations that are verified evidence and that the host can open', () => {
  const events = ended(checkoutEvents());
  const synthesis = 'See backend/src/checkout.js:42, backend/src/checkout.js:7 and [run me](command:workbench.action.terminal.new), then [docs](https://example.com/a).';
  const state = checkoutState([...events.slice(0, -3), { type: 'SynthesisCompleted', at: '2026-11-24T10:00:09.000Z', usage: checkoutState().usage, text: synthesis }, ...events.slice(-2)]);
  const { parts, sink } = recordingSink();
  new ChatRunRenderer(sink).finish(state);
  const final = parts.at(-1)!.text;
  assert.match(final, /\[`backend\/src\/checkout\.js:42`\]\(file:\/\/\/ws\/backend\/src\/checkout\.js#L42\)/, 'verified and openable: a link');
  assert.doesNotMatch(final, /checkout\.js#L7/, 'a file the host could open, at a line no report cited and verified: text');
  assert.doesNotMatch(final, /command:/);
  assert.match(final, /run me \(command link removed\)/);
  assert.match(final, /\[docs\]\(<https:\/\/example\.com\/a>\)/);
});

test('a flag kept for review says so and where to act on it', () => {
  const { parts, sink } = recordingSink();
  const events = checkoutEvents();
  new ChatRunRenderer(sink).update(checkoutState([...events, { type: 'FlagKeptForReview', at: '2026-11-24T10:00:09.000Z', flagId: 'f1', note: 'No rule for flag type X; kept for review' }]));
  assert.match(parts.map((p) => p.text).join(''), /DATABASE_INVESTIGATION\*\* from backend kept for your review: No rule for flag type X; kept for review\. Dismiss it or delegate it to a coordinator from the Tasks view/);
});

test('the last run id is read back from chat history metadata, newest reply first', () => {
  assert.equal(lastRunIdIn([{ command: 'run', runId: 'a' }, { command: 'plan' }, { command: 'status', runId: 'b' }, { foo: 1 }]), 'b');
  assert.equal(lastRunIdIn([{ command: 'bogus', runId: 'x' }]), undefined);
  assert.equal(isOrchestratorChatMetadata({ command: 'resume', runId: 7 }), false);
  assert.equal(isOrchestratorChatMetadata({ command: 'plan', plan: { request: 'x', checklist: {} } }), true);
  assert.equal(isOrchestratorChatMetadata({ command: 'plan', plan: 'x' }), false);
  assert.equal(parseCommand(undefined), 'run');
  assert.equal(parseCommand('plan'), 'plan');
});

test('the chat says what the run left out of the workspace and of project memory, once, under the checklist', () => {
  const state = checkoutState();
  const checklist = {
    ...state.checklist!,
    workspace: { files: 25_031, analyzed: 20_000, limit: 20_000, leftOut: [{ kind: 'generated' as const, count: 5_031, folders: [{ folder: 'api/models', count: 5_031 }] }], walkStopped: false, walkLimit: 1_000_000 },
    memory: { text: 'x', budgetTokens: 8000, tokens: 7900, totalTokens: 520_000, sections: 10_004, includedSections: 54, notes: [] },
  };
  const { parts, sink } = recordingSink();
  const renderer = new ChatRunRenderer(sink);
  renderer.update({ ...state, checklist });
  renderer.update({ ...state, checklist });
  const text = parts.filter((part) => part.kind === 'markdown').map((part) => part.text).join('');
  assert.equal(text.match(/Left out: 5,031 generated files \(api\/models 5,031\)/g)?.length, 1);
  assert.match(text, /Project memory: 54 of 10,004 sections .* 9,950 sections not included/);
});

test('at the cost limit the chat says why it waits, once, with Continue and Stop buttons; the footer says what the run cost', () => {
  const { parts, sink, buttons } = recordingSink();
  const markdown = () => parts.filter((part) => part.kind === 'markdown').map((part) => part.text);
  const renderer = new ChatRunRenderer(sink);
  const at = '2026-11-24T10:00:08.000Z';
  const pause = {
    taskId: '3', coordinator: 'database', spentUsd: 0.9, limitUsd: 1, proposedLimitUsd: 2,
    estimate: { model: 'claude-sonnet-4-6', inputTokens: 3000, maxTokens: 8192, usd: 0.13 },
  };
  const turn = {
    type: 'ModelTurnRecorded' as const, at, taskId: '3', coordinator: 'database',
    turn: { index: 1, model: 'claude-sonnet-4-6', stopReason: 'tool_use' as const, usage: { ...ZERO_USAGE, inputTokens: 300_000 }, durationMs: 1000, maxTokens: 8192, content: [] },
  };
  const paused = checkoutState([...checkoutEvents(), turn, { type: 'CostLimitReached', at, pause }]);
  renderer.update(paused);
  renderer.update(paused);
  assert.equal(markdown().filter((m) => m.includes('⏸')).length, 1);
  assert.match(markdown().join(''), /> ⏸ Paused at the cost limit before a model call of database \(task 3\): the run has cost \$0\.90 of its \$1\.00 limit/);
  assert.deepEqual(buttons, [
    { command: 'taskOrchestrator.continuePastCostLimit', title: 'Continue (raise the limit to $2.00)', args: ['run-1'] },
    { command: 'taskOrchestrator.stopAtCostLimit', title: 'Stop', args: ['run-1'] },
  ]);
  renderer.finish(checkoutState([...checkoutEvents(), turn, { type: 'CostLimitReached', at, pause }, { type: 'CostLimitDecided', at, decision: 'stop', limitUsd: 1, by: 'user' }]));
  assert.match(markdown().at(-1) ?? '', /\n\*Cost: \$0\.90 · 300\.0k tokens in, 0 % from cache, 0 out · 1 call, 1\.0 s\*  \n\*database: \$0\.90 · /);
});

test('a flag raised while its batch runs is said at once, with what it paused, and again when it is decided', () => {
  const events = checkoutEvents();
  const raised = events.findIndex((e) => e.type === 'FlagRaised');
  assert.ok(raised >= 0, 'the fixture raises a flag');
  const waiting: RunEvent = {
    type: 'FlagWaiting', at: '2026-11-24T10:00:06.500Z', flagId: 'f1', until: ['2'], pausedTaskIds: ['3'],
    note: 'DATABASE_INVESTIGATION: decided once task 2 of its batch has ended; priority CRITICAL, 1 queued task(s) paused until it is handled',
  };
  const { parts, sink } = recordingSink();
  const renderer = new ChatRunRenderer(sink);
  const withWait = [...events.slice(0, raised + 1), waiting];
  renderer.update(checkoutState(withWait));
  renderer.update(checkoutState(withWait));
  const said = () => visible(parts).filter((t) => t.includes('⚑'));
  assert.equal(said().length, 1, JSON.stringify(visible(parts)));
  assert.match(said()[0], /⚑ \*\*DATABASE_INVESTIGATION\*\* from backend: decided once task 2 of its batch has ended; priority CRITICAL, 1 queued task\(s\) paused/);

  renderer.update(checkoutState(ended([...withWait, ...events.slice(raised + 1)])));
  assert.equal(said().length, 2);
  assert.match(said()[1], /database follows up on backend's finding \(added 2a\)/);
});
