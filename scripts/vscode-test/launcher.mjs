#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() would download (it
// cannot here: no internet, no Electron). It takes the same arguments, runs the VS Code server
// bundled in code-server, opens the workbench in headless Chromium with the test payload, and exits
// with the code the extension tests reported through `codeAutomationExit`.
//
//   runTests({ vscodeExecutablePath: '<repo>/scripts/vscode-test/launcher.mjs', ... })
//   scripts/vscode-test/launcher.mjs <folder> --extensionDevelopmentPath=<abs> --extensionTestsPath=<abs>
//
// Env: VSCODE_TEST_TIMEOUT_MS (default 300000) bounds the whole run; VSCODE_TEST_KEEP_TEMP=1 keeps
// the per-run temp dir (server logs) for inspection; VSCODE_TEST_RESTRICTED_MODE=1 opens the folder
// untrusted (workspace trust on) instead of with trust disabled.
import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, relayConsole } from './chromium.mjs';
import { createIsolatedEnv } from './isolated-env.mjs';
import { spawnGroup, TimeoutError, waitFor, withTimeout } from './process-group.mjs';
import { ensureTestVSCode } from './setup.mjs';

const DEFAULT_TIMEOUT_MS = 5 * 60_000;
const log = (line) => console.log(`[launcher] ${line}`);

/** Reads the VS Code CLI arguments runTests passes; flags meant for desktop Electron are ignored. */
export function parseVSCodeArgs(argv) {
  const parsed = { folders: [], extensionDevelopmentPaths: [], extensionTestsPath: undefined, extensionsDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) {
      parsed.folders.push(resolve(arg));
      continue;
    }
    const [flag, inlineValue] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const takeValue = () => inlineValue ?? argv[++i];
    if (flag === '--extensionDevelopmentPath') parsed.extensionDevelopmentPaths.push(resolve(takeValue()));
    else if (flag === '--extensionTestsPath') parsed.extensionTestsPath = resolve(takeValue());
    else if (flag === '--extensions-dir') parsed.extensionsDir = resolve(takeValue());
    // --user-data-dir is not honoured on purpose: runTests points it at a shared .vscode-test/user-data,
    // and state carried between runs is a source of flaky tests. Every run starts from a fresh one.
    else if (flag === '--user-data-dir') takeValue();
  }
  return parsed;
}

export function workbenchUrl(port, { folder, extensionDevelopmentPaths, extensionTestsPath }) {
  const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ...extensionDevelopmentPaths.map((path) => ['extensionDevelopmentPath', remote(path)]),
    ['extensionTestsPath', remote(extensionTestsPath)],
  ];
  const query = new URLSearchParams();
  // A .code-workspace file opens as a (multi-root) workspace, anything else as a folder.
  if (folder) query.set(folder.endsWith('.code-workspace') ? 'workspace' : 'folder', folder);
  query.set('payload', JSON.stringify(payload));
  return `http://127.0.0.1:${port}/?${query}`;
}

async function startServer({ node24, serverMain }, isolated, extensionsDir) {
  let port;
  const server = spawnGroup(
    node24,
    [
      serverMain,
      '--host', '127.0.0.1',
      '--port', '0',
      '--without-connection-token',
      '--accept-server-license-terms',
      '--telemetry-level', 'off',
      // Payload-driven test runs and codeAutomationExit only work with the smoke-test driver on.
      '--enable-smoke-test-driver',
      // runTests always asks for trust off. VSCODE_TEST_RESTRICTED_MODE=1 keeps it on, so the folder
      // opens untrusted (Restricted Mode): the trust prompt is a dialog, which test runs refuse.
      ...(process.env.VSCODE_TEST_RESTRICTED_MODE === '1' ? [] : ['--disable-workspace-trust']),
      '--reconnection-grace-time', '5',
      '--user-data-dir', isolated.dir('user-data'),
      '--server-data-dir', isolated.dir('server-data'),
      '--extensions-dir', extensionsDir ?? isolated.dir('extensions'),
    ],
    {
      env: isolated.env,
      onLine: (stream, line) => {
        const listening = /Extension host agent listening on (\d+)/.exec(line);
        if (listening) port = Number(listening[1]);
        if (line.trim()) console.log(`[server] ${line}`);
      },
    },
  );
  let exited = false;
  server.exited.then(() => (exited = true));
  try {
    await waitFor(
      () => {
        if (exited) throw new Error('the VS Code server exited before it started listening (its output is above)');
        return port;
      },
      { timeoutMs: 60_000, what: 'the VS Code server to listen' },
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { server, port };
}

async function runExtensionTests(args, registerCleanup) {
  if (args.extensionDevelopmentPaths.length === 0 || !args.extensionTestsPath) {
    throw new Error('launcher needs --extensionDevelopmentPath=<abs path> and --extensionTestsPath=<abs path>');
  }
  const vscode = await ensureTestVSCode({ log });
  const isolated = createIsolatedEnv('vscode-exthost-test');
  registerCleanup(() => (process.env.VSCODE_TEST_KEEP_TEMP ? log(`kept ${isolated.root}`) : isolated.dispose()));

  const started = Date.now();
  const { server, port } = await startServer(vscode, isolated, args.extensionsDir);
  registerCleanup(() => server.stop());
  log(`VS Code ${vscode.vscodeVersion} server on 127.0.0.1:${port} (process group ${server.pid})`);

  const browser = await launchChromium({ env: isolated.env });
  registerCleanup(() => browser.close());
  const page = await browser.newPage();
  relayConsole(page, (line) => console.log(line));
  // The web workbench encrypts SecretStorage with a key half it POSTs for at <path>/mint-key. code-server
  // serves that route; the bare VS Code server does not ("Method Not Allowed"), which would make
  // every context.secrets.store() in the tests fail. A fresh key per run is all it needs.
  const secretsKeyHalf = randomBytes(32);
  await page.route(/\/mint-key$/, (route) => route.fulfill({ status: 200, contentType: 'application/octet-stream', body: secretsKeyHalf }));

  let reportExit;
  const exitCode = new Promise((resolveExit) => (reportExit = resolveExit));
  await page.exposeFunction('codeAutomationExit', (code) => reportExit(Number(code) || 0));
  const url = workbenchUrl(port, { ...args, folder: args.folders[0] });
  log(`opening ${url}`);
  await page.goto(url, { timeout: 60_000 });

  const serverDied = server.exited.then(() => 'server-exited');
  const outcome = await Promise.race([exitCode, serverDied]);
  if (outcome === 'server-exited') {
    log('the VS Code server exited before the tests finished');
    return 1;
  }
  log(`extension tests exited with ${outcome} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return outcome;
}

async function main() {
  const timeoutMs = Number(process.env.VSCODE_TEST_TIMEOUT_MS) || DEFAULT_TIMEOUT_MS;
  const cleanups = [];
  let cleaning;
  let interrupted = false;
  const runStep = (step) => Promise.resolve().then(step).catch((error) => log(`cleanup: ${error.message}`));
  // Last registered, first run: browser, then the server's process group, then the temp dir.
  const cleanup = () =>
    (cleaning ??= (async () => {
      while (cleanups.length > 0) await runStep(cleanups.pop());
    })());
  // A resource acquired after a timeout or Ctrl-C started the cleanup is released at once.
  const registerCleanup = (step) => (cleaning ? runStep(step) : cleanups.push(step));
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      interrupted = true;
      log(`${signal}: stopping`);
      cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }

  let code = 1;
  try {
    code = await withTimeout(runExtensionTests(parseVSCodeArgs(process.argv.slice(2)), registerCleanup), timeoutMs, 'the extension tests');
  } catch (error) {
    if (error instanceof TimeoutError) log(`${error.message} (set VSCODE_TEST_TIMEOUT_MS to change); stopping`);
    // After Ctrl-C the page and server vanish under the run; that error is ours, not the tests'.
    else if (!interrupted) log(`failed: ${error.message}`);
  } finally {
    await cleanup();
  }
  process.exit(code);
}

// No top-level await: the unit tests load this module from CommonJS.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main();
}
