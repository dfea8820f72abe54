import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace } from '../../src/core/workspace';
import { createWorkspaceToolExecutor, workspaceToolDefinitions, workspaceToolDefinitionsFor, type WorkspaceToolExecutor } from '../../src/core/delegation/workspaceTools';
import { copyHostile, leakedSecrets } from './hostileFixture';

describe('workspace tools', () => {
  let root: string;
  let run: WorkspaceToolExecutor;

  before(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-tools-'));
    await fs.mkdir(path.join(root, 'src'));
    await fs.writeFile(path.join(root, 'src', 'orders.ts'), Array.from({ length: 15 }, (_, i) => `const line${i + 1} = ${i + 1};`).join('\n'));
    await fs.writeFile(path.join(root, '.env'), 'TOKEN=abc');
    run = createWorkspaceToolExecutor(new Workspace(root, { maxReadLines: 10 }));
  });

  after(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  test('definitions describe the three read-only tools with required inputs, and cannot be mutated', () => {
    assert.deepEqual(workspaceToolDefinitions.map((d) => d.name), ['list_files', 'read_file', 'search_text']);
    const readFile = workspaceToolDefinitions[1];
    assert.deepEqual(readFile.inputSchema.required, ['path']);
    assert.match(readFile.description, /relative to the workspace root/);
    assert.match(readFile.description, /1-based, inclusive/);
    assert.match(readFile.description, /Secret files/);
    assert.throws(() => {
      (readFile as { description: string }).description = 'changed';
    }, TypeError);
  });

  test('read_file prefixes line numbers and tells the model how to continue a cut read', async () => {
    const whole = await run('read_file', { path: 'src/orders.ts', start_line: 2, end_line: 3 });
    assert.equal(whole.isError, false);
    assert.equal(whole.content, '   2| const line2 = 2;\n   3| const line3 = 3;\n[Lines 2-3 of 15 in src/orders.ts.]');
    const cut = await run('read_file', { path: 'src/orders.ts' });
    assert.match(cut.content, /^ {3}1\| const line1 = 1;/);
    assert.match(cut.content, /\[Lines 1-10 of 15 in src\/orders\.ts\. Output was cut; continue with start_line 11\.\]$/);
  });

  test('list_files and search_text answer with workspace-relative paths', async () => {
    assert.deepEqual(await run('list_files', {}), { content: 'src/orders.ts', isError: false });
    assert.deepEqual(await run('list_files', { glob: '*.sql' }), { content: "No files match '*.sql'.", isError: false });
    assert.deepEqual(await run('search_text', { query: 'line12 =' }), { content: 'src/orders.ts:12: const line12 = 12;', isError: false });
    assert.deepEqual(await run('search_text', { query: 'TOKEN' }), { content: "No matches for 'TOKEN'.", isError: false });
  });

  test('refusals and bad input come back as errors written for the model', async () => {
    const secret = await run('read_file', { path: '.env' });
    assert.equal(secret.isError, true);
    assert.match(secret.content, /looks like a secret/);
    const outside = await run('read_file', { path: '../etc/passwd' });
    assert.equal(outside.isError, true);
    assert.match(outside.content, /outside the workspace; use a path relative to the workspace root/);
    const badInput = await run('read_file', { start_line: 'two' });
    assert.equal(badInput.isError, true);
    assert.match(badInput.content, /^Invalid input for read_file: path: .*start_line: /);
    const badRegex = await run('search_text', { query: '(', regex: true });
    assert.equal(badRegex.isError, true);
    assert.match(badRegex.content, /regular expression cannot be used/);
    const unknown = await run('write_file', { path: 'x' });
    assert.deepEqual(unknown, { content: "Unknown tool 'write_file'. The tools you can use are list_files, read_file, search_text.", isError: true });
  });

  test('a coordinator limited to some tools sees only those and is refused the others', async () => {
    assert.deepEqual(workspaceToolDefinitionsFor(['read_file', 'Bash']).map((d) => d.name), ['read_file']);
    const limited = createWorkspaceToolExecutor(new Workspace(root), ['read_file']);
    const refused = await limited('list_files', {});
    assert.deepEqual(refused, { content: "Unknown tool 'list_files'. The tools you can use are read_file.", isError: true });
    assert.equal((await limited('read_file', { path: 'src/orders.ts', end_line: 1 })).content, '   1| const line1 = 1;\n[Lines 1-1 of 15 in src/orders.ts.]');
  });

  test('a cancelled call throws instead of answering', async () => {
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(run('list_files', {}, controller.signal), { name: 'AbortError' });
  });

  test('on the hostile workspace every refusal and redaction is told to the model and recorded for the user', async (t) => {
    const hostile = createWorkspaceToolExecutor(new Workspace(copyHostile(t)));

    const byName = await hostile('read_file', { path: 'config/deploy_key' });
    assert.equal(byName.isError, true);
    assert.equal(byName.note, 'refused: its name marks it as a secret (keys, credentials, environment values)');

    const byContent = await hostile('read_file', { path: 'ops/ci-signing.txt' });
    assert.equal(byContent.refused, 'the file holds a private key');
    assert.match(byContent.content, /^File 'ops\/ci-signing\.txt' holds a private key and is never readable/);

    const outside = await hostile('read_file', { path: '../../etc/passwd' });
    assert.equal(outside.note, 'refused: the path is outside the workspace');
    assert.equal((await hostile('read_file', { path: 'src/missing.js' })).refused, undefined, 'a missing file is an error, not a refusal');

    const payments = await hostile('read_file', { path: 'src/payments.js' });
    assert.equal(payments.isError, false);
    assert.deepEqual(payments.redactions, [
      { path: 'src/payments.js', line: 8, kind: 'AWS access key' },
      { path: 'src/payments.js', line: 10, kind: 'Stripe live key' },
    ]);
    assert.equal(payments.note, '2 secrets (AWS access key, Stripe live key) redacted');
    assert.match(payments.content, /^ {2}10\| const stripe = Stripe\('\[redacted: Stripe live key\]'\);$/m);
    assert.match(payments.content, /\[Secrets are shown as placeholders: AWS access key \(line 8\), Stripe live key \(line 10\)\. The values are hidden; the places are real\.\]$/);

    const search = await hostile('search_text', { query: 'BEGIN OPENSSH' });
    assert.deepEqual(search.withheld, [{ path: 'ops/ci-signing.txt', kind: 'private key' }]);
    assert.equal(search.matchesInSecrets, 1);
    assert.equal(search.note, 'matches withheld from ops/ci-signing.txt (private key); 1 match inside secrets not shown');
    assert.equal(search.content, "No matches for 'BEGIN OPENSSH'.\n[Matches in ops/ci-signing.txt are not shown: the file holds a private key.]\n[1 match fell inside secrets and is not shown.]");

    for (const result of [byName, byContent, payments, search]) assert.deepEqual(leakedSecrets(JSON.stringify(result)), []);
  });
});
