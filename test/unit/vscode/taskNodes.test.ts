import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeTask, groupChildren, parentOf, runChildren, runContextValue, taskChildren } from '../../../src/vscode/tree/taskNodes';
import { checkoutEvents as checkoutStateEvents, checkoutState } from './fixtures';

test('a run shows its checklist tasks in order, then the Delegation and pending-flag groups', () => {
  const state = checkoutState();
  assert.deepEqual(runChildren(state).map((n) => n.id), ['run-1/1', 'run-1/2', 'run-1/3', 'run-1/4', 'run-1/#delegation', 'run-1/#flags']);
});

test('a sub-task added by a flag sits under its parent task, and reveal can walk back up', () => {
  const state = checkoutState();
  const children = taskChildren(state, '2');
  assert.deepEqual(children.map((n) => n.id), ['run-1/2a']);
  const parent = parentOf(state, children[0]);
  assert.equal(parent?.id, 'run-1/2');
  assert.equal(parentOf(state, parent!)?.id, 'run-1');
});

test('the Delegation group lists completed coordinators before those still working or queued', () => {
  const state = checkoutState();
  const nodes = groupChildren(state, 'delegation');
  const statuses = nodes.map((n) => (n.kind === 'delegation' ? state.tasks.find((t) => t.spec.id === n.taskId)?.delegation?.status : undefined));
  assert.deepEqual(statuses, ['completed', 'in_progress', 'queued']);
});

test('the flags group disappears once no flag is pending', () => {
  const events = [...checkoutStateEvents(), { type: 'FlagProcessed' as const, at: '2026-11-24T10:00:07.000Z', flagId: 'f1', addedTaskIds: ['2a'], pausedTaskIds: [], note: 'added 2a' }];
  const state = checkoutState(events);
  assert.ok(!runChildren(state).some((n) => n.id === 'run-1/#flags'));
});

test('a delegated task is described by coordinator, duration and tokens', () => {
  const task = checkoutState().tasks.find((t) => t.spec.id === '2')!;
  assert.equal(describeTask(task), 'backend · 2.4 s · 3.1k tok');
});

test('the run menu follows the displayed status: an interrupted run offers resume, an active one cancel', () => {
  assert.equal(runContextValue('running'), 'run run-active');
  assert.equal(runContextValue('interrupted'), 'run run-interrupted');
  assert.equal(runContextValue('failed'), 'run run-failed');
});
