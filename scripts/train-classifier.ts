// Trains the request classifier from the labelled bank and the built-in templates' examples, and
// writes its weights to src/core/plan/classifier/model.json (committed: every machine then plans
// with the same numbers). Deterministic: the same data gives the same file, byte for byte.
//   npm run train:classifier [-- --check]   (--check: exit 1 if the committed file is not what the data gives)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../src/core/plan/templates';
import { MODEL_FILE, trainBuiltinModel } from '../src/core/plan/classifier/builtinTraining';

const root = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const started = Date.now();
  const { templates, errors } = await loadTemplates(join(root, 'templates'));
  if (errors.length > 0) throw new Error(errors.map(String).join('\n'));
  const model = trainBuiltinModel(templates, join(root, 'templates', 'bank'));
  const text = `${JSON.stringify(model)}\n`;
  const target = join(root, MODEL_FILE);
  if (process.argv.includes('--check')) {
    const same = readFileSync(target, 'utf8') === text;
    process.stdout.write(same ? `${MODEL_FILE} is what the data gives\n` : `${MODEL_FILE} is stale: run npm run train:classifier\n`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(target, text);
  const weights = model.features === '' ? 0 : model.features.split('\n').length;
  process.stdout.write(`${MODEL_FILE}: ${model.exemplars.length} requests, ${weights} features, ${(text.length / 1024).toFixed(0)} KiB, trained in ${Date.now() - started} ms\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
