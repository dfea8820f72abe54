import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunGate, RunInProgressError } from '../../../src/vscode/runGate';

/** A start as RunService does it: take the gate, then await model choice and planning. */
async function start(gate: RunGate, label: string, planning: Promise<string>) {
  const pass = gate.enter(label);
  const runId = await planning;
  pass.identify(runId);
  return pass;
}

test('a second start while the first is still planning is refused, naming the first', async () => {
  const gate = new RunGate();
  let finishPlanning!: (runId: string) => void;
  const first = start(gate, '"Make the checkout faster"', new Promise((resolve) => (finishPlanning = resolve)));
  // The Progress view's start arrives while the chat's is between its awaits.
  const second = start(gate, '"Review the security"', Promise.resolve('run-2'));
  await assert.rejects(second, (error: unknown) => {
    assert.ok(error instanceof RunInProgressError);
    assert.equal(error.runId, undefined);
    assert.match(error.message, /Another run is starting \("Make the checkout faster"\)/);
    return true;
  });
  finishPlanning('run-1');
  const pass = await first;
  assert.equal(gate.activeRunId, 'run-1', 'the first run keeps the gate: its cancellation is not lost');
  assert.equal(gate.cancel(new Error('Cancelled by the user.')), true);
  assert.equal(pass.signal.aborted, true);
});

test('once the run has an id, a start is refused with that id; after it ends the next one may begin', async () => {
  const gate = new RunGate();
  const pass = await start(gate, 'first', Promise.resolve('run-1'));
  assert.throws(() => gate.enter('second'), (error: unknown) => error instanceof RunInProgressError && error.runId === 'run-1' && /Run run-1 is still in progress/.test(error.message));
  pass.leave();
  assert.equal(gate.busy, false);
  const next = gate.enter('second');
  assert.equal(next.signal.aborted, false);
});

test('cancelling during planning aborts the run being started; cancelling another run id does nothing', () => {
  const gate = new RunGate();
  const pass = gate.enter('planning');
  assert.equal(gate.cancel(new Error('x'), 'some-other-run'), false);
  assert.equal(pass.signal.aborted, false);
  assert.equal(gate.cancel(new Error('Cancelled by the user.')), true);
  assert.equal(pass.signal.aborted, true);
  assert.equal((pass.signal.reason as Error).message, 'Cancelled by the user.');
});

test("the caller's own signal (the chat's Stop) aborts the run; leaving unlinks it", () => {
  const gate = new RunGate();
  const chatStop = new AbortController();
  const pass = gate.enter('chat', chatStop.signal);
  chatStop.abort(new Error('stopped in chat'));
  assert.equal(pass.signal.aborted, true);
  pass.leave();
  const later = new AbortController();
  const next = gate.enter('next', later.signal);
  pass.leave(); // a late second leave of the old pass must not free the new holder
  assert.equal(gate.busy, true);
  next.leave();
});
