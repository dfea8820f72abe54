import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findPriorWork, MemoryReadError, readProjectMemory, splitSections, stem } from '../../src/core/memory/index';
import { readProjectMemoryFiles } from '../../src/core/memory/reader';
import { selectMemory } from '../../src/core/memory/selection';
import { DEFAULT_MEMORY_TOKEN_BUDGET, describeMemorySelection } from '../../src/core/memory/selectionSummary';
import { Workspace } from '../../src/core/workspace';

/** A fresh workspace under a parent folder, so a file can sit just outside it. */
async function workspaceWith(files: Record<string, string>, outside: Record<string, string> = {}): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const parent = await mkdtemp(join(tmpdir(), 'memory-test-'));
  const root = join(parent, 'workspace');
  await mkdir(root);
  for (const [base, entries] of [[root, files], [parent, outside]] as const) {
    for (const [path, content] of Object.entries(entries)) {
      await mkdir(dirname(join(base, path)), { recursive: true });
      await writeFile(join(base, path), content);
    }
  }
  return { root, cleanup: () => rm(parent, { recursive: true, force: true }) };
}

test('reads the root CLAUDE.md, nested ones in sorted order, and module notes, skipping generated folders', async (t) => {
  const ws = await workspaceWith({
    'CLAUDE.md': '# Root\n',
    'services/web/CLAUDE.md': '# Web\n',
    'services/api/CLAUDE.md': '# API\n',
    'node_modules/pkg/CLAUDE.md': '# dependency\n',
    'dist/CLAUDE.md': '# built\n',
    '.orchestrator/CLAUDE.md': '# runs\n',
    'modules/search.md': '# Search module\n',
    'modules/cart.md': '# Cart module\n',
    'modules/readme.txt': 'not a note',
  });
  t.after(ws.cleanup);
  const memory = await readProjectMemory(ws.root);
  assert.deepEqual(
    memory.files.map((f) => [f.path, f.origin]),
    [
      ['CLAUDE.md', 'claude-md'],
      ['services/api/CLAUDE.md', 'nested-claude-md'],
      ['services/web/CLAUDE.md', 'nested-claude-md'],
      ['modules/cart.md', 'module-note'],
      ['modules/search.md', 'module-note'],
    ],
  );
});

test('follows @imports in prose relative to the importer, not in code, through a cycle, never out of the workspace', async (t) => {
  const ws = await workspaceWith(
    {
      'CLAUDE.md': [
        '# Root',
        '',
        'Architecture: @docs/architecture.md. Mail me@example.com.',
        'Secrets: @../outside.md',
        '',
        '```',
        '@docs/in-code-block.md',
        '```',
        '',
        'Inline `@docs/in-code-span.md` is an example.',
        '',
      ].join('\n'),
      'docs/architecture.md': '# Architecture\n\nSee @cycle-a.md\n',
      'docs/cycle-a.md': '# A\n\n@cycle-b.md\n',
      'docs/cycle-b.md': '# B\n\nBack to @cycle-a.md and @../CLAUDE.md\n',
      'docs/in-code-block.md': '# should not be read\n',
      'docs/in-code-span.md': '# should not be read\n',
      'example.com': 'not an import',
    },
    { 'outside.md': '# outside the workspace\n' },
  );
  t.after(ws.cleanup);
  const memory = await readProjectMemory(ws.root);
  assert.deepEqual(
    memory.files.map((f) => [f.path, f.origin]),
    [
      ['CLAUDE.md', 'claude-md'],
      ['docs/architecture.md', 'import'],
      ['docs/cycle-a.md', 'import'],
      ['docs/cycle-b.md', 'import'],
    ],
  );
  assert.deepEqual(memory.skippedImports, [{ file: 'CLAUDE.md', target: '../outside.md', reason: 'outside the workspace' }], 'the import left out is said');
});

test('an import through a symbolic link that leads out of the workspace is ignored', async (t) => {
  const ws = await workspaceWith({ 'CLAUDE.md': '# Root\n\n@linked.md\n' }, { 'secret.md': '# outside\n' });
  t.after(ws.cleanup);
  await symlink(join(ws.root, '..', 'secret.md'), join(ws.root, 'linked.md'));
  const memory = await readProjectMemory(ws.root);
  assert.deepEqual(memory.files.map((f) => f.path), ['CLAUDE.md']);
  assert.deepEqual(memory.skippedImports, [{ file: 'CLAUDE.md', target: 'linked.md', reason: 'a link leading outside the workspace' }]);
});

test('imports are followed five levels deep and no further', async (t) => {
  const chain: Record<string, string> = { 'CLAUDE.md': '@level1.md\n' };
  for (let level = 1; level <= 7; level++) chain[`level${level}.md`] = `# Level ${level}\n\n@level${level + 1}.md\n`;
  const ws = await workspaceWith(chain);
  t.after(ws.cleanup);
  const memory = await readProjectMemory(ws.root);
  assert.deepEqual(memory.files.map((f) => f.path), ['CLAUDE.md', 'level1.md', 'level2.md', 'level3.md', 'level4.md', 'level5.md']);
  assert.deepEqual(memory.skippedImports, [{ file: 'level5.md', target: 'level6.md', reason: 'imports nest more than 5 deep' }]);
});

test('the plan says which imports were not read and why: home folder, missing, a key', async (t) => {
  const ws = await workspaceWith({ 'CLAUDE.md': '# Root\n\n@~/.claude/personal.md\n@docs/missing.md\n@config/deploy_key\n', 'config/deploy_key': 'x' });
  t.after(ws.cleanup);
  const memory = await readProjectMemory(ws.root);
  assert.deepEqual(memory.skippedImports?.map((s) => `${s.target}: ${s.reason}`), [
    '~/.claude/personal.md: in the home folder, outside the workspace',
    'docs/missing.md: not found',
    'config/deploy_key: a secret file, never read',
  ]);
  const selection = selectMemory(memory, 'why is login slow', DEFAULT_MEMORY_TOKEN_BUDGET);
  assert.match(describeMemorySelection(selection), /CLAUDE\.md imports @docs\/missing\.md: not read \(not found\)\./);
  assert.match(selection.text, /CLAUDE\.md imports @~\/\.claude\/personal\.md: not read/, 'coordinators are told too');
});

test('AGENTS.md is read only when there is no root CLAUDE.md', async (t) => {
  const onlyAgents = await workspaceWith({ 'AGENTS.md': '# Agents\n\n## Build\n\nRun make.\n' });
  const both = await workspaceWith({ 'AGENTS.md': '# Agents\n', 'CLAUDE.md': '# Claude\n' });
  t.after(onlyAgents.cleanup);
  t.after(both.cleanup);
  assert.deepEqual((await readProjectMemory(onlyAgents.root)).files.map((f) => [f.path, f.origin]), [['AGENTS.md', 'agents-md']]);
  assert.deepEqual((await readProjectMemory(both.root)).files.map((f) => f.path), ['CLAUDE.md']);
});

test('the digest changes with content and not with the order files were written in', async (t) => {
  const first = await workspaceWith({ 'CLAUDE.md': '# A\n', 'modules/x.md': '# X\n' });
  const second = await workspaceWith({ 'modules/x.md': '# X\n', 'CLAUDE.md': '# A\n' });
  const changed = await workspaceWith({ 'CLAUDE.md': '# A\n', 'modules/x.md': '# X changed\n' });
  t.after(first.cleanup);
  t.after(second.cleanup);
  t.after(changed.cleanup);
  const [a, b, c] = await Promise.all([first, second, changed].map((ws) => readProjectMemory(ws.root)));
  assert.match(a.digest, /^[0-9a-f]{64}$/);
  assert.equal(a.digest, b.digest);
  assert.notEqual(a.digest, c.digest);
});

test('nested memory in gitignored or excluded folders is not read; a gitignored CLAUDE.md in a visible folder is', async (t) => {
  const ws = await workspaceWith({
    '.gitignore': '.venv/\nservices/api/CLAUDE.md\n',
    '.venv/lib/site-packages/somepkg/CLAUDE.md': '# A dependency\n',
    'services/api/CLAUDE.md': '# API (kept out of git)\n',
    'services/web/CLAUDE.md': '# Web\n',
    'legacy/CLAUDE.md': '# Legacy\n',
  });
  t.after(ws.cleanup);
  const memory = await readProjectMemory(ws.root);
  assert.deepEqual(memory.files.map((f) => f.path), ['legacy/CLAUDE.md', 'services/api/CLAUDE.md', 'services/web/CLAUDE.md']);

  const excluded = await readProjectMemoryFiles(ws.root, { workspace: new Workspace(ws.root, { exclude: ['legacy/**'] }) });
  assert.deepEqual(excluded.memory.files.map((f) => f.path), ['services/api/CLAUDE.md', 'services/web/CLAUDE.md']);
});

test('memory edited between two reads is read as it now is: its sections, its imports and prior work', async (t) => {
  const ws = await workspaceWith({ 'CLAUDE.md': '# Project\n\n## Checkout\nCart totals.\n', 'docs/a.md': '# A\n', 'docs/b.md': '# B\n' });
  t.after(ws.cleanup);
  const before = await readProjectMemory(ws.root);
  assert.deepEqual(before.sections.map((s) => s.heading), ['Project', 'Checkout']);

  await writeFile(join(ws.root, 'CLAUDE.md'), '# Project\n\n## Search\nProduct search is slow. See @docs/b.md\n');
  const after = await readProjectMemory(ws.root);
  assert.deepEqual(after.sections.map((s) => s.heading), ['Project', 'Search', 'B']);
  assert.deepEqual(after.files.map((f) => f.path), ['CLAUDE.md', 'docs/b.md']);
  assert.deepEqual(findPriorWork(after, 'slow product search').map((p) => p.heading), ['Search']);
  assert.deepEqual(findPriorWork(after, 'cart totals'), []);
});

test('a missing workspace folder is reported with its path', async () => {
  await assert.rejects(readProjectMemory(join(tmpdir(), 'no-such-workspace-4711')), (error: unknown) => {
    assert.ok(error instanceof MemoryReadError);
    assert.match(error.message, /no-such-workspace-4711/);
    return true;
  });
});

test('sections come from real headings with their line numbers; a # inside a code block is not one', () => {
  const content = ['Intro line.', '', '# Title', '', '## Checkout', '', '```sh', '# not a heading', '```', '', '### Problem', 'Slow.', '', 'Setext', '------', 'Body.'].join('\n');
  const sections = splitSections('CLAUDE.md', content);
  assert.deepEqual(
    sections.map((s) => [s.heading, s.line]),
    [['CLAUDE.md', 1], ['Title', 3], ['Checkout', 5], ['Problem', 11], ['Setext', 14]],
  );
  const checkout = sections.find((s) => s.heading === 'Checkout');
  assert.match(checkout?.body ?? '', /# not a heading/);
  assert.match(checkout?.body ?? '', /### Problem\nSlow\./, 'a section holds its sub-sections');
  assert.doesNotMatch(checkout?.body ?? '', /Setext/, 'a section stops at the next heading of its level');
});

test('stemming folds the forms a request uses onto the words memory uses', () => {
  assert.equal(stem('faster'), 'fast');
  assert.equal(stem('checkout'), 'checkout');
  assert.equal(stem('queries'), stem('query'));
  assert.equal(stem('slowness'), 'slow');
  assert.equal(stem('speed'), 'speed');
});

test('findPriorWork ranks the Checkout section first for "Make the checkout faster"', async () => {
  const memory = await readProjectMemory(join(import.meta.dirname, '..', 'fixtures', 'plan', 'shop'));
  const found = findPriorWork(memory, 'Make the checkout faster');
  assert.equal(found[0].file, 'CLAUDE.md');
  assert.equal(found[0].heading, 'Checkout (2026-09-14)');
  assert.match(found[0].excerpt, /timed out/);
  assert.ok(found.length <= 5);
  assert.ok(found.every((f) => f.excerpt.length <= 300));
  assert.deepEqual(findPriorWork(memory, 'Make the checkout faster', 2).length, 2);
  assert.deepEqual(findPriorWork(memory, 'the of and'), [], 'stop words alone find nothing');
});

test('ties are broken by file, then line', async (t) => {
  const ws = await workspaceWith({
    'CLAUDE.md': '# Root\n\n## Later\n\nsearch index\n\n## Earlier mention\n\nsearch ranking\n',
    'modules/a.md': '# A\n\nsearch here too\n',
  });
  t.after(ws.cleanup);
  const found = findPriorWork(await readProjectMemory(ws.root), 'search');
  assert.deepEqual(found.map((f) => [f.file, f.heading]), [
    ['CLAUDE.md', 'Later'],
    ['CLAUDE.md', 'Earlier mention'],
    ['modules/a.md', 'A'],
  ]);
});

test('memory never carries a secret: secrets are replaced in place, @imports of keys and .env are not followed', async (t) => {
  const key = await readFile(join(import.meta.dirname, '..', 'fixtures', 'hostile', 'config', 'deploy_key'), 'utf8');
  const ws = await workspaceWith({
    'CLAUDE.md': '# Project\n\nSee @config/deploy_key and @.env and @notes/keys.md.\n\nRelease token: ghp_ztQr5y77cZ9Zqs3GwctHhAXoRNMkqB6BWl9e\nLast line.\n',
    // A note that is a key under an innocent name: read, but every line of the key is a placeholder.
    'config/deploy_key': key,
    '.env': 'STRIPE_SECRET_KEY=sk_live_uOq5vpOnM98bvIUuau1UY9BnXjAqkkpgpCMtzgph\n',
    'notes/keys.md': key,
    'modules/payments.md': '# Payments\n\nStripe key sk_live_uOq5vpOnM98bvIUuau1UY9BnXjAqkkpgpCMtzgph lives in the vault.\n',
  });
  t.after(ws.cleanup);
  const memory = await readProjectMemory(ws.root);
  assert.deepEqual(memory.files.map((f) => f.path), ['CLAUDE.md', 'notes/keys.md', 'modules/payments.md']);
  assert.match(memory.files[1].content, /^\[redacted: private key\]\n/);
  const claude = memory.files[0].content;
  assert.equal(claude.split('\n').length, 7, 'lines kept');
  assert.match(claude, /^Release token: \[redacted: GitHub token\]$/m);
  assert.match(memory.files[2].content, /Stripe key \[redacted: Stripe live key\] lives in the vault/);
  const all = JSON.stringify(memory);
  for (const secret of ['ghp_ztQr5y77', 'sk_live_uOq5', 'b3BlbnNzaC1rZXkt']) assert.ok(!all.includes(secret), `${secret} reached memory`);
});
