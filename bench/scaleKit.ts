// What every scale figure (bench/scale.ts, bench/scaleFigures.ts) is made of: a figure is a name, a
// target and a measurement; scratch folders, engines, and timings with the longest event-loop block.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Orchestrator } from '../src/core/orchestrator';

export const REPO = join(__dirname, '..');

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
export async function inScratch<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'orchestrator-scale-'));
  try {
    return await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** An engine for the workspace `dir`; its journals under `runsDir` (a figure whose workspace is walked keeps them where hosts do). */
export function engine(dir: string, runsDir = join(dir, 'runs')): Orchestrator {
  return new Orchestrator({ workspaceRoot: dir, runsDir, builtinTemplatesDir: join(REPO, 'templates') });
}

/**
 * After generating data: lets the writer's clean-up and the garbage it left be done with, so a
 * figure measures the code under test, not the generator's aftermath (a 100 ms collection, say).
 */
export async function settle(): Promise<void> {
  (globalThis as { gc?: () => void }).gc?.();
  await new Promise((resolve) => setTimeout(resolve, 200));
}

/** Wall time, the CPU time this process spent (less swayed by other processes on a shared machine), the longest block. */
export interface Timing {
  readonly ms: number;
  readonly cpuMs: number;
  readonly longestBlockMs: number;
  /**
   * The CPU time the event loop's thread spent during its longest stretch between two turns. On a
   * loaded machine a 20 ms task can hold the loop for 100 ms of wall time while other processes
   * run; this is the part that was the code's own. On Linux it is the main thread's alone; elsewhere
   * the process's (an upper bound: the garbage collector's and the file system's helper threads count too).
   */
  readonly longestBlockCpuMs: number;
}

const processCpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The calling thread's time on a CPU so far (Linux: the first field of schedstat, in ns), in ms. */
function threadCpuNow(): number | undefined {
  try {
    return Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

const cpuNow: () => number = threadCpuNow() === undefined ? processCpuNow : () => threadCpuNow() as number;

/** Wall time of `fn` and the longest stretch the event loop was blocked meanwhile, in wall and CPU time. */
export async function timed(fn: () => Promise<unknown>): Promise<Timing> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  let lastCpu = cpuNow();
  let longestBlockCpuMs = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let lastTurn = started;
  const turns = setInterval(() => {
    const now = cpuNow();
    longestBlockCpuMs = Math.max(longestBlockCpuMs, now - lastCpu);
    lastCpu = now;
    lastTurn = performance.now();
  }, 1);
  await fn();
  const ended = performance.now();
  const ms = ended - started;
  const used = process.cpuUsage(cpu);
  clearInterval(turns);
  longestBlockCpuMs = Math.max(longestBlockCpuMs, cpuNow() - lastCpu);
  delay.disable();
  // The stretch since the last turn counts too: work that never yields has no turn for the histogram to see.
  return { ms, cpuMs: (used.user + used.system) / 1000, longestBlockMs: Math.max(delay.max / 1e6, ended - lastTurn), longestBlockCpuMs };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function repeat(times: number, fn: () => Promise<Timing>): Promise<Timing & { range: [number, number] }> {
  const runs: Timing[] = [];
  for (let i = 0; i < times; i++) runs.push(await fn());
  const ms = runs.map((r) => r.ms);
  return {
    ms: median(ms), cpuMs: median(runs.map((r) => r.cpuMs)), range: [Math.min(...ms), Math.max(...ms)],
    longestBlockMs: Math.max(...runs.map((r) => r.longestBlockMs)), longestBlockCpuMs: Math.max(...runs.map((r) => r.longestBlockCpuMs)),
  };
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** The longest event-loop block of some timings, judged on its CPU time (see `Timing.longestBlockCpuMs`) and said in both. */
export function longestBlock(timings: readonly Timing[]): { ok: boolean; text: string } {
  const wall = Math.max(...timings.map((t) => t.longestBlockMs));
  const cpu = Math.max(...timings.map((t) => t.longestBlockCpuMs));
  return { ok: cpu <= 50, text: `longest event-loop block ${round(wall)} ms wall, ${round(cpu)} ms CPU` };
}

export const BLOCK_TARGET = 'event loop never blocked > 50 ms (judged on the CPU time of the longest stretch)';
