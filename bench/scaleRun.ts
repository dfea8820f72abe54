// npm run bench (its scale section) — or alone: node --import tsx bench/scaleRun.ts [--json] [--only TEXT]
// Figures that grow with a user's data, each with its target: printed, never asserted. Noisy on a
// shared machine: compare ratios and CPU times rather than wall times.
import { parseArgs } from 'node:util';
import { SCALE_FIGURES, type Measurement } from './scaleFigures';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false }, only: { type: 'string' } } });
  const chosen = SCALE_FIGURES.filter((f) => !values.only || f.name.includes(values.only));
  const results: { name: string; target: string; measurement: Measurement }[] = [];
  if (!values.json) process.stdout.write('Scale: memory, monorepo, bundle (figures printed, not asserted)\n');
  for (const figure of chosen) {
    const measurement = await figure.measure();
    results.push({ name: figure.name, target: figure.target, measurement });
    if (values.json) continue;
    const verdict = measurement.ok === undefined ? '' : measurement.ok ? ' OK' : ' OVER';
    process.stdout.write(`  ${figure.name.padEnd(52)} ${String(measurement.value).padStart(9)} ${measurement.unit}${verdict}\n`);
    process.stdout.write(`  ${''.padEnd(52)} target: ${figure.target}\n`);
    if (measurement.detail) process.stdout.write(`  ${''.padEnd(52)} ${measurement.detail}\n`);
  }
  if (values.json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
