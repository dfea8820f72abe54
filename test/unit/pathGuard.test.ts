import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFsAnalyzerContext, WorkspacePathError } from '../../src/core/analyzers/fs-context';
import { WorkspaceAccessError } from '../../src/core/workspace/errors';
import { realPathInWorkspace, resolveInWorkspace } from '../../src/core/workspace/pathGuard';

function layout(t: { after(fn: () => void): void }) {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'path-guard-')));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const root = join(dir, 'ws');
  const outside = join(dir, 'outside');
  mkdirSync(join(root, 'docs'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(outside, 'notes.md'), 'outside');
  writeFileSync(join(root, 'docs', 'real.md'), 'inside');
  symlinkSync(join(outside, 'notes.md'), join(root, 'leak.md'));
  symlinkSync(outside, join(root, 'linked-folder'));
  symlinkSync(join(root, 'docs', 'real.md'), join(root, 'alias.md'));
  return { root, outside };
}

const refusedAs = (reason: string) => (error: unknown) => error instanceof WorkspaceAccessError && error.reason === reason;

test('a workspace-relative path resolves, links followed, to a real path inside the workspace', (t) => {
  const { root } = layout(t);
  assert.equal(resolveInWorkspace(root, 'docs/real.md'), join(root, 'docs', 'real.md'));
  assert.equal(resolveInWorkspace(root, 'alias.md'), join(root, 'docs', 'real.md'), 'a link inside the workspace is followed');
  assert.equal(resolveInWorkspace(root, 'modules/new.md'), join(root, 'modules', 'new.md'), 'a file to create resolves');
});

test('absolute paths, .. and links leading out (also to files not created yet) are refused', (t) => {
  const { root } = layout(t);
  assert.throws(() => resolveInWorkspace(root, '/etc/passwd'), refusedAs('absolute'));
  assert.throws(() => resolveInWorkspace(root, '../outside/notes.md'), refusedAs('outside'));
  assert.throws(() => resolveInWorkspace(root, 'docs/../../outside/notes.md'), refusedAs('outside'));
  assert.throws(() => resolveInWorkspace(root, 'leak.md'), refusedAs('outside'));
  assert.throws(() => resolveInWorkspace(root, 'linked-folder/new.md'), refusedAs('outside'));
  assert.throws(() => resolveInWorkspace(root, 'a\0b'), refusedAs('invalid'));
});

test('an absolute path the engine built is checked the same way; a missing one is undefined', async (t) => {
  const { root } = layout(t);
  assert.equal(await realPathInWorkspace(root, join(root, 'alias.md')), join(root, 'docs', 'real.md'));
  assert.equal(await realPathInWorkspace(root, join(root, 'missing.md')), undefined);
  await assert.rejects(realPathInWorkspace(root, join(root, 'leak.md')), refusedAs('outside'));
});

test('the local analyzers do not read a listed file that is a link leading out', async (t) => {
  const { root } = layout(t);
  const context = createFsAnalyzerContext(root, ['docs/real.md', 'leak.md']);
  assert.equal(await context.read('docs/real.md'), 'inside');
  await assert.rejects(context.read('leak.md'), WorkspacePathError);
});
