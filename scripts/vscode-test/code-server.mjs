// Starts code-server (the browser VS Code from npm) the way the end-to-end tests and the demo need it:
// on 127.0.0.1 only, no auth, our extension installed from a .vsix into a fresh extensions dir,
// quiet user settings, its own process group, and per-run HOME/XDG dirs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { spawnGroup, waitFor, waitForHttp, withTimeout } from './process-group.mjs';

export const QUIET_USER_SETTINGS = {
  'telemetry.telemetryLevel': 'off',
  'workbench.startupEditor': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  // The demo's and the tests' folders are scratch copies inside this repository: VS Code's offer to
  // open the repository around them is about our checkout, not the folder the user is shown.
  'git.openRepositoryInParentFolders': 'never',
};

export class PortInUseError extends Error {
  constructor(port) {
    super(`Port ${port} on 127.0.0.1 is already in use. Stop what is using it or choose another port.`);
    this.name = 'PortInUseError';
    this.port = port;
  }
}

/** Resolves when nothing listens on 127.0.0.1:port; rejects with PortInUseError otherwise. */
export function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** A port nothing listens on right now on 127.0.0.1 (the system's choice), for a command that wants one named. */
export function findFreePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function installExtension({ node24, codeServerBin }, vsixPath, dirs, env, log) {
  log(`installing ${vsixPath}`);
  const output = [];
  const install = spawnGroup(
    node24,
    [codeServerBin, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsixPath],
    { env, onLine: (_stream, line) => output.push(line) },
  );
  const result = await withTimeout(install.exited, 120_000, `code-server to install ${vsixPath}`).catch((error) => ({ error }));
  if (result.error || result.code !== 0) {
    await install.stop();
    throw new Error(`Installing ${vsixPath} into code-server failed:\n${output.join('\n')}\n${result.error?.message ?? ''}`);
  }
}

/**
 * @param {object} options
 * @param {{ node24: string, codeServerBin: string }} options.vscode from ensureTestVSCode()
 * @param {ReturnType<import('./isolated-env.mjs').createIsolatedEnv>} options.isolated per-run dirs and env
 * @param {string} options.folder the workspace folder to open
 * @param {string[]} [options.vsixPaths] extensions to install first
 * @param {number} [options.port] 0 (default) lets the system choose
 * @param {Record<string, unknown>} [options.settings] user settings on top of QUIET_USER_SETTINGS
 * @param {Record<string, string>} [options.env] extra environment for code-server and its extension host
 * @param {(line: string) => void} [options.log]
 * @param {(line: string) => void} [options.onServerLine] code-server's own output (default: dropped)
 */
export async function startCodeServer({ vscode, isolated, folder, vsixPaths = [], port = 0, settings = {}, env = {}, log = () => {}, onServerLine = () => {} }) {
  const dirs = { userData: isolated.dir('user-data'), extensions: isolated.dir('extensions') };
  mkdirSync(join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_USER_SETTINGS, ...settings }, null, 2));
  const serverEnv = { ...isolated.env, ...env };

  for (const vsixPath of vsixPaths) await installExtension(vscode, vsixPath, dirs, serverEnv, log);

  if (port !== 0) await assertPortFree(port);
  let boundPort;
  const server = spawnGroup(
    vscode.node24,
    [
      vscode.codeServerBin,
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--reconnection-grace-time', '10',
      '--user-data-dir', dirs.userData,
      '--extensions-dir', dirs.extensions,
      folder,
    ],
    {
      env: serverEnv,
      onLine: (_stream, line) => {
        const listening = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
        if (listening) boundPort = Number(listening[1]);
        onServerLine(line);
      },
    },
  );
  let exited = false;
  server.exited.then(() => (exited = true));
  try {
    await waitFor(
      () => {
        if (exited) throw new Error('code-server exited while starting');
        return boundPort;
      },
      { timeoutMs: 60_000, what: 'code-server to listen' },
    );
    await waitForHttp(`http://127.0.0.1:${boundPort}/healthz`, { timeoutMs: 30_000, exited: server.exited });
  } catch (error) {
    await server.stop();
    throw error;
  }
  const url = `http://127.0.0.1:${boundPort}/?folder=${encodeURIComponent(folder)}`;
  return { port: boundPort, url, pid: server.pid, exited: server.exited, stop: server.stop, userDataDir: dirs.userData };
}
