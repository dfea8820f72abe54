import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RunEvent } from '../../../src/core/run/events';
import { ChatRunRenderer } from '../../../src/vscode/chat/runRenderer';
import { describeTask } from '../../../src/vscode/tree/taskNodes';
import { toDashboardRun } from '../../../src/vscode/dashboard/snapshot';
import { renderTaskDetails } from '../../../src/vscode/tree/taskDetails';
import { eventLine, renderLiveChecklist } from '../../../src/cli/render';
import { checkoutEvents, checkoutState } from './fixtures';

const WAIT = 'rate limited (429): retrying in 45 s';
const waiting: RunEvent = {
  type: 'TaskWaiting', at: '2026-11-24T10:00:07.000Z', taskId: '3',
  wait: { kind: 'retry', reason: 'rate limited (429)', totalMs: 50_000, remainingMs: 45_000, retry: 1 },
};

test('a wait reads the same in the chat, the tree, the Progress view, task details and the CLI', () => {
  const state = checkoutState([...checkoutEvents(), waiting]);
  const task = state.tasks.find((t) => t.spec.id === '3');
  assert.ok(task);

  const progress: string[] = [];
  new ChatRunRenderer({ markdown: () => {}, progress: (m) => progress.push(m), hrefFor: () => undefined, button: () => {} }).update(state);
  assert.match(progress.at(-1) ?? '', new RegExp(`- \\[ \\] 3\\\\\\. Delegate to database — in progress \\(${WAIT.replace(/[()]/g, '\\$&')}\\)$`, 'm'));
  assert.equal(describeTask(task), `database · ${WAIT}`);
  assert.deepEqual(toDashboardRun(state, true).currentTasks, [`[ ] 3. Delegate to database — in progress — ${WAIT}`]);
  assert.match(renderTaskDetails(state, '3'), new RegExp(`\\*\\*Waiting:\\*\\* ${WAIT.replace(/[()]/g, '\\$&')}`));
  assert.match(renderLiveChecklist(state), new RegExp(`Working on: 3\\. Delegate to database \\(${WAIT.replace(/[()]/g, '\\$&')}\\)`));
  assert.equal(eventLine(waiting, state), `  ⏳ 3. Delegate to database: ${WAIT}`);
});

test('a wait that ended, or a turn that arrived, shows no wait any more', () => {
  for (const after of [
    { type: 'TaskWaiting', at: '2026-11-24T10:00:08.000Z', taskId: '3' },
    {
      type: 'ModelTurnRecorded', at: '2026-11-24T10:00:08.000Z', taskId: '3', coordinator: 'database',
      turn: { index: 1, model: 'm', stopReason: 'end_turn', durationMs: 1, maxTokens: 10, content: [], usage: { inputTokens: 0, outputTokens: 0, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 } },
    },
  ] satisfies RunEvent[]) {
    const state = checkoutState([...checkoutEvents(), waiting, after]);
    const task = state.tasks.find((t) => t.spec.id === '3');
    assert.ok(task);
    assert.equal(describeTask(task), 'database', after.type);
    assert.equal(eventLine(after, state), undefined);
  }
});
