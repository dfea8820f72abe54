// Runs the extension-host integration tests (mocha, inside a real VS Code extension host) the way
// @vscode/test-electron does, with scripts/vscode-test/launcher.mjs standing in for the VS Code
// executable it cannot download here. Where VS Code can be downloaded, drop vscodeExecutablePath
// and the same tests run under the desktop build.
//
//   node test/exthost/runner.mjs [--extension <dir>] [--tests <index.js>] [--workspace <dir>]
//
// Defaults: the repo as the extension, examples/shop as the workspace, and two passes: the suites of
// dist/test/exthost/index.js in a trusted window, then those of restrictedIndex.js in a window opened
// in Restricted Mode, then those of multiRootIndex.js in a window with two folders. The workspace is copied to a temp dir first so tests cannot dirty the repo.
// Env equivalents: EXTHOST_EXTENSION_PATH, EXTHOST_TESTS_PATH, EXTHOST_WORKSPACE.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
const defaultTests = (index) => join(repoRoot, 'dist', 'test', 'exthost', index);
const customTests = values.tests ?? process.env.EXTHOST_TESTS_PATH;
const workspaceSource = resolve(values.workspace ?? process.env.EXTHOST_WORKSPACE ?? join(repoRoot, 'examples', 'shop'));

// Two windows: the suites of a trusted one, then those of one opened in Restricted Mode (workspace
// trust on, the folder not trusted), so the untrusted behaviour is tested on the extension's own
// wiring. A custom --tests runs once, trusted.
const passes = customTests
  ? [{ name: 'custom', tests: resolve(customTests), env: {} }]
  : [
      { name: 'trusted window', tests: defaultTests('index.js'), env: {} },
      { name: 'Restricted Mode', tests: defaultTests('restrictedIndex.js'), env: { VSCODE_TEST_RESTRICTED_MODE: '1' } },
      { name: 'two workspace folders', tests: defaultTests('multiRootIndex.js'), env: {}, open: twoFolders },
    ];

/**
 * A multi-root window (VS Code refuses to turn a test window into one at run time): copies of the
 * shop and the library side by side, opened through a .code-workspace file.
 */
function twoFolders(scratch) {
  for (const name of ['shop', 'library']) cpSync(join(repoRoot, 'examples', name), join(scratch, name), { recursive: true, filter: (src) => !src.includes('/node_modules') });
  const file = join(scratch, 'two-folders.code-workspace');
  writeFileSync(file, JSON.stringify({ folders: [{ path: 'shop' }, { path: 'library' }] }, null, 2));
  return file;
}

for (const pass of passes) {
  if (!existsSync(pass.tests)) {
    console.error(`No extension tests at ${pass.tests}. Build them first (npm run build), or pass --tests <index.js>.`);
    process.exit(1);
  }
}
if (!existsSync(workspaceSource)) {
  console.error(`No workspace folder at ${workspaceSource}. Pass --workspace <dir>.`);
  process.exit(1);
}

/** One run of VS Code with its own copy of the workspace, so tests cannot dirty the repo or each other. */
async function runPass(pass) {
  const scratch = mkdtempSync(join(tmpdir(), 'exthost-workspace-'));
  let workspace = join(scratch, basename(workspaceSource));
  if (pass.open) workspace = pass.open(scratch);
  else cpSync(workspaceSource, workspace, { recursive: true, filter: (src) => !src.includes(`${'/'}node_modules`) });
  try {
    return await runTests({
      vscodeExecutablePath: launcher,
      extensionDevelopmentPath,
      extensionTestsPath: pass.tests,
      launchArgs: [workspace],
      extensionTestsEnv: pass.env,
    });
  } catch (error) {
    // runTests rejects on a non-zero exit; the launcher has already printed why.
    return typeof error?.code === 'number' && error.code !== 0 ? error.code : 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const started = Date.now();
let exitCode = 0;
for (const pass of passes) {
  console.log(`[exthost] ${pass.name}: ${pass.tests}`);
  const code = await runPass(pass);
  console.log(`[exthost] ${pass.name}: ${code === 0 ? 'passed' : 'FAILED'}`);
  if (code !== 0) exitCode = code;
}
console.log(`[exthost] ${exitCode === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(exitCode);
