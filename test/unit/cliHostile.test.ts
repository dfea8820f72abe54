import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { watchInterrupts } from '../../src/cli/interrupts';
import type { FakeApi } from '../fake-api/server';
import { fakeApi, messagesPosts, REPO } from './engineHarness';
import { copyHostile, HOSTILE_REQUEST, HOSTILE_SCENARIO, leakedSecrets, slowSearchScenario, writeSlowFiles } from './hostileFixture';

interface CliProcess {
  readonly child: ChildProcess;
  readonly stdout: string[];
  stderr: string;
  readonly exited: Promise<{ code: number | null }>;
}

/** The CLI as a user runs it, against the fake API (asynchronously: the fake API lives in this process). */
function startCli(api: FakeApi, args: string[]): CliProcess {
  const { ANTHROPIC_API_KEY: _key, ...env } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'src', 'cli', 'main.ts'), ...args], {
    cwd: REPO, env: { ...env, ANTHROPIC_API_KEY: 'sk-test-key', ANTHROPIC_BASE_URL: api.baseURL },
  });
  const cli: CliProcess = {
    child,
    stdout: [],
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', (code) => resolve({ code }))),
  };
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    cli.stdout.push(...lines);
  });
  child.stderr!.on('data', (chunk: Buffer) => {
    cli.stderr += chunk.toString('utf8');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  void cli.exited.then(() => clearTimeout(timer));
  return cli;
}

const events = (cli: CliProcess) => cli.stdout.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { type: string; runId?: string; message?: string });
const journal = (root: string, runId: string) => readFileSync(join(root, '.orchestrator', 'runs', `${runId}.jsonl`), 'utf8');

test('task-orchestrator run against the hostile model ends, and no planted secret reaches the API, the output or the journal', async (t) => {
  const root = copyHostile(t);
  const api = await fakeApi(t, HOSTILE_SCENARIO);
  const cli = startCli(api, ['run', HOSTILE_REQUEST, '--cwd', root, '--json']);
  const { code } = await cli.exited;
  assert.equal(code, 0, cli.stderr);
  const all = events(cli);
  assert.equal(all.at(-1)?.type, 'RunCompleted');
  assert.ok(messagesPosts(api).some((r) => r.matchedReply === 'security-regex-bomb'), 'the (a+)+$ search was made');
  for (const request of api.requests) assert.deepEqual(leakedSecrets(JSON.stringify(request.body)), [], `request ${request.matchedReply}`);
  assert.deepEqual(leakedSecrets(cli.stdout.join('\n') + cli.stderr), [], 'the CLI output');
  assert.deepEqual(leakedSecrets(journal(root, all[0].runId!)), [], 'the journal');
});

test('SIGTERM during a slow tool call ends the CLI with the run resumable; --resume finishes it (how soon: npm run bench)', async (t) => {
  const root = copyHostile(t);
  writeSlowFiles(root, 10);
  const api = await fakeApi(t, slowSearchScenario());
  const cli = startCli(api, ['run', HOSTILE_REQUEST, '--cwd', root, '--json']);
  await waitFor(() => events(cli).some((e) => e.type === 'DelegationProgress' && e.message?.startsWith('security: search_text')));
  await new Promise((resolve) => setTimeout(resolve, 300)); // inside the search, which takes seconds
  cli.child.kill('SIGTERM');
  const { code } = await cli.exited;
  assert.equal(code, 130, cli.stderr);
  assert.match(cli.stderr, /SIGTERM: stopping the run/);
  const runId = events(cli)[0].runId!;
  const recorded = journal(root, runId).trim().split('\n').map((line) => JSON.parse(line) as { type: string; reason?: string });
  assert.deepEqual(recorded.at(-1), { ...recorded.at(-1), type: 'RunCancelled', reason: 'Interrupted (SIGTERM); resume with --resume' });

  const resumed = startCli(api, ['run', '--resume', runId, '--cwd', root]);
  const after = await resumed.exited;
  assert.equal(after.code, 0, resumed.stderr + resumed.stdout.join('\n'));
  assert.equal(messagesPosts(api).filter((r) => r.coordinator === 'backend').length, 1, 'backend finished before the stop and is not asked again');
});

test('the first Ctrl-C stops the run; a second one, or a run still going after the grace time, exits at once', async () => {
  const source = new EventEmitter();
  const calls: string[] = [];
  const stopWatching = watchInterrupts(source, {
    notify: (message) => calls.push(`notify ${message}`),
    stop: (name) => calls.push(`stop ${name}`),
    exitNow: () => calls.push('exit'),
  }, 50);
  source.emit('SIGINT', 'SIGINT');
  assert.deepEqual(calls, ['notify Ctrl-C: stopping the run (press Ctrl-C again to exit at once)…', 'stop Ctrl-C']);
  source.emit('SIGINT', 'SIGINT');
  assert.deepEqual(calls.slice(2), ['exit']);
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.deepEqual(calls.slice(3), ['exit'], 'the grace time ran out too');
  stopWatching();
  assert.equal(source.listenerCount('SIGINT') + source.listenerCount('SIGTERM'), 0);

  const quiet: string[] = [];
  const stopQuiet = watchInterrupts(source, { notify: () => {}, stop: () => quiet.push('stop'), exitNow: () => quiet.push('exit') }, 50);
  source.emit('SIGTERM', 'SIGTERM');
  stopQuiet(); // the run ended in time: no exit afterwards
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.deepEqual(quiet, ['stop']);
});

async function waitFor(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
