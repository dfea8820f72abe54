// The CLI from its sources (node --import tsx src/cli/main.ts), as tests run it: without the
// caller's ANTHROPIC_API_KEY unless given, so runs are local unless a test says otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './engineHarness';

export interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function environment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { ANTHROPIC_API_KEY: _key, ...rest } = process.env;
  return { ...rest, ...env };
}

const ENTRY = ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts')];

export function cli(args: readonly string[], env: NodeJS.ProcessEnv = {}): CliResult {
  const result = spawnSync(process.execPath, [...ENTRY, ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000, env: environment(env) });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same without blocking this process (several at once, or a fake API served from here). */
export function cliAsync(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  const child = spawn(process.execPath, [...ENTRY, ...args], { cwd: REPO, env: environment(env) });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => child.on('close', (code) => {
    clearTimeout(timer);
    resolve({ code, stdout, stderr });
  }));
}
