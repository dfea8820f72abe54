import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { AppendOnlyList } from '../../src/core/kernel/appendOnlyList';
import { RevisableList } from '../../src/core/kernel/revisableList';
import type { RunEvent } from '../../src/core/run/events';
import { JsonlJournal, RunJournalStore } from '../../src/core/run/journal';
import { foldJournal, JournalError, readJournal, readJournalEvents } from '../../src/core/run/journalRead';
import { repairJournalTail } from '../../src/core/run/journalTail';
import { RunStore } from '../../src/core/run/runStore';
import { applyEvent, foldEvents, turnsOf, type RunState } from '../../src/core/run/state';

function scratch(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-journal-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const at = '2026-01-01T00:00:00.000Z';
const started: RunEvent = { type: 'RunStarted', at, runId: 'r1', request: 'Make it fast', mode: 'local', workspace: '/w' };
/** A plan of one task: delegate '3' to backend. */
const plan = {
  type: 'PlanCreated', at, checklist: {
    request: 'r', normalizedRequest: 'r', priority: 'normal', domains: ['backend'], delegations: [], relatedMemory: [], memoryDigest: 'x',
    classification: { requestClass: 'simple', templateId: 'simple', templateVersion: '1', matchedRule: 't' },
    tasks: [{ id: '3', kind: 'delegate', title: 'Delegate to backend', coordinator: 'backend' }],
  },
} as unknown as RunEvent;
const progress = (n: number): RunEvent => ({ type: 'DelegationProgress', at, taskId: '3', coordinator: 'backend', message: `step ${n}` });

test('an atomic group is one line of the journal and reads back as its events, in order', (t) => {
  const path = join(scratch(t), 'r1.jsonl');
  const store = new RunStore(new JsonlJournal(path));
  store.emit('RunStarted', { runId: 'r1', request: 'r', mode: 'local', workspace: '/w' });
  store.atomically(() => {
    store.emit('TasksPaused', { taskIds: [], reason: 'breach' });
    store.emit('PriorityChanged', { priority: 'critical', reason: 'breach' });
    store.atomically(() => store.emit('RunCompleted', {}));
  });
  const lines = readFileSync(path, 'utf8').trim().split('\n');
  assert.equal(lines.length, 2, 'RunStarted, then the group on one line');
  assert.ok(lines[1].startsWith('['), lines[1]);
  assert.deepEqual(readJournalEvents(path).map((e) => e.type), ['RunStarted', 'TasksPaused', 'PriorityChanged', 'RunCompleted']);
});

test('a torn group line drops the whole group, never part of it', async (t) => {
  const path = join(scratch(t), 'r1.jsonl');
  const group = JSON.stringify([{ type: 'TasksPaused', at, taskIds: ['4'], reason: 'x' }, { type: 'TaskAdded', at, task: { id: '3a', kind: 'delegate', title: 't' } }]);
  writeFileSync(path, `${JSON.stringify(started)}\n${group.slice(0, group.length - 20)}`);
  const events: RunEvent[] = [];
  const result = await readJournal(path, (e) => events.push(e));
  assert.deepEqual(events.map((e) => e.type), ['RunStarted']);
  assert.equal(result.tornTail?.line, 2);
});

test('a bad line before the end is an error naming the file and line, not a guess', () => {
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-journal-'));
  try {
    const path = join(dir, 'r1.jsonl');
    writeFileSync(path, `${JSON.stringify(started)}\n{"type":"Task\n${JSON.stringify(progress(1))}\n`);
    assert.throws(() => readJournalEvents(path), (error: unknown) => error instanceof JournalError && /r1\.jsonl:2: not valid JSON/.test(error.message));
    writeFileSync(path, `${JSON.stringify(started)}\n{"no":"type"}\n`);
    assert.throws(() => readJournalEvents(path), /r1\.jsonl:2: not a run event/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('opening a journal to append cuts a torn tail, keeps the cut bytes aside, and a second resume reads it fine', async (t) => {
  const dir = scratch(t);
  const journals = new RunJournalStore(dir);
  const path = journals.pathFor('r1');
  const torn = '{"type":"TaskStarted","at":"2026-01-01T00:0';
  writeFileSync(path, `${JSON.stringify(started)}\n${torn}`);

  const first = journals.open('r1');
  assert.equal(first.tornTail?.bytes, Buffer.byteLength(torn));
  assert.equal(readFileSync(first.tornTail!.keptAt, 'utf8'), torn, 'the cut bytes are kept for the audit');
  const store = new RunStore(first.journal, foldEvents(readJournalEvents(path)));
  store.emit('RunResumed', { requeuedTaskIds: [] });
  assert.deepEqual(readJournalEvents(path).map((e) => e.type), ['RunStarted', 'RunResumed'], 'RunResumed is not glued to the torn line');

  appendFileSync(path, torn);
  const second = journals.open('r1');
  assert.match(second.tornTail!.keptAt, /r1\.jsonl\.torn-2$/, 'an earlier torn file is not overwritten');
  new RunStore(second.journal, foldEvents(readJournalEvents(path))).emit('RunResumed', { requeuedTaskIds: [] });
  assert.deepEqual(readJournalEvents(path).map((e) => e.type), ['RunStarted', 'RunResumed', 'RunResumed']);
  assert.deepEqual((await journals.list()).map((j) => j.runId), ['r1'], 'torn files are not runs');
});

test('a last event that only lacks its newline is kept, and the newline is added before appending', (t) => {
  const path = join(scratch(t), 'r1.jsonl');
  writeFileSync(path, `${JSON.stringify(started)}\n${JSON.stringify(progress(1))}`);
  assert.equal(repairJournalTail(path), undefined);
  assert.equal(readFileSync(path, 'utf8'), `${JSON.stringify(started)}\n${JSON.stringify(progress(1))}\n`);
  assert.equal(repairJournalTail(path), undefined, 'a clean journal is left alone');
  assert.deepEqual(readdirSync(join(path, '..')).sort(), ['r1.jsonl']);
});

test('a torn line longer than the read-back chunk is cut whole', (t) => {
  const path = join(scratch(t), 'r1.jsonl');
  const long = JSON.stringify({ ...progress(1), message: 'x'.repeat(200_000) });
  writeFileSync(path, `${JSON.stringify(started)}\n${long.slice(0, 150_000)}`);
  const cut = repairJournalTail(path);
  assert.equal(cut?.bytes, 150_000);
  assert.equal(readFileSync(path, 'utf8'), `${JSON.stringify(started)}\n`);
});

test('the journal folder ignores itself in git, and run ids are checked before they become paths', (t) => {
  const dir = join(scratch(t), 'runs');
  const journals = new RunJournalStore(dir);
  journals.open('a').journal.append(started);
  assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).join(), '*');
  writeFileSync(join(dir, '.gitignore'), '# mine\n');
  journals.open('b');
  assert.equal(readFileSync(join(dir, '.gitignore'), 'utf8'), '# mine\n', 'an ignore file the user changed is left alone');
  assert.throws(() => journals.pathFor('../x'), /not a run id/);
});

test('folding is linear: a delegation with 200,000 progress events folds, and old states never see later items', async (t) => {
  const path = join(scratch(t), 'r1.jsonl');
  const lines = [JSON.stringify(started), JSON.stringify(plan)];
  for (let i = 0; i < 200_000; i++) lines.push(JSON.stringify(progress(i)));
  writeFileSync(path, lines.join('\n') + '\n');
  // More events than a spread into push(...) or a call stack can take: this threw RangeError before.
  const { state } = await foldJournal(path);
  const delegation = state!.tasks[0].delegation!;
  assert.equal(delegation.progress.length, 200_000);
  assert.equal(delegation.progress.at(-1), 'step 199999');
  assert.equal(state!.eventCount, 200_002);

  const before: RunState = state!;
  const after = applyEvent(before, progress(-1));
  const fork = applyEvent(before, { ...progress(-2) });
  assert.equal(before.tasks[0].delegation!.progress.length, 200_000, 'the older state is unchanged');
  assert.equal(after.tasks[0].delegation!.progress.at(-1), 'step -1');
  assert.equal(fork.tasks[0].delegation!.progress.at(-1), 'step -2', 'a fork does not see the other branch');
});

test('the reader yields to the event loop while it reads a long journal', async (t) => {
  const path = join(scratch(t), 'r1.jsonl');
  const lines = [JSON.stringify(started)];
  for (let i = 0; i < 100_000; i++) lines.push(JSON.stringify(progress(i)));
  writeFileSync(path, lines.join('\n') + '\n');
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  try {
    await readJournal(path, () => {}, { sliceMs: 2 });
  } finally {
    clearInterval(timer);
  }
  assert.ok(ticks > 0, 'timers ran while the journal was being read');
});

test('an event type the fold does not know is counted and otherwise left alone', () => {
  const state = foldEvents([started, { type: 'SomethingNew', at, whatever: 1 } as unknown as RunEvent])!;
  assert.equal(state.eventCount, 2);
  assert.equal(state.status, 'running');
});

test('AppendOnlyList behaves like an immutable array', () => {
  const empty = AppendOnlyList.empty<number>();
  const a = empty.append(1).append(2);
  const b = a.append(3);
  const c = a.append(4);
  assert.deepEqual([...a], [1, 2]);
  assert.deepEqual(b.toArray(), [1, 2, 3]);
  assert.deepEqual(c.toArray(), [1, 2, 4]);
  assert.deepEqual(empty.toArray(), []);
  assert.deepEqual(JSON.parse(JSON.stringify({ b })), { b: [1, 2, 3] });
  assert.deepEqual(b.slice(-2), [2, 3]);
  assert.deepEqual(b.map((x, i) => x * 10 + i), [10, 21, 32]);
  assert.equal(AppendOnlyList.of([5]).append(6).at(0), 5);
});

test('RevisableList: appending and revising the last item share, an older list never sees a later revision', () => {
  const a = RevisableList.empty<{ n: number; note?: string }>().append({ n: 1 }).append({ n: 2 });
  const b = a.reviseLast((x) => ({ ...x, note: 'handled' }));
  const c = b.append({ n: 3 });
  assert.deepEqual(a.toArray(), [{ n: 1 }, { n: 2 }], 'the list before the revision is as it was');
  assert.deepEqual(b.toArray(), [{ n: 1 }, { n: 2, note: 'handled' }]);
  assert.deepEqual(c.map((x) => x.n), [1, 2, 3]);
  assert.equal(c.at(1)?.note, 'handled');
  assert.deepEqual(c.revise(0, (x) => ({ ...x, note: 'first' })).toArray()[0], { n: 1, note: 'first' });
  assert.deepEqual(c.toArray()[0], { n: 1 }, 'revising an earlier item copies, it does not write through');
  assert.deepEqual(JSON.parse(JSON.stringify(c)), [{ n: 1 }, { n: 2, note: 'handled' }, { n: 3 }]);
});

test('a conversation of 50,000 turns, each with its tool results, folds linearly into the task', async (t) => {
  const path = join(scratch(t), 'r1.jsonl');
  const usage = { inputTokens: 1, outputTokens: 1, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 };
  const lines = [JSON.stringify(started), JSON.stringify(plan)];
  for (let i = 1; i <= 50_000; i++) {
    lines.push(JSON.stringify({ type: 'ModelTurnRecorded', at, taskId: '3', coordinator: 'backend', turn: { index: i, model: 'm', stopReason: 'tool_use', usage, durationMs: 1, maxTokens: 10, content: [] } }));
    lines.push(JSON.stringify({ type: 'ModelTurnHandled', at, taskId: '3', coordinator: 'backend', handling: { turnIndex: i, toolResults: [{ toolUseId: `t${i}`, name: 'read_file', isError: false, content: 'x' }] } }));
  }
  writeFileSync(path, lines.join('\n') + '\n');
  const { state } = await foldJournal(path);
  const turns = turnsOf(state!.tasks[0]);
  assert.equal(turns.length, 50_000);
  assert.ok(turns.every((turn, i) => turn.record.index === i + 1 && turn.handling?.toolResults[0].toolUseId === `t${i + 1}`));
});
