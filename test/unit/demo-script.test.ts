// `npm run demo` as a user meets it before anything is built: its options, and the refusals that
// must come at once with a clear message. And the environment its inner npm install gets, which
// once carried the outer `npm run`'s Node 20 user agent into code-server's version check.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { innerNpmEnv, repoRoot } from '../../scripts/vscode-test/setup.mjs';

function demo(args: string[], env: Record<string, string> = {}): { code: number | null; stderr: string; stdout: string } {
  const result = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'demo.mjs'), ...args], {
    cwd: repoRoot,
    env: { ...process.env, DEMO_PORT: '', ...env }, // empty: the default port, whatever the caller's shell says
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: result.status, stderr: result.stderr, stdout: result.stdout };
}

test('--folder with no such folder is refused at once, naming the path it looked at', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'demo-options-'));
  try {
    const result = demo(['--folder', 'no-such-project'], { INIT_CWD: scratch });
    assert.equal(result.code, 1);
    // Relative to where the user typed `npm run demo`, not to the package root npm runs scripts in.
    assert.match(result.stderr, new RegExp(`--folder no-such-project: there is no folder at ${join(scratch, 'no-such-project')}\\.`));
    assert.doesNotMatch(result.stdout, /npm run build/, 'nothing is built before the refusal');
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('--folder naming a file is refused as not a folder', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'demo-options-'));
  try {
    writeFileSync(join(scratch, 'notes.txt'), 'x');
    const result = demo(['--folder', join(scratch, 'notes.txt')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /notes\.txt is a file, not a folder\./);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

test('an unknown option or a bad port is refused with the usage', () => {
  const unknown = demo(['--fodler', 'x']);
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /--fodler/);
  assert.match(unknown.stderr, /Usage: npm run demo -- \[--port N\] \[--folder PATH\]/);
  const port = demo(['--port', 'eighty']);
  assert.equal(port.code, 1);
  assert.match(port.stderr, /--port must be a TCP port number, got "eighty"\./);
});

test('the inner npm install does not inherit what the outer `npm run` says about itself', () => {
  const outer = {
    PATH: '/usr/bin',
    HOME: '/home/me',
    npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
    npm_config_node_gyp: '/usr/lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js',
    npm_config_npm_version: '11.19.1',
    npm_config_local_prefix: '/work/project',
    npm_config_global_prefix: '/usr',
    npm_lifecycle_event: 'demo',
    npm_lifecycle_script: 'node scripts/demo.mjs',
    npm_package_name: 'task-orchestrator',
    npm_package_json: '/work/project/package.json',
    npm_command: 'run-script',
    npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
    npm_node_execpath: '/usr/bin/node',
    NODE: '/usr/bin/node',
    INIT_CWD: '/work/project',
    // The user's own npm settings reach the inner install unchanged.
    npm_config_registry: 'https://registry.example.test/',
    npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
  };
  assert.deepEqual(innerNpmEnv(outer), {
    PATH: '/usr/bin',
    HOME: '/home/me',
    npm_config_registry: 'https://registry.example.test/',
    npm_config_cafile: '/etc/ssl/certs/ca-certificates.crt',
  });
});
