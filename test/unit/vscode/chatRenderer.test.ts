import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ChatRunRenderer, type ChatSink } from '../../../src/vscode/chat/runRenderer';
import { isOrchestratorChatMetadata, lastRunIdIn, parseCommand } from '../../../src/vscode/chat/metadata';
import type { Evidence } from '../../../src/core/kernel/contract';
import { checkoutEvents, checkoutState } from './fixtures';

function recordingSink() {
  const out = { markdown: [] as string[], progress: [] as string[], references: [] as Evidence[] };
  const sink: ChatSink = {
    markdown: (t) => out.markdown.push(t),
    progress: (m) => out.progress.push(m),
    reference: (e) => out.references.push(e),
  };
  return { out, sink };
}

test('the chat shows the checklist as a Markdown task list, findings with their files, and raised flags', () => {
  const { out, sink } = recordingSink();
  new ChatRunRenderer(sink).update(checkoutState());
  const text = out.markdown.join('');
  assert.match(text, /- \[x\] 1\\\. Analyze the request/);
  assert.match(text, /- \[ \] 3\\\. Delegate to database/);
  assert.match(text, /\*\*backend\*\* \(task 2\): Checkout runs one query per cart line\./);
  assert.match(text, /N\+1 query in checkout\*\* \(`backend\/src\/checkout\.js:42`\)/);
  assert.match(text, /DATABASE_INVESTIGATION\*\* raised by backend/);
  assert.deepEqual(out.references, [{ file: 'backend/src/checkout.js', line: 42 }]);
  assert.equal(out.progress.at(-1), '3. Delegate to database (database)');
});

test('following a run as it grows never repeats what was already said', () => {
  const events = checkoutEvents();
  const { out, sink } = recordingSink();
  const renderer = new ChatRunRenderer(sink);
  for (let n = 2; n <= events.length; n++) renderer.update(checkoutState(events.slice(0, n)));
  const text = out.markdown.join('');
  assert.equal(text.match(/\*\*Checklist\*\*/g)?.length, 1);
  assert.equal(text.match(/\*\*backend\*\* \(task 2\)/g)?.length, 1);
  assert.equal(text.match(/DATABASE_INVESTIGATION/g)?.length, 1);
  assert.match(text, /Added task 2a under 2: Investigate the orders index/);
  assert.equal(out.references.length, 1);
});

test('a flag is reported again when it is processed, with the tasks it added', () => {
  const { out, sink } = recordingSink();
  const renderer = new ChatRunRenderer(sink);
  const events = checkoutEvents();
  renderer.update(checkoutState(events));
  renderer.update(checkoutState([...events, { type: 'FlagProcessed', at: '2026-11-24T10:00:09.000Z', flagId: 'f1', addedTaskIds: ['2a'], pausedTaskIds: [], note: 'database will look' }]));
  assert.match(out.markdown.at(-1)!, /DATABASE_INVESTIGATION\*\* processed — added 2a: database will look/);
});

test('the last run id is read back from chat history metadata, newest reply first', () => {
  assert.equal(lastRunIdIn([{ command: 'run', runId: 'a' }, { command: 'plan' }, { command: 'status', runId: 'b' }, { foo: 1 }]), 'b');
  assert.equal(lastRunIdIn([{ command: 'bogus', runId: 'x' }]), undefined);
  assert.equal(isOrchestratorChatMetadata({ command: 'resume', runId: 7 }), false);
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
  const { out, sink } = recordingSink();
  const renderer = new ChatRunRenderer(sink);
  renderer.update({ ...state, checklist });
  renderer.update({ ...state, checklist });
  const text = out.markdown.join('');
  assert.equal(text.match(/Left out: 5,031 generated files \(api\/models 5,031\)/g)?.length, 1);
  assert.match(text, /Project memory: 54 of 10,004 sections .* 9,950 sections not included/);
});
