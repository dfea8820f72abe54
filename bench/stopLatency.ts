// How long Stop takes to end a run while a tool call is busy: the promise is "within 1 s at any point,
// including inside a tool call". Measured here, not asserted in tests (tests check that Stop ends the
// run cleanly and resumably; timings on a loaded CI machine would make them flaky, not stricter).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnthropicModelClient } from '../src/core/model/anthropic';
import { Orchestrator } from '../src/core/orchestrator';
import { Workspace } from '../src/core/workspace/workspace';
import { startFakeApi } from '../test/fake-api/server';
import { HOSTILE_FIXTURE, HOSTILE_REQUEST, SLOW_PATTERN, slowSearchScenario, writeSlowFiles } from '../test/unit/hostileFixture';

const REPO = join(__dirname, '..');
const REPEATS = 5;
/** How long into the slow search Stop is pressed. */
const STOP_AFTER_MS = 300;

export interface StopLatency {
  readonly searchAbortMs: { median: number; max: number };
  readonly runStopMs: { median: number; max: number };
  readonly targetMs: number;
}

function scratchHostile(): string {
  const root = mkdtempSync(join(tmpdir(), 'orchestrator-bench-stop-'));
  cpSync(HOSTILE_FIXTURE, root, { recursive: true });
  writeSlowFiles(root, 10);
  return root;
}

async function searchAbortMs(root: string): Promise<number> {
  const workspace = new Workspace(root);
  const controller = new AbortController();
  let abortedAt = 0;
  const timer = setTimeout(() => {
    abortedAt = performance.now();
    controller.abort(new Error('Stop pressed'));
  }, STOP_AFTER_MS);
  await workspace.searchText(SLOW_PATTERN, { regex: true }, controller.signal).catch(() => undefined);
  clearTimeout(timer);
  return performance.now() - abortedAt;
}

async function runStopMs(root: string): Promise<number> {
  const api = await startFakeApi({ scenario: slowSearchScenario() });
  try {
    const engine = new Orchestrator({ workspaceRoot: root, builtinTemplatesDir: join(REPO, 'templates') });
    const controller = new AbortController();
    const model = new AnthropicModelClient({ apiKey: 'sk-bench-key', baseURL: api.baseURL, maxRetries: 0, idleTimeoutMs: 5000 });
    const handle = await engine.start(HOSTILE_REQUEST, { model, models: { planner: 'claude-sonnet-4-6', coordinator: 'claude-sonnet-4-6' }, parallelLimit: 3 }, controller.signal);
    const searching = new Promise<void>((resolve) => {
      handle.store.onDidEmit((event) => {
        if (event.type === 'DelegationProgress' && event.message.startsWith('security: search_text')) resolve();
      });
    });
    await searching;
    await new Promise((resolve) => setTimeout(resolve, STOP_AFTER_MS));
    const stoppedAt = performance.now();
    controller.abort(new Error('Cancelled by the user.'));
    await handle.done;
    return performance.now() - stoppedAt;
  } finally {
    await api.close();
  }
}

function summary(samples: number[]): { median: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return { median: round(sorted[Math.floor(sorted.length / 2)]), max: round(sorted.at(-1)!) };
}

export async function measureStopLatency(): Promise<StopLatency> {
  const search: number[] = [];
  const run: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const root = scratchHostile();
    try {
      search.push(await searchAbortMs(root));
      run.push(await runStopMs(root));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return { searchAbortMs: summary(search), runStopMs: summary(run), targetMs: 1000 };
}

export function stopLatencyReport(figures: StopLatency): string[] {
  const verdict = (ms: number) => (ms <= figures.targetMs ? 'OK' : 'OVER');
  return [
    `Stop inside a slow tool call (a linear-time regex search over 10 files; Stop ${STOP_AFTER_MS} ms in; ${REPEATS} runs)`,
    `  search ends after abort        median ${figures.searchAbortMs.median} ms, max ${figures.searchAbortMs.max} ms (target ≤ ${figures.targetMs}) ${verdict(figures.searchAbortMs.max)}`,
    `  run ends after Stop            median ${figures.runStopMs.median} ms, max ${figures.runStopMs.max} ms (target ≤ ${figures.targetMs}) ${verdict(figures.runStopMs.max)}`,
  ];
}
