// CI's proof that the README's demo commands work as a user runs them: starts `npm run demo` in its
// own process group on a free port, waits for the "Open http://…" line, loads that page, checks in
// Chromium that the workbench shows the Orchestrator activity-bar entry with its Tasks view, the
// Progress webview with its request box and the expected folder, then stops the demo as Ctrl-C does
// (SIGINT to its process group) and checks that code-server went with it. On a fresh machine the demo also installs the test VS Code.
//
//   node scripts/check-demo.mjs [--folder PATH]     (PATH is passed on to the demo as --folder, and
//                                                    must be exactly as it was once the demo stopped)
//
// Env: DEMO_CHECK_TIMEOUT_MINUTES (default 20) bounds the wait for the demo's URL (a first run
// builds code-server's native modules). Exit 0 when every check passed, 1 with the reason otherwise.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './vscode-test/chromium.mjs';
import { assertPortFree, findFreePort } from './vscode-test/code-server.mjs';
import { createIsolatedEnv } from './vscode-test/isolated-env.mjs';
import { groupAlive, signalGroup, spawnGroup, waitFor } from './vscode-test/process-group.mjs';
import { repoRoot, testVSCodeDir } from './vscode-test/setup.mjs';

const log = (line) => console.log(`[demo-check] ${line}`);
const RESULTS_DIR = join(repoRoot, 'test-results', 'demo-check');
const STOP_GRACE_MS = 30_000;

class DemoCheckError extends Error {
  name = 'DemoCheckError';
}

/** `npm run demo` as a user types it, in its own process group so Ctrl-C can be sent to all of it. */
function startDemo(port, folder) {
  const seen = { url: undefined, codeServerGroup: undefined };
  const args = ['run', 'demo', '--', '--port', String(port), ...(folder ? ['--folder', folder] : [])];
  log(`npm ${args.join(' ')}`);
  // No key: the check is about the demo starting, and must not depend on (or send anything with) one.
  const env = { ...process.env };
  delete env.ANTHROPIC_API_KEY;
  delete env.DEMO_PORT;
  const demo = spawnGroup('npm', args, {
    cwd: repoRoot,
    env,
    onLine: (_stream, line) => {
      console.log(`[demo] ${line.replace(/^\[demo\] /, '')}`);
      seen.url ??= /Open (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(line)?.[1];
      const group = /process group (\d+)\)/.exec(line)?.[1];
      if (group) seen.codeServerGroup = Number(group);
    },
  });
  let exit;
  demo.exited.then((result) => (exit = result));
  return { demo, seen, exitedWith: () => exit };
}

async function waitForUrl({ seen, exitedWith }, timeoutMs) {
  try {
    return await waitFor(
      () => {
        const exit = exitedWith();
        if (exit) throw new DemoCheckError(`npm run demo exited (${exit.signal ?? `code ${exit.code}`}) before it printed "Open http://…"; its output is above.`);
        return seen.url;
      },
      { timeoutMs, intervalMs: 500, what: 'npm run demo to print "Open http://127.0.0.1:…"' },
    );
  } catch (error) {
    throw error instanceof DemoCheckError ? error : new DemoCheckError(error.message);
  }
}

async function checkPageAnswers(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) }).catch((error) => {
    throw new DemoCheckError(`${url} did not answer: ${error.message}`);
  });
  const body = await response.text();
  if (!response.ok) throw new DemoCheckError(`${url} answered ${response.status} ${response.statusText}.`);
  if (!body.includes('workbench')) throw new DemoCheckError(`${url} answered 200 but with no VS Code workbench in the page.`);
  log(`${url} answered 200 with the workbench page (${body.length} bytes)`);
}

async function checkWorkbench(url, folder, isolated) {
  const browser = await launchChromium({ env: isolated.env });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(url, { timeout: 60_000 });
    const step = async (what, locator, timeout) => {
      await locator.waitFor({ state: 'visible', timeout }).catch(async () => {
        const shot = await page.screenshot({ path: join(RESULTS_DIR, 'failure.png') }).then(() => ` (screenshot: ${join(RESULTS_DIR, 'failure.png')})`, () => '');
        throw new DemoCheckError(`The page at ${url} did not show ${what} within ${timeout / 1000} s${shot}.`);
      });
      log(`seen: ${what}`);
    };
    await step('the VS Code workbench', page.locator('.monaco-workbench'), 90_000);
    const entry = page.locator('.activitybar .action-item a[aria-label="Orchestrator"]');
    await step('the Orchestrator entry in the activity bar (the extension is installed)', entry, 60_000);
    await entry.click();
    await step('the Orchestrator Tasks view with its welcome ("No runs yet.")', page.locator('.part.sidebar').getByText('No runs yet.'), 30_000);
    // The Progress webview loads in its own frames after the tree: a user sees its request box.
    const progress = page.frameLocator('iframe.webview.ready[src*="extensionId=task-orchestrator."]').frameLocator('#active-frame');
    await step('the Progress view with its request box and "No run yet."', progress.getByText('No run yet.'), 60_000);
    const title = await page.title();
    if (!title.includes(basename(folder))) throw new DemoCheckError(`The window title "${title}" does not name the folder ${basename(folder)}.`);
    log(`seen: the window title "${title}" names the opened folder`);
    await page.screenshot({ path: join(RESULTS_DIR, 'workbench.png') });
    log(`screenshot ${join(RESULTS_DIR, 'workbench.png')}`);
  } finally {
    await browser.close();
  }
}

/** Every file under `folder` with its size and modification time: what opening it must not change. */
function folderSnapshot(folder) {
  const entries = [];
  (function walk(dir) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        entries.push(`${relative(folder, path)}/`);
        walk(path);
      } else {
        const { size, mtimeMs } = statSync(path);
        entries.push(`${relative(folder, path)} ${size} ${mtimeMs}`);
      }
    }
  })(folder);
  return entries.sort();
}

function checkUnchanged(folder, before) {
  const after = folderSnapshot(folder);
  const [was, is] = [new Set(before), new Set(after)];
  const changed = [...after.filter((entry) => !was.has(entry)), ...before.filter((entry) => !is.has(entry))];
  if (changed.length > 0) throw new DemoCheckError(`Opening ${folder} in the demo changed it (nothing was asked of it): ${changed.slice(0, 10).join(', ')}`);
  log(`${folder} is as it was: opening it wrote nothing`);
}

/** Ctrl-C as a terminal sends it: SIGINT to the demo's whole process group; then what is left, if anything. */
async function stopLikeCtrlC({ demo, seen, exitedWith }, port) {
  if (!exitedWith()) {
    log(`Ctrl-C: SIGINT to npm run demo's process group ${demo.pid}`);
    signalGroup(demo.pid, 'SIGINT');
  }
  const stopped = await waitFor(() => exitedWith() && !groupAlive(demo.pid) && !(seen.codeServerGroup && groupAlive(seen.codeServerGroup)), {
    timeoutMs: STOP_GRACE_MS,
    what: 'the demo and code-server to stop',
  }).then(() => true, () => false);
  if (!stopped) {
    await demo.stop();
    if (seen.codeServerGroup) signalGroup(seen.codeServerGroup, 'SIGKILL');
    throw new DemoCheckError(`npm run demo and its code-server were still running ${STOP_GRACE_MS / 1000} s after Ctrl-C (killed now).`);
  }
  await assertPortFree(port).catch(() => {
    throw new DemoCheckError(`Port ${port} is still in use after the demo stopped.`);
  });
  log(`stopped: npm run demo exited (${exitedWith().signal ?? `code ${exitedWith().code}`}), code-server's group is gone and port ${port} is free`);
}

async function main() {
  const { values } = parseArgs({ options: { folder: { type: 'string' } } });
  const folder = values.folder && resolve(values.folder);
  const expectedFolder = folder ?? join(testVSCodeDir, 'demo-workspace', 'shop');
  const timeoutMs = (Number(process.env.DEMO_CHECK_TIMEOUT_MINUTES) || 20) * 60_000;
  // A missing folder is the demo's to refuse, with its own message.
  const before = folder && existsSync(folder) ? folderSnapshot(folder) : undefined;
  const port = await findFreePort();
  const run = startDemo(port, folder);
  // Chromium's profile and caches, away from $HOME.
  const isolated = createIsolatedEnv('demo-check');
  // Interrupted itself: the demo runs in its own process group and would not get the signal.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      log(`${signal}: stopping the demo`);
      stopLikeCtrlC(run, port).finally(() => {
        isolated.dispose();
        process.exit(130);
      });
    });
  }
  const started = Date.now();
  let failure;
  try {
    const url = await waitForUrl(run, timeoutMs);
    log(`the demo printed ${url} after ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (new URL(url).searchParams.get('folder') !== expectedFolder) {
      throw new DemoCheckError(`The demo opened ${new URL(url).searchParams.get('folder')}, expected ${expectedFolder}.`);
    }
    await checkPageAnswers(url);
    await checkWorkbench(url, expectedFolder, isolated);
  } catch (error) {
    failure = error;
  }
  // Stopped whatever happened above; a failure to stop is reported after the first failure, if any.
  await stopLikeCtrlC(run, port).catch((error) => (failure ??= error));
  isolated.dispose();
  if (failure) throw failure;
  if (before) checkUnchanged(folder, before);
  log(`passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error(`[demo-check] FAILED: ${error instanceof DemoCheckError ? error.message : error.stack ?? error}`);
  process.exit(1);
});
