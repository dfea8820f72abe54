// `npm run demo`: builds and packages the extension, then serves a real VS Code (code-server) on
// 127.0.0.1 with it installed and a scratch copy of examples/shop open. Ctrl-C stops everything.
//
//   npm run demo [-- --port 8080]        (or DEMO_PORT=8080)
//
// ANTHROPIC_API_KEY, when set, is passed to the extension host.
import { cpSync, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { assertPortFree, PortInUseError, startCodeServer } from './vscode-test/code-server.mjs';
import { createIsolatedEnv } from './vscode-test/isolated-env.mjs';
import { runInGroup } from './vscode-test/process-group.mjs';
import { ensureTestVSCode, repoRoot, testVSCodeDir } from './vscode-test/setup.mjs';

const log = (line) => console.log(`[demo] ${line}`);

class DemoError extends Error {
  name = 'DemoError';
}

function demoPort() {
  const { values } = parseArgs({ options: { port: { type: 'string' } } });
  const raw = values.port ?? process.env.DEMO_PORT ?? '8080';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new DemoError(`--port must be a TCP port number, got "${raw}".`);
  return port;
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

function demoWorkspace() {
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

async function main() {
  const port = demoPort();
  // Say so before a minute of building, not after.
  await assertPortFree(port);

  const startedAt = Date.now();
  await npmRun('build', 'compile the extension');
  await npmRun('package', 'make the .vsix it installs');
  const vsixPath = packagedVsix(startedAt);
  const vscode = await ensureTestVSCode({ log });
  const folder = demoWorkspace();

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
  console.log(`\n  Open ${server.url}\n  Press Ctrl-C to stop.\n`);
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
  } else if (error instanceof DemoError) {
    console.error(`[demo] ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}
