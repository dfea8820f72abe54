import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Workspace, WorkspaceAccessError, type WorkspaceAccessReason } from '../../src/core/workspace';
import { createWorkspaceToolExecutor } from '../../src/core/delegation/workspaceTools';
import { copyHostile, leakedSecrets, SLOW_PATTERN, writeSlowFiles } from './hostileFixture';

async function refusedWith(action: () => Promise<unknown>, reason: WorkspaceAccessReason): Promise<WorkspaceAccessError> {
  try {
    await action();
  } catch (error) {
    assert.ok(error instanceof WorkspaceAccessError, String(error));
    assert.equal(error.reason, reason, error.message);
    return error;
  }
  assert.fail('expected a refusal');
}

async function scratch(t: { after: (fn: () => Promise<void>) => void }, files: Record<string, string>): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'ws-hostile-'));
  t.after(() => fs.rm(root, { recursive: true, force: true }));
  for (const [file, content] of Object.entries(files)) {
    await fs.mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await fs.writeFile(path.join(root, file), content);
  }
  return root;
}


describe('reading the hostile workspace', () => {
  test('a key file is refused by name, a key with an innocent name and a service account by content', async (t) => {
    const ws = new Workspace(copyHostile(t));
    await refusedWith(() => ws.readFile('config/deploy_key'), 'secret');
    const byContent = await refusedWith(() => ws.readFile('ops/ci-signing.txt'), 'secret');
    assert.equal(byContent.secretKind, 'private key');
    assert.match(byContent.message, /holds a private key and is never readable/);
    assert.equal((await refusedWith(() => ws.readFile('config/gcloud.json'), 'secret')).secretKind, 'GCP service account key');
  });

  test('secrets inside ordinary code are replaced within their lines; every other line is as written', async (t) => {
    const root = copyHostile(t);
    const slice = await new Workspace(root).readFile('src/payments.js');
    const original = (await fs.readFile(path.join(root, 'src', 'payments.js'), 'utf8')).split('\n');
    const lines = slice.text.split('\n');
    assert.equal(lines.length, slice.totalLines);
    assert.equal(lines[7], "  credentials: { accessKeyId: '[redacted: AWS access key]', secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY },");
    assert.equal(lines[9], "const stripe = Stripe('[redacted: Stripe live key]');");
    lines.forEach((line, index) => {
      if (index !== 7 && index !== 9) assert.equal(line, original[index]);
    });
    assert.deepEqual(slice.redactions.map((r) => [r.kind, r.line]), [['AWS access key', 8], ['Stripe live key', 10]]);
    assert.deepEqual(leakedSecrets(slice.text), []);
  });

  test('a range inside a key embedded in code, in a file too large to read whole, shows only placeholders', async (t) => {
    const root = copyHostile(t);
    const sftp = await fs.readFile(path.join(root, 'src', 'sftp.js'), 'utf8');
    const padding = Array.from({ length: 400 }, (_, i) => `// filler line ${i}`).join('\n');
    await fs.writeFile(path.join(root, 'src', 'big-sftp.js'), `${padding}\n${sftp}`);
    const ws = new Workspace(root, { maxFileBytes: 4096 });
    const keyStart = 400 + sftp.split('\n').findIndex((line) => line.includes('BEGIN OPENSSH')) + 1;
    // The range starts in the middle of the key: its BEGIN line is not in the range.
    const slice = await ws.readFile('src/big-sftp.js', { startLine: keyStart + 3, endLine: keyStart + 12 });
    assert.deepEqual(leakedSecrets(slice.text), []);
    assert.match(slice.text, /^\[redacted: private key\]$/m);
    assert.equal(slice.redactions[0]?.kind, 'private key');
  });

  test('search never shows key material: key files are withheld, matches inside a secret are not shown', async (t) => {
    const ws = new Workspace(copyHostile(t));
    const result = await ws.searchText('BEGIN OPENSSH');
    assert.deepEqual(result.matches, []);
    assert.deepEqual(result.withheld, [{ path: 'ops/ci-signing.txt', kind: 'private key' }]);
    assert.equal(result.insideSecrets, 1, 'the key embedded in src/sftp.js');
    const aws = await ws.searchText('accessKeyId');
    assert.deepEqual(aws.matches.map((m) => [m.path, m.line, m.redacted]), [['src/payments.js', 8, ['AWS access key']]]);
    assert.deepEqual(leakedSecrets(JSON.stringify(aws)), []);
    // A regex cannot read a secret one guess at a time: it runs on the redacted line.
    assert.deepEqual((await ws.searchText('sk_live_uOq5', { regex: true })).matches, []);
  });

  test('a FIFO is never opened: reading one would block forever', async (t) => {
    const root = await scratch(t, { 'src/a.ts': 'a' });
    execFileSync('mkfifo', [path.join(root, 'src', 'pipe.txt')]);
    await refusedWith(() => new Workspace(root).readFile('src/pipe.txt'), 'invalid');
    assert.deepEqual((await new Workspace(root).listFiles()).files, ['src/a.ts']);
  });
});

describe('regular expressions from the model', () => {
  test('the issue\'s hang: (a+)+$ over 34 a\'s and a "!" returns, with the right answer', async (t) => {
    const ws = new Workspace(copyHostile(t));
    const result = await ws.searchText('(a+)+$', { regex: true, glob: 'data/*.txt' });
    assert.deepEqual(result.matches.map((m) => `${m.path}:${m.line}`), ['data/samples.txt:4'], 'only "parcel-3 asia" ends in a run of a');
  });

  test('backreferences and lookaround are refused with a message the model can act on', async (t) => {
    const ws = new Workspace(await scratch(t, { 'a.txt': 'abab' }));
    assert.match((await refusedWith(() => ws.searchText('(ab)\\1', { regex: true }), 'invalid')).message, /backreferences such as \\1 .* need backtracking/);
    assert.match((await refusedWith(() => ws.searchText('a(?=b)', { regex: true }), 'invalid')).message, /lookahead and lookbehind/);
    assert.match((await refusedWith(() => ws.searchText('(?<!x)b', { regex: true }), 'invalid')).message, /lookahead and lookbehind/);
    assert.match((await refusedWith(() => ws.searchText('[a-z]{1,1000}x', { regex: true }), 'invalid')).message, /too complex/);
  });

  test('JavaScript spellings RE2 writes differently still work', async (t) => {
    const ws = new Workspace(await scratch(t, { 'a.txt': 'A\tcafé\n(?=not a lookahead)\n' }));
    assert.equal((await ws.searchText('caf\\u00e9', { regex: true })).matches.length, 1);
    assert.equal((await ws.searchText('[(]\\?=not', { regex: true })).matches.length, 1, 'a class holding "(?=" is not lookahead');
    assert.equal((await ws.searchText('/CAFÉ/i', { regex: true, caseSensitive: true })).matches.length, 1, 'a /pattern/flags literal keeps its flags');
    assert.equal((await ws.searchText('/a\tcaf/', { regex: true })).matches.length, 1);
  });
});

describe('budgets and cancellation', () => {
  test('a search that runs out of time answers with what it found and how far it got', async (t) => {
    const root = await scratch(t, {});
    writeSlowFiles(root, 8, 30);
    const ws = new Workspace(root, { budget: { timeMs: 200 } });
    const result = await ws.searchText(SLOW_PATTERN, { regex: true });
    assert.equal(result.stoppedBy, 'time');
    assert.ok(result.filesSearched < result.filesTotal, `searched ${result.filesSearched} of ${result.filesTotal}`);
    const answer = await createWorkspaceToolExecutor(ws)('search_text', { query: SLOW_PATTERN, regex: true });
    assert.match(answer.content, /\[Searched \d of 8 files before the 0\.2 s time limit of one call; narrow the glob or the query to search the rest\.\]/);
    assert.match(answer.note ?? '', /^cut short: searched \d of 8 files before the 0\.2 s time limit/);
  });

  test('byte and file budgets stop a search the same way; too-large files are named, not skipped silently', async (t) => {
    const root = await scratch(t, { '0-huge.txt': 'x'.repeat(5000), 'a.txt': 'needle\n'.repeat(100), 'b.txt': 'needle\n'.repeat(100), 'c.txt': 'needle\n' });
    const bytes = await new Workspace(root, { budget: { bytes: 1000 }, maxFileBytes: 4096 }).searchText('zzz');
    assert.equal(bytes.stoppedBy, 'bytes');
    assert.equal(bytes.filesSearched, 1);
    assert.deepEqual(bytes.tooLarge, ['0-huge.txt']);
    const files = await new Workspace(root, { budget: { files: 2 } }).searchText('zzz');
    assert.equal(files.stoppedBy, 'files');
    assert.equal(files.filesSearched, 2);
  });

  test('an abort ends a search in the middle of slow lines, and the host thread kept its turns meanwhile', async (t) => {
    const root = await scratch(t, {});
    writeSlowFiles(root, 8, 30);
    const ws = new Workspace(root, { budget: { timeMs: 60_000 } });
    const controller = new AbortController();
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 5);
    t.after(() => clearInterval(ticker));
    setTimeout(() => controller.abort(new Error('Stop pressed')), 300);
    // The search rejects with the abort's reason: it was abandoned, not finished (how soon: npm run bench).
    await assert.rejects(ws.searchText(SLOW_PATTERN, { regex: true }, controller.signal), /Stop pressed/);
    // Without yields no timer could run until the search ended (and the abort could not arrive at all).
    assert.ok(ticks >= 3, `timers ran ${ticks} times during the search: the event loop was not starved`);
  });
});
