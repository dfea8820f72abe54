import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import { RunJournalStore } from '../../src/core/run/journal';
import { RunIndex } from '../../src/core/run/runIndex';
import { RunStore } from '../../src/core/run/runStore';
import { writePastRuns } from '../../bench/scaleJournals';
import { turnsDuring } from '../support/eventLoopTurns';

function scratch(t: TestContext): string {
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-index-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Rewrites a journal's content while keeping its size and date: only a re-read could notice. */
function swapContentUnnoticed(path: string, from: string, to: string): void {
  assert.equal(from.length, to.length);
  const { atime, mtime } = statSync(path);
  writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
  utimesSync(path, atime, mtime);
}

test('runs are listed newest first with their summary, and an unchanged journal is never read again', async (t) => {
  const dir = scratch(t);
  const ids = writePastRuns(dir, 3);
  // Written in the reverse order of their runs' dates: the list goes by when each journal last changed.
  ids.forEach((id, i) => utimesSync(join(dir, `${id}.jsonl`), new Date(2026, 0, 3 - i), new Date(2026, 0, 3 - i)));
  const [newest, middle, oldest] = ids;
  const runs = await new RunIndex(new RunJournalStore(dir)).list();
  assert.deepEqual(runs.map((r) => r.runId), [newest, middle, oldest]);
  assert.equal(runs[0].status, 'completed');
  assert.equal(runs[0].request, 'Make the checkout faster');
  assert.deepEqual(runs[0].progress, { ended: 14, failed: 0, total: 14, percent: 100 });
  assert.equal(runs[0].modelId, 'claude-sonnet-4-6');
  assert.ok(runs[0].usage.inputTokens > 0);

  swapContentUnnoticed(join(dir, `${oldest}.jsonl`), 'Make the checkout faster', 'Make the checkout slower');
  const again = await new RunIndex(new RunJournalStore(dir)).list();
  assert.equal(again.find((r) => r.runId === oldest)?.request, 'Make the checkout faster', 'a new index read the summary from index.json, not the journal');
});

test('a journal that changed since its summary is summarised again, alone', async (t) => {
  const dir = scratch(t);
  const [first, second] = writePastRuns(dir, 2);
  const index = new RunIndex(new RunJournalStore(dir));
  await index.list();
  swapContentUnnoticed(join(dir, `${second}.jsonl`), 'Make the checkout faster', 'Make the checkout slower');
  appendFileSync(join(dir, `${first}.jsonl`), JSON.stringify({ type: 'RunFailed', at: '2026-02-01T00:00:00.000Z', reason: 'disk full' }) + '\n');
  index.invalidate(first);
  const runs = await index.list();
  const changed = runs.find((r) => r.runId === first)!;
  assert.equal(changed.status, 'failed');
  assert.deepEqual(changed.failure, { kind: 'legacy', message: 'disk full' }, 'a journal from before typed failures still reads');
  assert.equal(runs.find((r) => r.runId === second)?.request, 'Make the checkout faster', 'the unchanged run was not read');

  // A fresh index finds the change by size and date even when nobody said so.
  appendFileSync(join(dir, `${second}.jsonl`), JSON.stringify({ type: 'RunResumed', at: '2026-02-01T00:00:00.000Z', requeuedTaskIds: [] }) + '\n');
  const fresh = await new RunIndex(new RunJournalStore(dir)).list();
  assert.equal(fresh.find((r) => r.runId === second)?.status, 'running');
  assert.equal(fresh.find((r) => r.runId === second)?.request, 'Make the checkout slower', 'that one was read again');
});

test('a run being written is listed from its live state, and its summary is saved when it stops', async (t) => {
  const dir = scratch(t);
  const journals = new RunJournalStore(dir);
  const index = new RunIndex(journals);
  const store = new RunStore(journals.open('live').journal);
  store.emit('RunStarted', { runId: 'live', request: 'Now', mode: 'local', workspace: '/w' });
  await index.track('live', store);
  assert.equal(index.snapshot()[0].status, 'running');
  store.emit('RunCancelled', { reason: 'stopped' });
  assert.equal(index.snapshot()[0].status, 'cancelled', 'no journal read needed to see the change');
  await index.settle('live');
  const saved = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { runs: { runId: string; status: string }[] };
  assert.deepEqual(saved.runs.map((r) => [r.runId, r.status]), [['live', 'cancelled']]);
});

test('a watcher echo of a write made here is no change, a write from elsewhere is (the Tasks view redraws only for the second)', async (t) => {
  const dir = scratch(t);
  const journals = new RunJournalStore(dir);
  const index = new RunIndex(journals);
  const store = new RunStore(journals.open('run').journal);
  store.emit('RunStarted', { runId: 'run', request: 'Now', mode: 'local', workspace: '/w' });
  await index.track('run', store);
  assert.equal(index.invalidate('run'), false, 'a run this process writes is drawn from its live state');
  await index.settle('run');
  store.emit('RunCancelled', { reason: 'stopped' });
  assert.equal(index.invalidate('run'), true, 'an event its summary has not seen');
  await index.written('run', store.state);
  assert.equal(index.invalidate('run'), false, 'the same event, once written here and summarised');
  assert.equal((await index.list()).find((r) => r.runId === 'run')?.status, 'cancelled');
  appendFileSync(join(dir, 'run.jsonl'), JSON.stringify({ type: 'RunResumed', at: '2026-02-01T00:00:00.000Z', requeuedTaskIds: [] }) + '\n');
  assert.equal(index.invalidate('run'), true, 'another process appended to the journal');
  assert.equal((await index.list()).find((r) => r.runId === 'run')?.status, 'running');
  assert.equal(index.invalidate(), true, 'any run may have changed');
});

test('a damaged index is rebuilt from the journals, a deleted journal leaves the list, an unreadable one is listed as failed', async (t) => {
  const dir = scratch(t);
  const [a, b] = writePastRuns(dir, 2);
  await new RunIndex(new RunJournalStore(dir)).list();
  writeFileSync(join(dir, 'index.json'), '{"version":1,"runs":[{"runId":"x"}]}');
  unlinkSync(join(dir, `${a}.jsonl`));
  writeFileSync(join(dir, 'broken.jsonl'), '{"type":"RunStarted"\n{}\n');
  const runs = await new RunIndex(new RunJournalStore(dir)).list();
  assert.deepEqual(runs.map((r) => r.runId).sort(), [b, 'broken'].sort());
  const broken = runs.find((r) => r.runId === 'broken')!;
  assert.equal(broken.status, 'failed');
  assert.match(broken.request, /unreadable journal: .*broken\.jsonl:1: not valid JSON/);
  assert.equal(JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')).runs.length, 2, 'the index file was rewritten whole');
});

test('a run another process starts shows up at the next listing even unannounced; a deleted one goes', async (t) => {
  const dir = scratch(t);
  const index = new RunIndex(new RunJournalStore(dir));
  const [first] = writePastRuns(dir, 1);
  assert.deepEqual((await index.list()).map((r) => r.runId), [first]);
  const second = writePastRuns(join(dir, 'tmp'), 2)[1];
  writeFileSync(join(dir, `${second}.jsonl`), readFileSync(join(dir, 'tmp', `${second}.jsonl`)));
  assert.deepEqual((await index.list()).map((r) => r.runId).sort(), [first, second].sort(), 'no invalidate() needed for a new journal');
  unlinkSync(join(dir, `${first}.jsonl`));
  assert.deepEqual((await index.list()).map((r) => r.runId), [second]);
});

test('a missing index is rebuilt from the journals with the same runs and the same file, and listing never holds the event loop throughout', async (t) => {
  const dir = scratch(t);
  writePastRuns(dir, 300);
  const listed = await new RunIndex(new RunJournalStore(dir)).list();
  assert.equal(listed.length, 300);
  const saved = readFileSync(join(dir, 'index.json'), 'utf8');
  assert.equal(saved, `${JSON.stringify({ version: 1, runs: listed })}\n`, 'index.json is the list, newest first');

  // An upgrade from a version without the index, or a deleted index.
  unlinkSync(join(dir, 'index.json'));
  const rebuilt = await turnsDuring(() => new RunIndex(new RunJournalStore(dir)).list());
  assert.deepEqual(rebuilt.result, listed);
  assert.equal(readFileSync(join(dir, 'index.json'), 'utf8'), saved, 'the same summaries, the same bytes');
  assert.ok(rebuilt.turns >= 300, `${rebuilt.turns} turns while 300 journals were listed and folded`);

  // A new process lists from the index: read, parsed and checked in slices (this took one stretch, with no turn at all).
  const fromIndex = await turnsDuring(() => new RunIndex(new RunJournalStore(dir)).list());
  assert.deepEqual(fromIndex.result, JSON.parse(JSON.stringify(listed)), 'the same runs, as saved');
  assert.ok(fromIndex.turns >= 2, `${fromIndex.turns} turns while the index of 300 runs was read`);
});
