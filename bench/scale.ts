// npm run bench (the scale section) — or alone: node --import tsx bench/scale.ts [--json] [--only TEXT]
// Figures that grow with a user's data, each with its target, printed and never asserted: a figure
// is a name, a target and a measurement, so adding one is adding an entry to FIGURES.
import { mkdtempSync, rmSync, statSync, utimesSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Orchestrator } from '../src/core/orchestrator';
import { writeLongJournal, writePastRuns } from './scaleJournals';

const REPO = join(__dirname, '..');

export interface Measurement {
  readonly value: number;
  readonly unit: string;
  /** Whether the figure meets its target, when the target is a number. */
  readonly ok?: boolean;
  readonly detail?: string;
}

export interface Figure {
  readonly name: string;
  readonly target: string;
  measure(): Promise<Measurement>;
}

/** A scratch folder per figure, removed afterwards. */
async function inScratch<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-scale-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function engine(dir: string): Orchestrator {
  return new Orchestrator({
    workspaceRoot: dir, runsDir: join(dir, 'runs'), builtinTemplatesDir: join(REPO, 'templates'),
  });
}

/**
 * After generating data: lets the writer's clean-up and the garbage it left be done with, so a
 * figure measures the code under test, not the generator's aftermath (a 100 ms collection, say).
 */
async function settle(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Wall time of `fn` and the longest stretch the event loop was blocked meanwhile. */
async function timed(fn: () => Promise<unknown>): Promise<Timing> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const cpu = process.cpuUsage();
  const started = performance.now();
  await fn();
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  delay.disable();
  return { ms, cpuMs: (used.user + used.system) / 1000, longestBlockMs: delay.max / 1e6 };
}

/** Wall time, the CPU time this process spent (less swayed by other processes on a shared machine), the longest block. */
interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
  readonly longestBlockMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function repeat(times: number, fn: () => Promise<Timing>): Promise<Timing & { range: [number, number] }> {
  const runs: Timing[] = [];
  for (let i = 0; i < times; i++) runs.push(await fn());
  const ms = runs.map((r) => r.ms);
  return { ms: median(ms), cpuMs: median(runs.map((r) => r.cpuMs)), longestBlockMs: Math.max(...runs.map((r) => r.longestBlockMs)), range: [Math.min(...ms), Math.max(...ms)] };
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Resume of a finished run whose journal has `events` events: cut-tail check, read and fold. */
function resumeFigure(events: number, targetMs: number | undefined, times: number): Figure {
  return {
    name: `resume of a ${events.toLocaleString('en')}-event journal`,
    target: targetMs === undefined ? 'resumes at all' : `≤ ${targetMs} ms; event loop never blocked > 50 ms`,
    measure: () => inScratch(async (dir) => {
      const written = await writeLongJournal(join(dir, 'runs'), 'long', events);
      await settle();
      const size = statSync(join(dir, 'runs', 'long.jsonl')).size;
      const r = await repeat(times, () => timed(async () => {
        const handle = await engine(dir).resume('long', {}, new AbortController().signal);
        const folded = (await handle.done).eventCount;
        if (folded !== written) throw new Error(`folded ${folded} events, wrote ${written}`);
      }));
      const heapMb = process.memoryUsage().heapUsed / 2 ** 20;
      return {
        value: round(r.ms), unit: 'ms', ok: targetMs === undefined ? true : r.ms <= targetMs && r.longestBlockMs <= 50,
        detail: `median of ${times} (${round(r.range[0])}–${round(r.range[1])}), CPU ${round(r.cpuMs)} ms; longest event-loop block ${round(r.longestBlockMs)} ms; journal ${round(size / 2 ** 20)} MB; heap after ${round(heapMb)} MB`,
      };
    }),
  };
}

/** Listing runs (the Tasks tree's top level and `task-orchestrator runs`) with `count` past runs. */
function listFigure(count: number): Figure {
  return {
    name: `list runs with ${count.toLocaleString('en')} past runs`,
    target: 'the same with 1,000 runs as with 10 (warm and from the index); the first listing ever folds each journal once',
    measure: () => inScratch(async (dir) => {
      writePastRuns(join(dir, 'runs'), count);
      await settle();
      const first = await timed(() => engine(dir).listRuns());
      const fromIndex = await repeat(5, () => timed(() => engine(dir).listRuns()));
      const warmEngine = engine(dir);
      await warmEngine.listRuns();
      const warm = await repeat(20, () => timed(() => warmEngine.listRuns()));
      // One run changes behind the engine's back (another process): only it is read again.
      const changed = join(dir, 'runs', `20260101-${String(100000)}-past0000.jsonl`);
      appendFileSync(changed, JSON.stringify({ type: 'RunResumed', at: new Date().toISOString(), requeuedTaskIds: [] }) + '\n');
      utimesSync(changed, new Date(), new Date());
      warmEngine.invalidateRun('20260101-100000-past0000');
      const oneChanged = await timed(() => warmEngine.listRuns());
      return {
        value: round(warm.ms, 3), unit: 'ms (a refresh: warm listing)',
        detail: `from index.json in a new engine ${round(fromIndex.ms, 2)} ms; one changed run re-read ${round(oneChanged.ms, 2)} ms; first listing (no index yet) ${round(first.ms)} ms, longest block ${round(first.longestBlockMs)} ms`,
      };
    }),
  };
}

/** The longest the event loop is held while a long journal is read and folded (the tree expanding a run, say). */
function readBlockFigure(events: number): Figure {
  return {
    name: `longest block reading a ${events.toLocaleString('en')}-event journal`,
    target: '≤ 50 ms (the extension host keeps answering)',
    measure: () => inScratch(async (dir) => {
      await writeLongJournal(join(dir, 'runs'), 'long', events);
      await settle();
      const r = await repeat(3, () => timed(() => engine(dir).loadRun('long')));
      return { value: round(r.longestBlockMs), unit: 'ms', ok: r.longestBlockMs <= 50, detail: `read and fold ${round(r.ms)} ms (median of 3)` };
    }),
  };
}

export const FIGURES: readonly Figure[] = [
  resumeFigure(10_000, 300, 5),
  resumeFigure(100_000, 300, 5),
  resumeFigure(1_000_000, undefined, 1),
  readBlockFigure(100_000),
  listFigure(10),
  listFigure(100),
  listFigure(1_000),
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const chosen = FIGURES.filter((f) => !values.only || f.name.includes(values.only));
  const results: { name: string; target: string; measurement: Measurement }[] = [];
  if (!values.json) process.stdout.write('Scale (figures printed, not asserted; noisy on a shared machine: compare ratios)\n');
  for (const figure of chosen) {
    const measurement = await figure.measure();
    results.push({ name: figure.name, target: figure.target, measurement });
    if (!values.json) {
      const verdict = measurement.ok === undefined ? '' : measurement.ok ? ' OK' : ' OVER';
      process.stdout.write(`  ${figure.name.padEnd(44)} ${String(measurement.value).padStart(9)} ${measurement.unit}${verdict}\n`);
      process.stdout.write(`  ${''.padEnd(44)} target: ${figure.target}\n`);
      if (measurement.detail) process.stdout.write(`  ${''.padEnd(44)} ${measurement.detail}\n`);
    }
  }
  if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  });
}
