// A ranged read of a huge file (#9 item 1: size and time budgets for reads): read_file with a line
// range on a 200 MB file answers within the read budget of one call, and says what it left out —
// how far it counted the file's lines, and which lines it never reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../../src/core/workspace/workspace';
import { readFileAnswer } from '../../src/core/delegation/workspaceToolAnswers';
import { WorkspaceAccessError } from '../../src/core/workspace/errors';

const LINE_BYTES = 100;
const FILE_MB = 200;

/** `logs/big.log`: 200 MB of 100-byte lines, line n reading "line n" (2,097,152 lines). */
function hugeWorkspace(t: { after: (fn: () => void) => void }): string {
  const root = mkdtempSync(join(tmpdir(), 'orchestrator-huge-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  const fd = openSync(join(root, 'big.log'), 'w');
  const linesPerChunk = 10_486;
  let n = 0;
  while (n * LINE_BYTES < FILE_MB * 1024 * 1024) {
    const chunk: string[] = [];
    for (let i = 0; i < linesPerChunk && n * LINE_BYTES < FILE_MB * 1024 * 1024; i++) chunk.push(`line ${++n}`.padEnd(LINE_BYTES - 1, '.'));
    writeSync(fd, chunk.join('\n') + '\n');
  }
  closeSync(fd);
  return root;
}

test('read_file with a line range on a 200 MB file answers within the read budget and says what it left out', async (t) => {
  const root = hugeWorkspace(t);
  // The default read budget of one call (64 MiB) holds 671,088 of these lines.
  const workspace = new Workspace(root);

  const early = await readFileAnswer(workspace, 'big.log', { startLine: 10, endLine: 12 });
  assert.match(early.content, /^ {2}10\| line 10\.+\n {2}11\| line 11\.+\n {2}12\| line 12\.+\n/);
  assert.match(early.content, /\[Lines 10-12 of at least 671088 in big\.log: counting stopped at line 671088, at the 64 MiB read limit of one call; the rest of the 200.0 MiB file was not read\.\]/);

  // Past what one call may read: refused with how far it got, not read for as long as it takes.
  await assert.rejects(workspace.readFile('big.log', { startLine: 2_000_000, endLine: 2_000_010 }), (error: unknown) => {
    assert.ok(error instanceof WorkspaceAccessError);
    assert.equal(error.message, "Stopped reading 'big.log' (200.0 MiB) at line 671088, at the 64 MiB read limit of one call: line 2000000 is past it and was not read. Only lines before it can be read from this file.");
    return true;
  });
});

test('a ranged read that runs out of time stops there and says so', async (t) => {
  const root = hugeWorkspace(t);
  const workspace = new Workspace(root, { budget: { timeMs: 0 } });
  await assert.rejects(workspace.readFile('big.log', { startLine: 1_500_000, endLine: 1_500_001 }), /at the 0 s time limit of one call: line 1500000 is past it and was not read/);
});
