// The CLI as a real child process (node + tsx on src/cli/main.ts), for tests that talk to the fake
// API in this process: the child runs asynchronously so the server can answer it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './engineHarness';

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
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), ...args], {
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
