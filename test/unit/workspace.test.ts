import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace, WorkspaceAccessError, type WorkspaceAccessReason } from '../../src/core/workspace';

async function writeTree(root: string, files: Record<string, string | Buffer>): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    const absolute = path.join(root, ...relative.split('/'));
    await fs.mkdir(path.dirname(absolute), { recursive: true });
    await fs.writeFile(absolute, content);
  }
}

async function refusal(action: () => unknown): Promise<WorkspaceAccessError> {
  try {
    await action();
  } catch (error) {
    assert.ok(error instanceof WorkspaceAccessError, `expected WorkspaceAccessError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the access to be refused');
}

async function assertRefused(action: () => unknown, reason: WorkspaceAccessReason): Promise<WorkspaceAccessError> {
  const error = await refusal(action);
  assert.equal(error.reason, reason, error.message);
  return error;
}

const numbered = (count: number): string => Array.from({ length: count }, (_, i) => `line ${i + 1}`).join('\n') + '\n';

describe('Workspace', () => {
  let root: string;
  let outside: string;
  let ws: Workspace;

  before(async () => {
    const base = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-test-'));
    root = path.join(base, 'project');
    outside = path.join(base, 'outside');
    await writeTree(outside, { 'secret.txt': 'do not read' });
    await writeTree(root, {
      '.gitignore': 'dist/\n*.log\n!keep.log\n',
      '.env': 'API_KEY=live',
      '.env.local': 'API_KEY=local',
      '.env.example': 'API_KEY=',
      'config/server.key': '-----BEGIN PRIVATE KEY-----',
      'config/app.json': '{"port": 8080}',
      'src/index.ts': 'import { orders } from "./orders";\nexport const main = () => orders();\n',
      'src/orders.ts': 'export function orders() {\n  for (const id of ids) db.query(`SELECT * FROM orders WHERE id = ${id}`);\n}\n',
      'src/Readme.md': 'Orders module\n',
      'src/generated/.gitignore': '*.gen.ts\n',
      'src/generated/types.gen.ts': 'export type Generated = 1;',
      'src/generated/kept.ts': 'export const kept = true;',
      'dist/bundle.js': 'minified()',
      'debug.log': 'noise',
      'keep.log': 'important',
      'node_modules/lib/index.js': 'module.exports = {}',
      '.orchestrator/runs/r1/journal.jsonl': '{}',
      '.orchestrator/coordinators/x.md': '# x',
      'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      'big.txt': numbered(3000),
      'build/out.txt': 'configured exclude',
    });
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(root, 'escape.txt'));
    await fs.symlink(path.join(root, '.env'), path.join(root, 'innocent.txt'));
    await fs.symlink(path.join(root, 'src', 'index.ts'), path.join(root, 'alias.ts'));
    ws = new Workspace(root, { exclude: ['build/**'], maxFileBytes: 4096, maxReadLines: 100 });
  });

  after(async () => {
    await fs.rm(path.dirname(root), { recursive: true, force: true });
  });

  describe('confinement', () => {
    test('refuses paths that climb out of the root, even after normalization', async () => {
      const error = await assertRefused(() => ws.readFile('../x'), 'outside');
      assert.match(error.message, /Path '\.\.\/x' is outside the workspace; use a path relative to the workspace root/);
      await assertRefused(() => ws.readFile('sub/../../x'), 'outside');
      await assertRefused(() => ws.resolve('src/../../outside/secret.txt'), 'outside');
    });

    test('refuses absolute paths and tells the model to use a relative one', async () => {
      const error = await assertRefused(() => ws.readFile('/etc/passwd'), 'absolute');
      assert.match(error.message, /relative to the workspace root/);
      await assertRefused(() => ws.resolve('C:\\Windows\\win.ini'), 'absolute');
    });

    test('refuses a symlink that points outside the workspace', async () => {
      await assertRefused(() => ws.readFile('escape.txt'), 'outside');
      await assertRefused(() => ws.readRaw('escape.txt'), 'outside');
    });

    test('refuses NUL bytes in paths', async () => {
      await assertRefused(() => ws.resolve('src/index.ts\0.png'), 'invalid');
    });

    test('normal paths resolve inside the root, including ones that do not exist yet', async () => {
      assert.equal(ws.resolve('./src//index.ts'), await fs.realpath(path.join(root, 'src', 'index.ts')));
      assert.ok(ws.resolve('modules/new-note.md').endsWith(path.join('modules', 'new-note.md')));
    });
  });

  describe('secrets and exclusions', () => {
    test('secret files are refused with reason "secret"; .env.example is readable', async () => {
      for (const secret of ['.env', '.env.local', 'config/server.key']) {
        const error = await assertRefused(() => ws.readFile(secret), 'secret');
        assert.match(error.message, /never readable/);
      }
      await assertRefused(() => ws.readRaw('.env'), 'secret');
      assert.equal((await ws.readFile('.env.example')).text, 'API_KEY=');
      assert.equal(await ws.exclusion('.env'), 'secret');
      assert.equal(await ws.isExcluded('.env.example'), false);
    });

    test('a link with a harmless name pointing at a secret is refused', async () => {
      await assertRefused(() => ws.readFile('innocent.txt'), 'secret');
    });

    test('gitignored files, nested gitignores, fixed folders and configured globs are excluded', async () => {
      await assertRefused(() => ws.readFile('dist/bundle.js'), 'excluded');
      await assertRefused(() => ws.readFile('debug.log'), 'excluded');
      await assertRefused(() => ws.readFile('src/generated/types.gen.ts'), 'excluded');
      await assertRefused(() => ws.readFile('node_modules/lib/index.js'), 'excluded');
      await assertRefused(() => ws.readFile('.orchestrator/runs/r1/journal.jsonl'), 'excluded');
      await assertRefused(() => ws.readFile('build/out.txt'), 'excluded');
      assert.equal((await ws.readFile('keep.log')).text, 'important');
      assert.equal((await ws.readFile('src/generated/kept.ts')).text, 'export const kept = true;');
    });

    test('readRaw ignores gitignore (CLAUDE.local.md is usually ignored) but not confinement', async () => {
      assert.equal(await ws.readRaw('debug.log'), 'noise');
      await assertRefused(() => ws.readRaw('missing.md'), 'not_found');
    });
  });

  describe('listFiles', () => {
    test('lists visible files sorted, with forward slashes, hiding everything excluded', async () => {
      const { files, truncated } = await ws.listFiles();
      assert.equal(truncated, false);
      assert.deepEqual(files, [...files].sort());
      for (const expected of ['.env.example', '.gitignore', 'alias.ts', 'config/app.json', 'keep.log', 'src/generated/kept.ts', 'src/index.ts', '.orchestrator/coordinators/x.md']) {
        assert.ok(files.includes(expected), `missing ${expected}`);
      }
      for (const hidden of ['.env', '.env.local', 'config/server.key', 'dist/bundle.js', 'debug.log', 'src/generated/types.gen.ts', 'node_modules/lib/index.js', '.orchestrator/runs/r1/journal.jsonl', 'build/out.txt', 'escape.txt', 'innocent.txt']) {
        assert.ok(!files.includes(hidden), `should hide ${hidden}`);
      }
    });

    test('filters by glob; a glob without a slash matches names at any depth', async () => {
      assert.deepEqual((await ws.listFiles('src/*.ts')).files, ['src/index.ts', 'src/orders.ts']);
      assert.deepEqual((await ws.listFiles('*.ts')).files, ['alias.ts', 'src/generated/kept.ts', 'src/index.ts', 'src/orders.ts']);
      assert.deepEqual((await ws.listFiles('config/app.json')).files, ['config/app.json']);
      assert.deepEqual((await ws.listFiles('nowhere/**')).files, []);
    });

    test('reports truncation when more files match than the limit', async () => {
      const result = await ws.listFiles('**/*', 3);
      assert.equal(result.files.length, 3);
      assert.equal(result.truncated, true);
    });

    test('refuses globs that leave the workspace or target an excluded folder', async () => {
      await assertRefused(() => ws.listFiles('../outside/**'), 'outside');
      await assertRefused(() => ws.listFiles('node_modules/**'), 'excluded');
    });
  });

  describe('readFile', () => {
    test('reads a line range, 1-based and inclusive, with the total line count', async () => {
      const slice = await ws.readFile('src/orders.ts', { startLine: 2, endLine: 3 });
      assert.equal(slice.startLine, 2);
      assert.equal(slice.endLine, 3);
      assert.equal(slice.totalLines, 3);
      assert.equal(slice.text, '  for (const id of ids) db.query(`SELECT * FROM orders WHERE id = ${id}`);\n}');
      assert.equal(slice.truncated, false);
    });

    test('refuses a whole read over the byte cap but serves a range from it', async () => {
      const error = await assertRefused(() => ws.readFile('big.txt'), 'too_large');
      assert.match(error.message, /start_line and end_line/);
      const slice = await ws.readFile('big.txt', { startLine: 2500, endLine: 2502 });
      assert.equal(slice.text, 'line 2500\nline 2501\nline 2502');
      assert.equal(slice.totalLines, 3000);
    });

    test('a range larger than the line cap is cut and marked truncated', async () => {
      const slice = await ws.readFile('big.txt', { startLine: 1, endLine: 500 });
      assert.equal(slice.endLine, 100);
      assert.equal(slice.truncated, true);
    });

    test('refuses binaries, folders, missing files and ranges past the end', async () => {
      await assertRefused(() => ws.readFile('assets/logo.png'), 'binary');
      await assertRefused(() => ws.readFile('src'), 'invalid');
      await assertRefused(() => ws.readFile('src/missing.ts'), 'not_found');
      const error = await assertRefused(() => ws.readFile('src/orders.ts', { startLine: 40 }), 'past_end');
      assert.match(error.message, /has 3 lines/);
      await assertRefused(() => ws.readFile('src/orders.ts', { startLine: 3, endLine: 2 }), 'invalid');
    });
  });

  describe('searchText', () => {
    test('finds literal text case-insensitively by default, in path order', async () => {
      const { matches } = await ws.searchText('ORDERS');
      assert.deepEqual(matches.map((m) => `${m.path}:${m.line}`), [
        'alias.ts:1', 'alias.ts:2', 'src/Readme.md:1', 'src/index.ts:1', 'src/index.ts:2', 'src/orders.ts:1', 'src/orders.ts:2',
      ]);
      assert.deepEqual((await ws.searchText('ORDERS', { caseSensitive: true })).matches, []);
    });

    test('supports regex, glob and maxResults, and never searches hidden files', async () => {
      const { matches } = await ws.searchText('db\\.query\\(.*\\$\\{', { regex: true, glob: 'src/**' });
      assert.deepEqual(matches, [{ path: 'src/orders.ts', line: 2, text: 'for (const id of ids) db.query(`SELECT * FROM orders WHERE id = ${id}`);', redacted: [] }]);
      const big = await ws.searchText('line', { maxResults: 5, glob: '*.txt' });
      assert.equal(big.matches.length, 0);
      assert.deepEqual(big.tooLarge, ['big.txt'], 'big.txt is over the cap: not searched, and said so');
      assert.deepEqual((await ws.searchText('API_KEY=live')).matches, []);
      const capped = await ws.searchText('e', { maxResults: 2 });
      assert.equal(capped.matches.length, 2);
      assert.equal(capped.stoppedBy, 'results');
    });

    test('an invalid regex is refused with reason "invalid"', async () => {
      const error = await assertRefused(() => ws.searchText('([a-', { regex: true }), 'invalid');
      assert.match(error.message, /regular expression cannot be used: it is not valid here/);
    });

    test('long lines are cut to 200 characters around the match', async () => {
      const other = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-long-'));
      await writeTree(other, { 'min.js': `${'a'.repeat(1000)}NEEDLE${'b'.repeat(1000)}` });
      const { matches: [match] } = await new Workspace(other).searchText('needle');
      assert.equal(match.text.length, 200);
      assert.match(match.text, /NEEDLE/);
      await fs.rm(other, { recursive: true, force: true });
    });
  });
});

const shop = path.join(import.meta.dirname, '..', '..', 'examples', 'shop');
test('examples/shop: its .env (planted there on purpose) is refused as a secret', async () => {
  await assertRefused(() => new Workspace(shop).readFile('.env'), 'secret');
});
