// One cold measurement in a fresh process, for the scale figures: node --import tsx bench/scaleProbe.ts lookup DIR
// Prints {"ms": …} for the first prior-work lookup after reading the memory (no code warmed up, nothing cached).
import { readProjectMemory } from '../src/core/memory/reader';
import { findPriorWork } from '../src/core/memory/priorWork';

async function main(): Promise<void> {
  const [what, dir] = process.argv.slice(2);
  if (what !== 'lookup' || !dir) throw new Error('usage: scaleProbe.ts lookup DIR');
  const memory = await readProjectMemory(dir);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const found = findPriorWork(memory, 'Make the checkout faster');
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpu);
  process.stdout.write(JSON.stringify({ ms, cpuMs: (used.user + used.system) / 1000, sections: memory.sections.length, found: found.length }) + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
