// The Tasks view's own watch on a journal folder: a run another process writes is marked changed
// even where VS Code's file watcher reports nothing (the extension-host tests saw windows whose
// watcher delivered no event at all). Bounded waits; the folders are temporary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JournalFolderWatch } from '../../src/vscode/tree/journalFolderWatch';

function until(check: () => boolean, what: string, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  return new Promise((resolve, reject) => {
    const poll = () => (check() ? resolve() : Date.now() > deadline ? reject(new Error(`timed out waiting for ${what}`)) : setTimeout(poll, 20));
    poll();
  });
}

test('a journal folder is watched once it exists, and only journals mark a run changed', async () => {
  const root = mkdtempSync(join(tmpdir(), 'journal-watch-'));
  const runs = join(root, '.orchestrator', 'runs');
  const changed: (string | undefined)[] = [];
  const warnings: string[] = [];
  const watch = new JournalFolderWatch(() => [runs], (runId) => changed.push(runId), (m) => warnings.push(m));
  try {
    watch.ensure();
    assert.equal(changed.length, 0);
    assert.deepEqual(warnings, [], 'a folder that does not exist yet is no error, and is not created');

    mkdirSync(runs, { recursive: true });
    writeFileSync(join(runs, 'r1.jsonl'), '{"type":"RunStarted"}\n');
    watch.ensure();
    writeFileSync(join(runs, 'index.json'), '{}');
    appendFileSync(join(runs, 'r1.jsonl'), '{"type":"RunFailed"}\n');
    await until(() => changed.includes('r1'), 'the appended journal to be reported');
    assert.ok(changed.every((id) => id === 'r1'), `only the journal's run is reported, not index.json: ${JSON.stringify(changed)}`);

    watch.dispose();
    const seen = changed.length;
    appendFileSync(join(runs, 'r1.jsonl'), '{"type":"RunResumed"}\n');
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(changed.length, seen, 'nothing is reported once disposed');
  } finally {
    watch.dispose();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a folder that leaves the workspace is no longer watched', async () => {
  const root = mkdtempSync(join(tmpdir(), 'journal-watch-'));
  const a = join(root, 'a');
  const b = join(root, 'b');
  mkdirSync(a);
  mkdirSync(b);
  let folders = [a, b];
  const changed: (string | undefined)[] = [];
  const watch = new JournalFolderWatch(() => folders, (runId) => changed.push(runId), () => undefined);
  try {
    watch.ensure();
    folders = [b];
    watch.ensure();
    writeFileSync(join(a, 'gone.jsonl'), '{}\n');
    writeFileSync(join(b, 'kept.jsonl'), '{}\n');
    await until(() => changed.includes('kept'), 'the remaining folder to be reported');
    assert.ok(!changed.includes('gone'), 'the removed folder is not watched');
  } finally {
    watch.dispose();
    rmSync(root, { recursive: true, force: true });
  }
});
