// npm run bench [-- --json] [-- --latency MS]
// The checkout scenario against the fake API with a fixed latency per model call: wall time vs the
// critical-path lower bound, the same run with parallelism off, and the engine's own cost per task;
// then how well planning reads requests: 5-fold cross-validation on the classifier's labelled bank and
// its held-out test set (bench/classifier.ts), how soon Stop ends a run busy inside a tool call
// (bench/stopLatency.ts), and the local analyzers over a generated 10,000-file project (bench/analyzers.ts).
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { AnthropicModelClient } from '../src/core/model/anthropic';
import { EnginePool } from '../src/core/enginePool';
import type { ModelClient, ModelTurnRequest } from '../src/core/model/port';
import type { Orchestrator, RunOptions } from '../src/core/orchestrator';
import type { RunState, TaskView } from '../src/core/run/state';
import { loadScenario, type RecordedRequest } from '../test/fake-api/server';
import { analyzerFigures, analyzerLines } from './analyzers';
import { buildScenario, reportReply, textReply, withLatency, type Scenario } from '../test/fake-api/scenarioBuilders';
import { crossValidate, heldOutPresent, measureClassifier } from '../test/classifier/measure';
import { classifierReport, NO_HELD_OUT } from './classifier';
import { cacheReport, measureCache } from './cache';
import { measureStopLatency, stopLatencyReport } from './stopLatency';

const REPO = join(__dirname, '..');
const CHECKOUT = 'Make the checkout faster';
const AUDIT = 'Review the security of product search, the database schema and the Docker image';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, latency: { type: 'string', default: '200' } } });
const latencyMs = Number(values.latency);
/** Runs per figure; the median is reported. Loopback timings jitter by a few ms. */
const REPEATS = 7;
/**
 * Runs first, not counted: module loading and JIT compilation are a one-off cost of a new process,
 * not the engine's per-run overhead (the extension host runs many requests in one process).
 */
const WARM_UP_RUNS = 3;

function scratchShop(): string {
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-bench-'));
  cpSync(join(REPO, 'examples', 'shop'), dir, { recursive: true });
  return dir;
}

/**
 * Engines are built and kept the way the extension keeps them: one per workspace folder from an
 * EnginePool, reused for every run, with the model and settings passed per run.
 */
const engines = new EnginePool();

function orchestrator(root: string): Orchestrator {
  return engines.engineFor({ workspaceRoot: root, builtinTemplatesDir: join(REPO, 'templates'), exclude: [] });
}

/**
 * Without the cache warm-up: these figures weigh the engine's scheduling against the critical path
 * of independent calls. The warm-up deliberately makes a batch's siblings wait for the first
 * answer to begin; what that costs in time and saves in money is the cache section's figure.
 */
function runOptions(model: ModelClient, parallelLimit: number): RunOptions {
  return { model, models: { planner: 'claude-sonnet-4-6', coordinator: 'claude-sonnet-4-6' }, parallelLimit, warmCacheFirst: false };
}

type Requests = readonly Omit<RecordedRequest, 'body'>[];

/** The fake API on a worker thread: the real API's work happens elsewhere, not on our event loop. */
async function startFakeApiThread(scenario: Scenario): Promise<{ baseURL: string; requests(): Promise<Requests>; close(): Promise<void> }> {
  const worker = new Worker(join(__dirname, 'fakeApiWorker.mjs'), { workerData: { scenario } });
  const [{ baseURL }] = (await once(worker, 'message')) as [{ baseURL: string }];
  return {
    baseURL,
    async requests() {
      worker.postMessage('requests');
      return ((await once(worker, 'message')) as [{ requests: Requests }])[0].requests;
    },
    async close() {
      worker.postMessage('close');
      await once(worker, 'exit');
    },
  };
}

interface Sample {
  readonly wallMs: number;
  readonly state: RunState;
  /** This run's requests only, so its critical path is computed on it alone. */
  readonly requests: Requests;
  readonly lowerBoundMs: number;
  readonly calls: number;
  readonly ratio: number;
}

/** `repeats` runs after the warm-up runs; reported by their median ratio, with the spread. */
async function timedRuns(scenario: Scenario, request: string, parallelLimit: number, repeats = REPEATS): Promise<{ median: Sample; min: Sample; max: Sample }> {
  const api = await startFakeApiThread(scenario);
  const root = scratchShop();
  try {
    const client = new AnthropicModelClient({ apiKey: 'bench', baseURL: api.baseURL, maxRetries: 0 });
    const o = orchestrator(root);
    const samples: Sample[] = [];
    for (let i = 0; i < WARM_UP_RUNS + repeats; i++) {
      const from = (await api.requests()).length;
      const started = performance.now();
      const state = await (await o.start(request, runOptions(client, parallelLimit), new AbortController().signal)).done;
      const wallMs = performance.now() - started;
      if (state.status !== 'completed') throw new Error(`bench run ${state.status}: ${state.failure?.message}`);
      if (i < WARM_UP_RUNS) continue;
      const requests = (await api.requests()).slice(from);
      const chain = criticalPath(state, requests);
      samples.push({ wallMs, state, requests, lowerBoundMs: chain.ms, calls: chain.calls, ratio: wallMs / chain.ms });
    }
    samples.sort((a, b) => a.ratio - b.ratio);
    return { median: samples[Math.floor(samples.length / 2)], min: samples[0], max: samples[samples.length - 1] };
  } finally {
    await api.close();
    rmSync(root, { recursive: true, force: true });
  }
}

/**
 * The longest chain of dependent model calls, weighted by each call's latency as the server saw it
 * (request in to response end). A delegation waits for the delegations it depends on and for the
 * flag sub-tasks under them (their findings are in its prompt); a sub-task waits for its parent; the
 * synthesis waits for everything.
 */
function criticalPath(state: RunState, requests: Requests): { calls: number; ms: number } {
  const calls = (taskId: string) => requests.filter((r) => r.path === '/v1/messages' && r.taskId === taskId);
  const cost = (chosen: Requests) => ({ calls: chosen.length, ms: chosen.reduce((sum, r) => sum + ((r.endedAt ?? r.at) - r.at), 0) });
  const delegations = state.tasks.filter((t) => t.spec.kind === 'delegate');
  const under = (id: string): TaskView[] => delegations.filter((t) => t.spec.parentId === id).flatMap((t) => [t, ...under(t.spec.id)]);
  const finish = new Map<string, { calls: number; ms: number }>();
  const longest = (ids: readonly string[]) => ids.map((id) => finish.get(id) ?? { calls: 0, ms: 0 }).reduce((a, b) => (b.ms > a.ms ? b : a), { calls: 0, ms: 0 });
  for (const task of delegations) {
    const deps = task.spec.parentId !== undefined
      ? [task.spec.parentId]
      : (task.spec.dependsOn ?? []).flatMap((id) => [id, ...under(id).map((t) => t.spec.id)]);
    const before = longest(deps);
    const own = cost(calls(task.spec.id));
    finish.set(task.spec.id, { calls: before.calls + own.calls, ms: before.ms + own.ms });
  }
  const synthesis = cost(requests.filter((r) => r.coordinator === 'synthesis'));
  const chain = longest([...finish.keys()]);
  return { calls: chain.calls + synthesis.calls, ms: chain.ms + synthesis.ms };
}

/** A model that answers at once in-process: what is left is the engine (plan, fold, journal, prompts). */
class InstantModel implements ModelClient {
  readonly id = 'instant';
  async turn(request: ModelTurnRequest) {
    const usage = { inputTokens: 1, outputTokens: 1, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 };
    if (request.purpose.coordinator === 'synthesis') return { content: [{ type: 'text' as const, text: 'done' }], stopReason: 'end_turn' as const, usage, model: 'instant' };
    const flags = request.purpose.coordinator === 'backend' ? [{ type: 'DATABASE_INVESTIGATION', reason: 'query per item', priority: 'normal' }] : [];
    const input = { summary: `${request.purpose.coordinator} ok`, findings: [{ title: 't', detail: 'd', severity: 'high', evidence: [{ file: 'backend/src/cart.js', line: 26 }] }], flags };
    return { content: [{ type: 'tool_use' as const, id: `t${request.purpose.taskId}`, name: 'submit_report', input }], stopReason: 'tool_use' as const, usage, model: 'instant' };
  }
}

async function engineOverheadPerTaskMs(runs: number): Promise<number> {
  const root = scratchShop();
  try {
    const o = orchestrator(root);
    const options = runOptions(new InstantModel(), 3);
    await (await o.start(CHECKOUT, options, new AbortController().signal)).done; // warm-up
    let tasks = 0;
    const started = performance.now();
    for (let i = 0; i < runs; i++) tasks += (await (await o.start(CHECKOUT, options, new AbortController().signal)).done).tasks.length;
    return (performance.now() - started) / tasks;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const checkout = withLatency(loadScenario(join(REPO, 'test', 'fake-api', 'scenarios', 'checkout.yaml')), latencyMs);
  const parallel = await timedRuns(checkout, CHECKOUT, 3);
  const serial = await timedRuns(checkout, CHECKOUT, 1);

  const audit = withLatency(buildScenario(['security', 'backend', 'database', 'infrastructure'].map((c) => reportReply(c, { summary: `${c} ok`, findings: [] })).concat([textReply('synthesis', 'done')])), latencyMs);
  const auditParallel = await timedRuns(audit, AUDIT, 4);
  const auditSerial = await timedRuns(audit, AUDIT, 1);

  const zero = (await timedRuns(withLatency(checkout, 0), CHECKOUT, 3)).median;
  const overheadMs = await engineOverheadPerTaskMs(20);
  const { outcomes: _cvOutcomes, ...classifierCrossValidation } = await crossValidate(5);
  // Measured only when the held-out set is present: between sets there is none, and the bench says so.
  const heldOut = heldOutPresent() ? await measureClassifier('heldout') : undefined;
  const classifier = heldOut ? (({ outcomes: _outcomes, ...figures }) => figures)(heldOut) : 'no held-out test set present';
  const stopLatency = await measureStopLatency();
  const analyzerRun = await analyzerFigures();
  const cache = await measureCache(latencyMs, { scenario: audit, request: AUDIT });

  const c = parallel.median;
  const a = auditParallel.median;
  const figures = {
    latencyPerCallMs: latencyMs,
    runsPerFigure: REPEATS,
    warmUpRuns: WARM_UP_RUNS,
    checkout: {
      modelCalls: c.requests.filter((r) => r.path === '/v1/messages').length,
      tasks: c.state.tasks.length,
      wallMs: round(c.wallMs),
      criticalPathCalls: c.calls,
      criticalPathLowerBoundMs: round(c.lowerBoundMs),
      ratio: round(c.ratio, 3),
      ratioRange: [round(parallel.min.ratio, 3), round(parallel.max.ratio, 3)],
      parallelismOffWallMs: round(serial.median.wallMs),
    },
    parallelAudit: {
      wallMs: round(a.wallMs),
      criticalPathLowerBoundMs: round(a.lowerBoundMs),
      ratio: round(a.ratio, 3),
      ratioRange: [round(auditParallel.min.ratio, 3), round(auditParallel.max.ratio, 3)],
      parallelismOffWallMs: round(auditSerial.median.wallMs),
      speedup: round(auditSerial.median.wallMs / a.wallMs, 2),
    },
    zeroLatency: { checkoutWallMs: round(zero.wallMs), perTaskMsWithSdkAndHttp: round(zero.wallMs / zero.state.tasks.length, 2) },
    engineOverheadPerTaskMs: round(overheadMs, 3),
    analyzers: analyzerRun,
    targets: { ratioMax: 1.03, engineOverheadPerTaskMsMax: 2 },
    classifierCrossValidation,
    classifier,
    stopLatency,
    cache,
  };
  if (values.json) {
    process.stdout.write(JSON.stringify(figures, null, 2) + '\n');
    return;
  }
  const fc = figures.checkout;
  const fa = figures.parallelAudit;
  const lines = [
    `Checkout scenario, ${latencyMs} ms per model call (${fc.modelCalls} calls, ${fc.tasks} tasks); median of ${REPEATS} runs after ${WARM_UP_RUNS} warm-up runs`,
    `  wall time                      ${fc.wallMs} ms`,
    `  critical-path lower bound      ${fc.criticalPathLowerBoundMs} ms (${fc.criticalPathCalls} dependent calls, latency as the server saw each)`,
    `  ratio                          ${fc.ratio}   (target ≤ 1.03) ${fc.ratio <= 1.03 ? 'OK' : 'OVER'}; runs ranged ${fc.ratioRange[0]}–${fc.ratioRange[1]}`,
    `  parallelism off                ${fc.parallelismOffWallMs} ms (the checkout chain is sequential by design: each step reads the last one's findings)`,
    `Parallel audit (4 coordinators in one batch, limit 4, cache warm-up off: see the cache section)`,
    `  wall time                      ${fa.wallMs} ms, lower bound ${fa.criticalPathLowerBoundMs} ms, ratio ${fa.ratio} (runs ranged ${fa.ratioRange[0]}–${fa.ratioRange[1]})`,
    `  parallelism off                ${fa.parallelismOffWallMs} ms (speed-up ×${fa.speedup})`,
    `Zero latency`,
    `  checkout with SDK + HTTP       ${figures.zeroLatency.checkoutWallMs} ms (${figures.zeroLatency.perTaskMsWithSdkAndHttp} ms per task)`,
    `  engine overhead per task       ${figures.engineOverheadPerTaskMs} ms (target ≤ 2) ${figures.engineOverheadPerTaskMs <= 2 ? 'OK' : 'OVER'}`,
    ...classifierReport(classifierCrossValidation),
    ...(typeof classifier === 'string' ? [NO_HELD_OUT] : classifierReport(classifier)),
    ...stopLatencyReport(stopLatency),
    ...analyzerLines(analyzerRun),
    ...cacheReport(cache),
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
