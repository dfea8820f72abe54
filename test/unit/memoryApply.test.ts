import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMemoryEdits, memoryPatch } from '../../src/cli/memoryOutput';
import { applyMemoryEdit } from '../../src/core/memory/applyEdit';
import { proposeMemoryEdits, projectMemoryOf, readProjectMemory, type MemoryEdit } from '../../src/core/memory/index';

const SECTION = '## Checkout (2026-10-02)\n\n- One query per cart.\n';

function appendTo(base: string): MemoryEdit {
  return { path: 'CLAUDE.md', kind: 'append', baseContent: base, text: (base.endsWith('\n') ? '\n' : '\n\n') + SECTION, description: 'd' };
}

test('an edit on the text it was proposed for gives exactly the proposal', () => {
  for (const base of ['# Shop\n', '# Shop\n\nLast line', '# Shop\n\n\n']) {
    const [edit] = proposeMemoryEdits({
      memory: projectMemoryOf([{ path: 'CLAUDE.md', content: base, origin: 'claude-md' }]),
      request: 'Make the checkout faster', date: '2026-10-02', problem: 'p', solution: 's', result: 'r', moduleNotes: [],
    });
    assert.equal(applyMemoryEdit(base, edit), base + edit.text, JSON.stringify(base));
  }
});

test('an edit lands after one blank line on whatever the file is now', () => {
  const edit = appendTo('# Shop\n');
  assert.equal(applyMemoryEdit('# Shop\n\nuser note without newline', edit), `# Shop\n\nuser note without newline\n\n${SECTION}`);
  assert.equal(applyMemoryEdit('# Shop\nnew line\n', appendTo('# Shop')), `# Shop\nnew line\n\n${SECTION}`);
  assert.equal(applyMemoryEdit('', edit), SECTION, 'an emptied file becomes the section');
  assert.equal(applyMemoryEdit(undefined, edit), SECTION, 'a deleted file is created with the section');
  const create: MemoryEdit = { path: 'CLAUDE.md', kind: 'create', baseContent: '', text: `# Project memory\n\n${SECTION}`, description: 'd' };
  assert.equal(applyMemoryEdit(undefined, create), create.text);
  assert.equal(applyMemoryEdit('# Written since\n', create), `# Written since\n\n${create.text}`, 'a file created since the run keeps its text');
  for (const current of ['x', 'x\n', '', 'a\n\n']) assert.ok(applyMemoryEdit(current, edit).startsWith(current), 'hosts may insert only the tail');
});

function scratch(t: { after(fn: () => void): void }): { root: string; outside: string } {
  const dir = mkdtempSync(join(tmpdir(), 'memory-apply-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const root = join(dir, 'ws');
  mkdirSync(join(root, 'modules'), { recursive: true });
  return { root, outside: join(dir, 'outside.md') };
}

test('the CLI refuses a memory edit to a symbolic link leading outside the workspace, writes the others, and says so', (t) => {
  const { root, outside } = scratch(t);
  writeFileSync(outside, '# not yours\n');
  symlinkSync(outside, join(root, 'modules', 'leak.md'));
  writeFileSync(join(root, 'CLAUDE.md'), '# Shop\n');
  const edits: MemoryEdit[] = [appendTo('# Shop\n'), { ...appendTo(''), path: 'modules/leak.md' }, { ...appendTo(''), path: '../escape.md' }];

  const proposed = memoryPatch(root, edits);
  assert.deepEqual(proposed.paths, ['CLAUDE.md']);
  assert.equal(proposed.refused.length, 2);
  assert.match(proposed.refused[0], /modules\/leak\.md.*leads outside the workspace/);
  assert.ok(!proposed.patch.includes('leak.md'));

  const applied = applyMemoryEdits(root, edits);
  assert.deepEqual(applied.paths, ['CLAUDE.md']);
  assert.equal(applied.refused.length, 2);
  assert.equal(readFileSync(outside, 'utf8'), '# not yours\n', 'the file outside is untouched');
  assert.equal(readFileSync(join(root, 'CLAUDE.md'), 'utf8'), `# Shop\n\n${SECTION}`);
});

test('project memory does not read a CLAUDE.md or module note that links outside the workspace', async (t) => {
  const { root, outside } = scratch(t);
  writeFileSync(outside, '# secret notes\n');
  symlinkSync(outside, join(root, 'CLAUDE.md'));
  symlinkSync(outside, join(root, 'modules', 'payment.md'));
  writeFileSync(join(root, 'modules', 'cart.md'), '# Cart\n');
  const memory = await readProjectMemory(root);
  assert.deepEqual(memory.files.map((f) => f.path), ['modules/cart.md']);
});
