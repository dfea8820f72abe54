// The real-VS-Code harness's own logic, without starting VS Code: what the launcher makes of
// runTests' arguments, the workbench URL it opens, how browser console lines read, and that
// stopping a process group leaves nothing behind.
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { test } from 'node:test';
import { formatConsoleArgs } from '../../scripts/vscode-test/chromium.mjs';
import { assertPortFree, PortInUseError } from '../../scripts/vscode-test/code-server.mjs';
import { parseVSCodeArgs, workbenchUrl } from '../../scripts/vscode-test/launcher.mjs';
import { spawnGroup, TimeoutError, waitFor, withTimeout } from '../../scripts/vscode-test/process-group.mjs';

test('the launcher reads the arguments @vscode/test-electron runTests passes', () => {
  const args = parseVSCodeArgs([
    '/work/ws',
    '--no-sandbox',
    '--disable-gpu-sandbox',
    '--disable-workspace-trust',
    '--extensionTestsPath=/work/ext/dist/test/index.js',
    '--extensionDevelopmentPath=/work/ext',
    '--extensions-dir=/work/.vscode-test/extensions',
    '--user-data-dir=/work/.vscode-test/user-data',
  ]);
  assert.deepEqual(args, {
    folders: ['/work/ws'],
    extensionDevelopmentPaths: ['/work/ext'],
    extensionTestsPath: '/work/ext/dist/test/index.js',
    extensionsDir: '/work/.vscode-test/extensions',
  });
});

test('the launcher also accepts flags with their value as the next argument', () => {
  const args = parseVSCodeArgs(['--extensionDevelopmentPath', '/a', '--extensionTestsPath', '/a/t.js', '/ws']);
  assert.deepEqual(args.extensionDevelopmentPaths, ['/a']);
  assert.equal(args.extensionTestsPath, '/a/t.js');
  assert.deepEqual(args.folders, ['/ws']);
});

test('the workbench URL carries the test payload as vscode-remote URIs on the server port', () => {
  const url = new URL(workbenchUrl(4321, { folder: '/ws dir', extensionDevelopmentPaths: ['/ext'], extensionTestsPath: '/ext/t.js' }));
  assert.equal(url.host, '127.0.0.1:4321');
  assert.equal(url.searchParams.get('folder'), '/ws dir');
  assert.deepEqual(JSON.parse(url.searchParams.get('payload') ?? ''), [
    ['extensionDevelopmentPath', 'vscode-remote://127.0.0.1:4321/ext'],
    ['extensionTestsPath', 'vscode-remote://127.0.0.1:4321/ext/t.js'],
  ]);
});

test('a styled workbench log line reads as plain text with its format applied', () => {
  assert.equal(formatConsoleArgs(['%c INFO', 'color: #33f', '    ✔ %s (%dms)', 'its command runs', 100]), 'INFO     ✔ its command runs (100ms)');
  assert.equal(formatConsoleArgs(['plain %s', 'text']), 'plain text');
  assert.equal(formatConsoleArgs([]), undefined);
});

test('stopping a process group also stops the processes its leader started', async () => {
  let grandchildPid: number | undefined;
  const group = spawnGroup('sh', ['-c', 'sleep 300 & echo "$!"; wait'], {
    onLine: (_stream, line) => {
      if (/^\d+$/.test(line.trim())) grandchildPid = Number(line.trim());
    },
  });
  const pid = await waitFor(() => grandchildPid, { timeoutMs: 10_000, what: 'the grandchild pid' });
  await group.stop();
  assert.throws(() => process.kill(pid, 0), { code: 'ESRCH' }, 'the grandchild outlived its group');
});

test('a busy port is reported as such, a free one is accepted', async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await assert.rejects(assertPortFree(port), (error: unknown) => error instanceof PortInUseError && error.message.includes(String(port)));
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  await assertPortFree(port);
});

test('a wait that never ends fails with a message naming what it waited for', async () => {
  await assert.rejects(withTimeout(new Promise(() => {}), 20, 'the workbench'), (error: unknown) => error instanceof TimeoutError && /the workbench/.test(error.message));
});
