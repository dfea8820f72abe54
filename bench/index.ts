// npm run bench [-- --json] [-- --latency MS]
// Every section of the bench, one after the other, each in a process of its own so that one's heap
// and JIT state do not colour another's figures: checkout.ts (a run against the fake API) and
// scale.ts (figures that grow with a user's data). With --json, one object with a key per section.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SECTIONS = [
  { name: 'checkout', file: 'checkout.ts', args: process.argv.slice(2), node: [] },
  // --expose-gc: the scale figures collect the garbage their data generator left before measuring.
  { name: 'scale', file: 'scale.ts', args: process.argv.slice(2).filter((a) => a === '--json'), node: ['--expose-gc'] },
];
const json = process.argv.includes('--json');
const results: Record<string, unknown> = {};
let failed = false;
for (const section of SECTIONS) {
  const run = spawnSync(process.execPath, [...section.node, '--import', 'tsx', join(__dirname, section.file), ...section.args], {
    stdio: ['ignore', json ? 'pipe' : 'inherit', 'inherit'], encoding: 'utf8', maxBuffer: 64 * 2 ** 20,
  });
  if (run.status !== 0) failed = true;
  else if (json) results[section.name] = JSON.parse(run.stdout);
}
if (json) process.stdout.write(JSON.stringify(results, null, 2) + '\n');
process.exit(failed ? 1 : 0);
