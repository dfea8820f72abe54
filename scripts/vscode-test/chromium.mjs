// Chromium from Debian driven by playwright-core (the project cannot download browsers offline).
// Playwright starts the browser in its own process group and kills that group on close().
import { existsSync } from 'node:fs';
import { format } from 'node:util';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const QUIET_OFFLINE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launchChromium({ env, headless = true } = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium is not at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless,
    args: QUIET_OFFLINE_FLAGS,
    env,
    timeout: 60_000,
    // Playwright's own handlers would exit the process on Ctrl-C before our cleanup stops the VS Code
    // server; callers close the browser themselves.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/**
 * Forwards the page's console to `write`. The workbench logs as `console.log('%c INFO', css, format,
 * ...args)`, the mocha reporter's lines from the extension host among them: drop the styling and
 * apply the format so the output reads like a terminal log.
 */
export function relayConsole(page, write, { verbose = Boolean(process.env.VSCODE_TEST_VERBOSE) } = {}) {
  page.on('console', async (message) => {
    const args = await Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => String(arg))));
    const line = formatConsoleArgs(args) ?? message.text();
    if (verbose || !isWorkbenchChatter(line)) write(`[browser] ${line}`);
  });
  page.on('pageerror', (error) => write(`[browser] page error: ${error.message}`));
}

// What VS Code 1.139 web logs on every start here (offline, no service worker, no sign-in): noise
// that would bury the test reporter's lines. VSCODE_TEST_VERBOSE=1 shows it.
const WORKBENCH_CHATTER = [
  /^INFO \[[\w: -]+\]/,
  /^INFO (Creating a socket|Resolving connection token|Resolved connection token|Ignoring fetching additional builtin|Updating additional builtin)/,
  /^ERR \[Service Worker\]/,
  /^ERR Error: Timed out waiting for authentication provider 'github'/,
  /^Failed to load resource/,
  /^A bad HTTP response code \(404\)/,
  /^The web worker extension host is started in a same-origin iframe/,
  /^An iframe which has both allow-scripts and allow-same-origin/,
];

function isWorkbenchChatter(line) {
  return WORKBENCH_CHATTER.some((pattern) => pattern.test(line));
}

export function formatConsoleArgs(args) {
  if (args.length === 0) return undefined;
  const [first, ...rest] = args;
  if (typeof first !== 'string' || !first.includes('%c')) return format(...args);
  const styleCount = first.split('%c').length - 1;
  const label = first.replaceAll('%c', '').trim();
  const message = rest.slice(styleCount);
  return message.length > 0 ? `${label} ${format(...message)}` : label;
}
