// The CLI as a real child process, for tests that talk to the fake API in this process: the child
// runs asynchronously so the server can answer it. The CLI is bundled once per test process, as
// `npm run build` bundles it, so a child starts in a fraction of a second instead of compiling the
// TypeScript sources (tsx) every time.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import type { TestContext } from 'node:test';
import { buildSync } from 'esbuild';
import { copyClassifierModel } from '../../scripts/bundles.mjs';
import { loadScenario } from '../fake-api/server';
import { withRepliesFirst } from '../fake-api/scenarioBuilders';
import { copyExample, fakeApi, messagesPosts, REPO, SCENARIOS } from './engineHarness';

let bundle: string | undefined;

/** The CLI bundled from the current sources, once per test process: its path. */
export function cliBundle(): string {
  if (bundle) return bundle;
  // Two folders under the repository, so the CLI finds templates/ as it does from dist/. The
  // analyzer worker is bundled beside it, and the classifier's model copied, as in dist/.
  const dir = join(REPO, 'test-results', `cli-bundle-${process.pid}`);
  buildSync({
    entryPoints: { cli: join(REPO, 'src', 'cli', 'main.ts'), 'analyzer-worker': join(REPO, 'src', 'core', 'analyzers', 'worker', 'entry.ts') }, outdir: dir,
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'warning', external: ['@vscode/tree-sitter-wasm'],
  });
  copyClassifierModel(dir);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  bundle = join(dir, 'cli.js');
  return bundle;
}

export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** Called for every stdout line as it arrives; `kill` sends SIGKILL to the child at once. */
  readonly onLine?: (line: string, kill: () => void) => void;
  readonly timeoutMs?: number;
}

/** Runs the CLI with a clean environment: no API key unless `env` gives one. */
export function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliResult> {
  const { ANTHROPIC_API_KEY: _key, ANTHROPIC_BASE_URL: _url, ...rest } = process.env;
  const child = spawn(process.execPath, [cliBundle(), ...args], {
    cwd: REPO, env: { ...rest, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let pending = '';
  const kill = (): void => {
    child.kill('SIGKILL');
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) options.onLine?.(line, kill);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(kill, options.timeoutMs ?? 90_000);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** The JSON events of a `run --json` output. */
export function jsonEvents(stdout: string): { type: string; [key: string]: unknown }[] {
  return stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { type: string });
}

/** Environment that points the CLI's model client at a fake API. */
export function fakeApiEnv(baseURL: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ANTHROPIC_API_KEY: 'sk-test-cli-key-0000', ANTHROPIC_BASE_URL: baseURL, ...extra };
}

const CHECKOUT = loadScenario(join(SCENARIOS, 'checkout.yaml'));
const REQUEST = 'Make the checkout faster';

export type Injected = Parameters<typeof withRepliesFirst>[1];

/** The checkout scenario with `injected` replies tried first, run by the CLI; the backend's requests with it. */
export async function runCheckout(t: TestContext, injected: Injected, args: string[] = ['--json'], env: NodeJS.ProcessEnv = {}) {
  const root = copyExample(t, 'shop');
  const api = await fakeApi(t, withRepliesFirst(CHECKOUT, injected));
  const result = await runCli(['run', REQUEST, '--cwd', root, ...args], { env: fakeApiEnv(api.baseURL, env) });
  const backend = messagesPosts(api).filter((r) => r.coordinator === 'backend');
  return { root, api, result, backend };
}

/** The backend task's fate from a `--json` run: its last TaskCompleted/TaskFailed event, and the failure's kind. */
export function backendOutcome(stdout: string): { status: 'completed' | 'failed'; reason: string; kind?: string } {
  const events = jsonEvents(stdout);
  const started = events.find((e) => e.type === 'DelegationStarted' && e.coordinator === 'backend');
  assert.ok(started, 'the backend coordinator was asked');
  const ended = events.filter((e) => (e.type === 'TaskCompleted' || e.type === 'TaskFailed') && e.taskId === started.taskId).at(-1);
  assert.ok(ended, 'the backend task ended');
  if (ended.type === 'TaskCompleted') return { status: 'completed', reason: String(ended.evidence) };
  const failure = ended.failure as { kind: string; message: string };
  return { status: 'failed', reason: failure.message, kind: failure.kind };
}
