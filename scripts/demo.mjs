// `npm run demo`: builds and packages the extension, then serves a real VS Code (code-server) on
// 127.0.0.1 with it installed and a folder open: a scratch copy of examples/shop, or with --folder
// the user's own project (that folder itself, not a copy). Ctrl-C stops everything.
//
//   npm run demo [-- --port 8080 --folder PATH]        (or DEMO_PORT=8080)
//
// ANTHROPIC_API_KEY, when set, is passed to the extension host.
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { assertPortFree, PortInUseError, startCodeServer } from './vscode-test/code-server.mjs';
import { createIsolatedEnv } from './vscode-test/isolated-env.mjs';
import { runInGroup } from './vscode-test/process-group.mjs';
import { ensureTestVSCode, InstallFailedError, MissingPrerequisiteError, repoRoot, testVSCodeDir } from './vscode-test/setup.mjs';

const log = (line) => console.log(`[demo] ${line}`);
const USAGE = 'Usage: npm run demo -- [--port N] [--folder PATH]   (DEMO_PORT=N also picks the port)';

class DemoError extends Error {
  name = 'DemoError';
}

function demoOptions() {
  let values;
  try {
    ({ values } = parseArgs({ options: { port: { type: 'string' }, folder: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    throw new DemoError(`${error.message}\n${USAGE}`);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  // An empty DEMO_PORT (`DEMO_PORT= npm run demo`) means the default, as unset.
  const raw = values.port ?? (process.env.DEMO_PORT || '8080');
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new DemoError(`--port must be a TCP port number, got "${raw}".`);
  return { port, folder: values.folder === undefined ? undefined : ownFolder(values.folder) };
}

/**
 * The user's project for --folder. `npm run` starts scripts in the package root, so a relative path
 * is taken from where the user typed the command (INIT_CWD), as they meant it.
 */
function ownFolder(given) {
  const folder = resolve(process.env.INIT_CWD ?? process.cwd(), given);
  if (!existsSync(folder)) throw new DemoError(`--folder ${given}: there is no folder at ${folder}.`);
  if (!statSync(folder).isDirectory()) throw new DemoError(`--folder ${given}: ${folder} is a file, not a folder.`);
  return folder;
}

async function npmRun(script, purpose) {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  if (!manifest.scripts?.[script]) {
    throw new DemoError(`package.json has no "${script}" script yet; the demo needs it to ${purpose}.`);
  }
  log(`npm run ${script}…`);
  const code = await runInGroup('npm', ['run', script], { cwd: repoRoot });
  if (code !== 0) throw new DemoError(`npm run ${script} failed (exit ${code}); its output is above.`);
}

/** The .vsix `npm run package` just wrote (it writes dist/task-orchestrator.vsix; vsce's default is the root). */
function packagedVsix(startedAt) {
  const fresh = [join(repoRoot, 'dist'), repoRoot]
    .filter((dir) => existsSync(dir))
    .flatMap((dir) => readdirSync(dir).filter((file) => file.endsWith('.vsix')).map((file) => join(dir, file)))
    .filter((file) => statSync(file).mtimeMs >= startedAt)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (fresh.length === 0) throw new DemoError(`npm run package finished but wrote no .vsix in dist/ or the repo root.`);
  return fresh[0];
}

function scratchShop() {
  const source = join(repoRoot, 'examples', 'shop');
  const target = join(testVSCodeDir, 'demo-workspace', 'shop');
  if (existsSync(target)) {
    log(`using the demo workspace ${relative(repoRoot, target)} (delete it to start again from examples/shop)`);
    return target;
  }
  if (!existsSync(source)) throw new DemoError(`examples/shop is missing; the demo opens a copy of it.`);
  cpSync(source, target, { recursive: true, filter: (path) => !/[\\/](node_modules|\.orchestrator[\\/]runs)$/.test(path) });
  log(`copied examples/shop to ${relative(repoRoot, target)}; the demo works there so the repo stays clean`);
  return target;
}

function announceFolder(folder) {
  log(`opening your folder ${folder} itself, not a copy: runs are journaled in its .orchestrator/runs/, and memory updates you apply change its CLAUDE.md and module notes`);
  return folder;
}

async function main() {
  const { port, folder: ownProject } = demoOptions();
  // Say so before a minute of building, not after.
  await assertPortFree(port);

  const startedAt = Date.now();
  await npmRun('build', 'compile the extension');
  await npmRun('package', 'make the .vsix it installs');
  const vsixPath = packagedVsix(startedAt);
  const vscode = await ensureTestVSCode({ log, browser: false });
  const folder = ownProject ? announceFolder(ownProject) : scratchShop();

  const isolated = createIsolatedEnv('vscode-demo');
  const env = {};
  if (process.env.ANTHROPIC_API_KEY) {
    env.ANTHROPIC_API_KEY = process.env.ANTHROPIC_API_KEY;
    log('ANTHROPIC_API_KEY is set: passed to the extension');
  } else {
    log('ANTHROPIC_API_KEY is not set: runs use the local analyzers (no model). Set it before `npm run demo`, or use "Task Orchestrator: Set Anthropic API Key", for Claude coordinators');
  }

  let server;
  let stopping = false;
  const stop = async () => {
    await server?.stop();
    isolated.dispose();
  };
  const stopAndExit = (exitCode) => {
    stopping = true;
    log('stopping…');
    stop().finally(() => process.exit(exitCode));
  };
  process.once('SIGINT', () => stopAndExit(0));
  process.once('SIGTERM', () => stopAndExit(143));

  try {
    server = await startCodeServer({ vscode, isolated, folder, vsixPaths: [vsixPath], port, env, log });
  } catch (error) {
    await stop();
    throw error;
  }
  log(`installed ${relative(repoRoot, vsixPath)} into VS Code ${vscode.vscodeVersion} (code-server, process group ${server.pid})`);
  const opened = ownProject ? `${folder} (your folder itself, not a copy)` : `${relative(repoRoot, folder)} (a scratch copy of examples/shop)`;
  console.log(`\n  Open ${server.url}\n  Folder: ${opened}\n  Press Ctrl-C to stop.\n`);
  const { code, signal } = await server.exited;
  if (stopping) return; // Ctrl-C: the handler finishes and exits.
  log(`code-server exited on its own (${signal ?? `code ${code}`})`);
  await stop();
  process.exit(1);
}

try {
  await main();
} catch (error) {
  if (error instanceof PortInUseError) {
    console.error(`[demo] ${error.message} For example: npm run demo -- --port ${error.port + 1} (or DEMO_PORT=${error.port + 1}).`);
  } else if (error instanceof DemoError || error instanceof MissingPrerequisiteError || error instanceof InstallFailedError) {
    console.error(`[demo] ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
