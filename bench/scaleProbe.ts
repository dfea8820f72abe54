// One cold measurement in a fresh process, for the scale figures: node --import tsx bench/scaleProbe.ts lookup|first-plan DIR
// lookup: prints {"ms": …} for the first prior-work lookup after reading the memory (no code warmed up, nothing cached).
// first-plan: prints the timing of the first plan of a session, its modules loaded but nothing of it built yet.
// warm-first-plan: the same after the engine's warmUp, as the extension plans its first request.
import { readProjectMemory } from '../src/core/memory/reader';
import { findPriorWork } from '../src/core/memory/priorWork';
import { engine, timed } from './scaleKit';

async function main(): Promise<void> {
  const [what, dir] = process.argv.slice(2);
  if ((what === 'first-plan' || what === 'warm-first-plan') && dir) {
    // As the extension does after activation (RunService.warmUpSoon): the plan then finds the index built.
    if (what === 'warm-first-plan') await engine(dir).warmUp();
    const timing = await timed(() => engine(dir).plan('Make the checkout faster'));
    process.stdout.write(JSON.stringify(timing) + '\n');
    return;
  }
  if (what !== 'lookup' || !dir) throw new Error('usage: scaleProbe.ts lookup|first-plan|warm-first-plan DIR');
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
