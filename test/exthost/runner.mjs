// Runs the extension-host integration tests (mocha, inside a real VS Code extension host) the way
// @vscode/test-electron does, with scripts/vscode-test/launcher.mjs standing in for the VS Code
// executable it cannot download here. Where VS Code can be downloaded, drop vscodeExecutablePath
// and the same tests run under the desktop build.
//
//   node test/exthost/runner.mjs [--extension <dir>] [--tests <index.js>] [--workspace <dir>]
//
// Defaults: the repo as the extension, dist/test/exthost/index.js as the tests, examples/shop as
// the workspace. The workspace is copied to a temp dir first so tests cannot dirty the repo.
// Env equivalents: EXTHOST_EXTENSION_PATH, EXTHOST_TESTS_PATH, EXTHOST_WORKSPACE.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';

const repoRoot = join(import.meta.dirname, '..', '..');
const launcher = join(repoRoot, 'scripts', 'vscode-test', 'launcher.mjs');

const { values } = parseArgs({
  options: { extension: { type: 'string' }, tests: { type: 'string' }, workspace: { type: 'string' } },
});
const extensionDevelopmentPath = resolve(values.extension ?? process.env.EXTHOST_EXTENSION_PATH ?? repoRoot);
const extensionTestsPath = resolve(
  values.tests ?? process.env.EXTHOST_TESTS_PATH ?? join(repoRoot, 'dist', 'test', 'exthost', 'index.js'),
);
const workspaceSource = resolve(values.workspace ?? process.env.EXTHOST_WORKSPACE ?? join(repoRoot, 'examples', 'shop'));

if (!existsSync(extensionTestsPath)) {
  console.error(`No extension tests at ${extensionTestsPath}. Build them first (npm run build), or pass --tests <index.js>.`);
  process.exit(1);
}
if (!existsSync(workspaceSource)) {
  console.error(`No workspace folder at ${workspaceSource}. Pass --workspace <dir>.`);
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'exthost-workspace-'));
const workspace = join(scratch, basename(workspaceSource));
cpSync(workspaceSource, workspace, { recursive: true, filter: (src) => !src.includes(`${'/'}node_modules`) });

const started = Date.now();
let exitCode = 1;
try {
  exitCode = await runTests({
    vscodeExecutablePath: launcher,
    extensionDevelopmentPath,
    extensionTestsPath,
    launchArgs: [workspace],
  });
} catch (error) {
  // runTests rejects on a non-zero exit; the launcher has already printed why.
  exitCode = typeof error?.code === 'number' && error.code !== 0 ? error.code : 1;
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`[exthost] ${exitCode === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);
