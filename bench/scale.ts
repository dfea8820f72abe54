// npm run bench (the scale section) — or alone: node --expose-gc --import tsx bench/scale.ts [--json] [--only TEXT]
// Figures that grow with a user's data, each with its target, printed and never asserted: a figure
// is a name, a target and a measurement (bench/scaleKit.ts), so adding one is adding an entry to
// FIGURES. Journals and run history here; memory, monorepos and the bundle in scaleFigures.ts.
import { statSync, utimesSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { engine, inScratch, longestBlock, repeat, round, settle, timed, type Figure, type Measurement } from './scaleKit';
import { MEMORY_MONOREPO_BUNDLE_FIGURES } from './scaleFigures';
import { writeLongJournal, writePastRuns } from './scaleJournals';

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
        value: round(r.ms), unit: 'ms', ok: targetMs === undefined ? true : r.ms <= targetMs && longestBlock([r]).ok,
        detail: `median of ${times} (${round(r.range[0])}–${round(r.range[1])}), CPU ${round(r.cpuMs)} ms; ${longestBlock([r]).text}; journal ${round(size / 2 ** 20)} MB; heap after ${round(heapMb)} MB`,
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
        detail: `from index.json in a new engine ${round(fromIndex.ms, 2)} ms; one changed run re-read ${round(oneChanged.ms, 2)} ms; first listing (no index yet) ${round(first.ms)} ms, ${longestBlock([first]).text}`,
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
      return { value: round(r.longestBlockMs), unit: 'ms', ok: longestBlock([r]).ok, detail: `read and fold ${round(r.ms)} ms (median of 3); ${longestBlock([r]).text}` };
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
  ...MEMORY_MONOREPO_BUNDLE_FIGURES,
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const chosen = FIGURES.filter((f) => !values.only || f.name.includes(values.only));
  const results: { name: string; target: string; measurement: Measurement }[] = [];
  const width = Math.max(0, ...chosen.map((f) => f.name.length));
  if (!values.json) process.stdout.write('Scale (figures printed, not asserted; noisy on a shared machine: compare ratios)\n');
  for (const figure of chosen) {
    const measurement = await figure.measure();
    results.push({ name: figure.name, target: figure.target, measurement });
    if (!values.json) {
      const verdict = measurement.ok === undefined ? '' : measurement.ok ? ' OK' : ' OVER';
      process.stdout.write(`  ${figure.name.padEnd(width)} ${String(measurement.value).padStart(9)} ${measurement.unit}${verdict}\n`);
      process.stdout.write(`  ${''.padEnd(width)} target: ${figure.target}\n`);
      if (measurement.detail) process.stdout.write(`  ${''.padEnd(width)} ${measurement.detail}\n`);
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
