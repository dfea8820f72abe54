// SIGKILL at every kind of journal point (issues #17 and #9 item 6): the CLI, built fresh and run
// as `node bin/task-orchestrator.js run … --json` against the fake API, is killed right after (or in
// the middle of) the journal line that holds a given event, then resumed with `run --resume`. The
// resumed run must reach the checklist and memory proposals of an uninterrupted run, and no
// delegation whose report reached the journal may be asked again (counted at the fake API).
// The points are spread over crash-*.test.ts files so each file stays within the test timeout.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { copyClassifierModel } from '../../scripts/bundles.mjs';
import { loadScenario, startFakeApi, type FakeApi } from '../fake-api/server';
import { buildScenario, reportReply, type Scenario } from '../fake-api/scenarioBuilders';
import type { RunEvent } from '../../src/core/run/events';
import { readJournalSync } from '../../src/core/run/journalRead';
import { foldEvents, type RunState } from '../../src/core/run/state';
import { copyExample, REPO, SCENARIOS } from './engineHarness';

let cliDir: string;

before(async () => {
  // The CLI as it ships: bin/task-orchestrator.js loading dist/cli.js, built from the sources under test.
  cliDir = mkdtempSync(join(tmpdir(), 'orchestrator-cli-'));
  mkdirSync(join(cliDir, 'bin'));
  cpSync(join(REPO, 'bin', 'task-orchestrator.js'), join(cliDir, 'bin', 'task-orchestrator.js'));
  cpSync(join(REPO, 'templates'), join(cliDir, 'dist', 'templates'), { recursive: true });
  copyClassifierModel(join(cliDir, 'dist'));
  await esbuild.build({
    entryPoints: [join(REPO, 'src', 'cli', 'main.ts')], outfile: join(cliDir, 'dist', 'cli.js'),
    bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error', absWorkingDir: REPO,
  });
});

after(() => rmSync(cliDir, { recursive: true, force: true }));

export interface Outcome {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Runs the CLI as a child process (asynchronously: the fake API answers from this process). */
export function cli(args: readonly string[], api: FakeApi, crash?: { after: string; tear?: boolean }): Promise<Outcome> {
  const { ANTHROPIC_API_KEY: _key, ...env } = process.env;
  const child = spawn(process.execPath, [...(crash ? ['--require', join(REPO, 'test', 'support', 'crashAfter.cjs')] : []), join(cliDir, 'bin', 'task-orchestrator.js'), ...args], {
    env: { ...env, ANTHROPIC_API_KEY: 'sk-test-key', ANTHROPIC_BASE_URL: api.baseURL, CRASH_AFTER: crash?.after ?? '', CRASH_TEAR: crash?.tear ? '1' : '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => child.on('close', (code, signal) => {
    clearTimeout(timer);
    resolve({ code, signal, stderr });
  }));
}

/** The CLI's stdout for a command that is not a run (`runs --json`, say). */
export function cliOutput(args: readonly string[], api: FakeApi): Promise<string> {
  const { ANTHROPIC_API_KEY: _key, ...env } = process.env;
  const child = spawn(process.execPath, [join(cliDir, 'bin', 'task-orchestrator.js'), ...args], { env: { ...env, ANTHROPIC_BASE_URL: api.baseURL }, stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve, reject) => child.on('close', (code) => (code === 0 ? resolve(stdout) : reject(new Error(`exit ${code}`)))));
}

/**
 * Runs the CLI with `--json` and kills it with SIGKILL from here, as a user's `kill -9` would, when
 * an event line matching `killWhen` appears on its stdout.
 */
export function cliKilledWhen(args: readonly string[], api: FakeApi, killWhen: (event: RunEvent) => boolean): Promise<Outcome> {
  const { ANTHROPIC_API_KEY: _key, ...env } = process.env;
  const child = spawn(process.execPath, [join(cliDir, 'bin', 'task-orchestrator.js'), ...args], {
    env: { ...env, ANTHROPIC_API_KEY: 'sk-test-key', ANTHROPIC_BASE_URL: api.baseURL },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let pending = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    if (lines.some((line) => killWhen(JSON.parse(line) as RunEvent))) child.kill('SIGKILL');
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => child.on('close', (code, signal) => {
    clearTimeout(timer);
    resolve({ code, signal, stderr });
  }));
}

export function journalOf(root: string): { runId: string; events: RunEvent[] } {
  const dir = join(root, '.orchestrator', 'runs');
  const names = readdirSync(dir).filter((n) => n.endsWith('.jsonl'));
  assert.equal(names.length, 1, `one journal in ${names.join(', ')}`);
  const events: RunEvent[] = [];
  readJournalSync(join(dir, names[0]), (e) => events.push(e));
  return { runId: names[0].slice(0, -'.jsonl'.length), events };
}

/** What a user compares: the checklist with each task's status, and the proposed memory edits. */
export function outcome(state: RunState): { checklist: string[]; proposals: string[]; status: string } {
  const anonymous = (text: string) => text.split(state.runId).join('RUN');
  return {
    status: state.status,
    checklist: state.tasks.map((t) => `${t.spec.id} ${t.spec.title}: ${t.status}`),
    proposals: state.memoryEdits.map((e) => `${e.path}\n${anonymous(e.text)}`),
  };
}

export const CHECKOUT = { request: 'Make the checkout faster', scenario: () => loadScenario(join(SCENARIOS, 'checkout.yaml')) };
export const SECURITY = { request: 'Review the security of product search', scenario: () => loadScenario(join(SCENARIOS, 'security.yaml')) };
/**
 * security.yaml with backend's answer streamed slowly, so security's SECURITY_BREACH (aimed at
 * backend) arrives while backend is still answering and waits for the batch to end.
 */
export const SECURITY_WAITING = {
  request: SECURITY.request,
  scenario: (): Scenario => {
    const security = SECURITY.scenario();
    return { ...security, replies: security.replies.map((r) => (r.id === 'backend-report' ? { ...r, eventDelayMs: 150 } : r.id === 'infrastructure-report' ? { ...r, latencyMs: 1500 } : r)) };
  },
};
const invalid = { summary: 'x', findings: [{ title: 't', detail: 'd', severity: 'enormous' }] } as unknown as Parameters<typeof reportReply>[1];
/**
 * checkout.yaml whose backend report is invalid (twice, with the repair turn): the run fails.
 * Resumed against checkout.yaml it completes; the other coordinators answer the same either way.
 */
export const FAILING = {
  request: CHECKOUT.request,
  scenario: (): Scenario => {
    const checkout = CHECKOUT.scenario();
    return { ...checkout, replies: [...buildScenario([reportReply('backend', invalid)]).replies, ...checkout.replies] };
  },
};

type Flow = typeof CHECKOUT;
const references = new Map<Flow, ReturnType<typeof outcome>>();

/** The uninterrupted run of a flow (the failing one resumed once), made once and compared with. */
export async function reference(t: Parameters<typeof copyExample>[0], flow: Flow): Promise<ReturnType<typeof outcome>> {
  const known = references.get(flow);
  if (known) return known;
  const root = copyExample(t, 'shop');
  const api = await startFakeApi({ scenario: flow.scenario() });
  try {
    await cli(['run', flow.request, '--cwd', root, '--json'], api);
    if (flow === FAILING) {
      api.setScenario(CHECKOUT.scenario());
      await cli(['run', '--resume', journalOf(root).runId, '--cwd', root, '--json'], api);
    }
  } finally {
    await api.close();
  }
  const result = outcome(foldEvents(journalOf(root).events)!);
  assert.equal(result.status, 'completed');
  references.set(flow, result);
  return result;
}

export interface Point {
  readonly flow: Flow;
  readonly after: string;
  readonly tear?: boolean;
  /** Crash in the process that resumes the failed run, not in the first. */
  readonly inResume?: boolean;
  readonly why: string;
}

/** One test per point: crash there, resume, compare with the uninterrupted run. */
export function crashTests(points: readonly Point[]): void {
  for (const point of points) {
    const name = `${point.after}${point.tear ? ' (torn)' : ''}`;
    test(`SIGKILL ${point.inResume ? 'while resuming, ' : ''}after ${name} — ${point.why}: resume ends as an uninterrupted run`, async (t) => {
      const expected = await reference(t, point.flow);
      const root = copyExample(t, 'shop');
      const api = await startFakeApi({ scenario: point.flow.scenario() });
      t.after(() => api.close());
      const crash = { after: point.after, tear: point.tear };

      const first = await cli(['run', point.flow.request, '--cwd', root, '--json'], api, point.inResume ? undefined : crash);
      if (point.flow === FAILING) api.setScenario(CHECKOUT.scenario());
      const { runId } = journalOf(root);
      const killed = point.inResume ? await cli(['run', '--resume', runId, '--cwd', root, '--json'], api, crash) : first;
      assert.equal(killed.signal, 'SIGKILL', `the CLI was killed at ${name} (exit ${killed.code}): ${killed.stderr}`);

      const atCrash = journalOf(root).events;
      const reported = new Set(atCrash.flatMap((e) => (e.type === 'DelegationCompleted' ? [e.taskId] : [])));
      // A synthesis made without a failed task's findings is made again once that task is retried: by design.
      const stateAtCrash = foldEvents(atCrash)!;
      const synthesized = stateAtCrash.synthesis !== undefined && !stateAtCrash.tasks.some((x) => x.status === 'failed');
      const callsBefore = api.requests.length;

      const resumed = await cli(['run', '--resume', runId, '--cwd', root, '--json'], api);
      assert.equal(resumed.code, 0, resumed.stderr);
      assert.deepEqual(outcome(foldEvents(journalOf(root).events)!), expected);

      const asked = api.requests.slice(callsBefore).filter((r) => r.path === '/v1/messages');
      const askedAgain = asked.filter((r) => (r.taskId !== undefined && reported.has(r.taskId)) || (synthesized && r.coordinator === 'synthesis'));
      assert.deepEqual(askedAgain.map((r) => `${r.coordinator} (task ${r.taskId})`), [], 'nothing whose answer reached the journal is asked again');
    });
  }
}
