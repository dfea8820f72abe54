// Issue #17 case 8: a memory section is never written (or proposed) twice — not by `--resume --apply`
// of a finished run, not by two `--apply` runs at once, not by a run resumed after its edits landed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileLockTimeout, withFileLock } from '../../src/core/kernel/fileLock';
import { isMemoryEditApplied, memoryEditMarker } from '../../src/core/memory';
import { FindingsMemoryProposer } from '../../src/core/synthesis/memoryProposer';
import { runCli } from './cliProcess';
import { copyExample, engineFor, LOCAL_RUN } from './engineHarness';


const count = (text: string, part: string) => text.split(part).length - 1;

test('run --resume of a finished run with --apply, alone or twice at once, writes each section once', async (t) => {
  const root = copyExample(t, 'shop');
  const first = await runCli(['run', 'Make the checkout faster', '--cwd', root, '--apply']);
  assert.equal(first.code, 0, first.stderr);
  const runId = readdirSync(join(root, '.orchestrator', 'runs')).find((n) => n.endsWith('.jsonl'))!.slice(0, -'.jsonl'.length);
  const marker = memoryEditMarker(runId);
  // The local notes name backend/src/cart.js and frontend/package.json: each goes to its own module.
  const files = ['CLAUDE.md', 'modules/cart.md', 'modules/frontend.md'];
  for (const file of files) assert.equal(count(readFileSync(join(root, file), 'utf8'), marker), 1, `${file} after the run`);

  const again = await runCli(['run', '--resume', runId, '--cwd', root, '--apply']);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /Already applied \(this run's section is there\): CLAUDE\.md, modules\/cart\.md, modules\/frontend\.md/);
  const together = await Promise.all([1, 2].map(() => runCli(['run', '--resume', runId, '--cwd', root, '--apply'])));
  for (const outcome of together) assert.equal(outcome.code, 0, outcome.stderr);
  for (const file of files) {
    const text = readFileSync(join(root, file), 'utf8');
    assert.equal(count(text, marker), 1, `${file}: one section for the run`);
    assert.equal(count(text, '## Make the checkout faster') + count(text, '— Make the checkout faster'), 1, `${file}: one heading`);
  }
  assert.ok(!readdirSync(join(root, '.orchestrator', 'runs')).includes('memory-edits.lock'), 'the lock is gone');
});

test('two --apply runs of the same request at once write its section once', async (t) => {
  const root = copyExample(t, 'shop');
  const runs = await Promise.all([1, 2].map(() => runCli(['run', 'Make the checkout faster', '--cwd', root, '--apply'])));
  for (const r of runs) assert.equal(r.code, 0, r.stderr);
  const claude = readFileSync(join(root, 'CLAUDE.md'), 'utf8');
  assert.equal(count(claude, '<!-- task-orchestrator:run='), 1, 'the second run found the same section (same findings, another run id) already there');
  assert.equal(count(claude, '## Make the checkout faster'), 1);
  assert.ok(runs.some((r) => /Already applied|Already in memory: CLAUDE\.md holds this section/.test(r.stdout)), 'and said so');
});

test('a run whose section is already in the file proposes nothing more for it', async (t) => {
  const root = copyExample(t, 'shop');
  const state = await (await engineFor(root).start('Make the checkout faster', LOCAL_RUN, new AbortController().signal)).done;
  const edit = state.memoryEdits.find((e) => e.path === 'CLAUDE.md')!;
  assert.ok(edit.text.includes(memoryEditMarker(state.runId)));
  writeFileSync(join(root, 'CLAUDE.md'), readFileSync(join(root, 'CLAUDE.md'), 'utf8') + edit.text);
  const proposer = new FindingsMemoryProposer(root);
  assert.deepEqual(await proposer.propose(state, 'claude_md'), { edits: [], alreadyApplied: ['CLAUDE.md'] }, 'resumed or retried, the run does not propose its section again');
  assert.deepEqual((await proposer.propose(state, 'module_notes')).edits.map((e) => e.path), ['modules/cart.md', 'modules/frontend.md'], 'the module notes, not applied yet, are still proposed');
  assert.equal(isMemoryEditApplied(undefined, edit), false);
});

test('a lock left by a dead process is taken over; one held by a live process makes the other wait, then say so', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-lock-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const lock = join(dir, 'memory-edits.lock');
  writeFileSync(lock, JSON.stringify({ pid: 2 ** 22 + 12345, at: new Date().toISOString() }));
  assert.equal(withFileLock(lock, () => 'ran'), 'ran');
  writeFileSync(lock, JSON.stringify({ pid: process.pid, at: new Date().toISOString() }));
  assert.throws(() => withFileLock(lock, () => 'never', { timeoutMs: 100 }), (error: unknown) => error instanceof FileLockTimeout && /holds .*memory-edits\.lock/.test(error.message));
});
