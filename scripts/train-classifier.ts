// Trains the request classifier from the labelled bank and the built-in templates' examples, and
// writes its weights to src/core/plan/classifier/model.json and the requests it was trained on to
// exemplars.json beside it (committed: every machine then plans with the same numbers).
// Deterministic: the same data gives the same files, byte for byte.
//   npm run train:classifier [-- --check]   (--check: exit 1 if the committed files are not what the data gives)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadTemplates } from '../src/core/plan/templates';
import { MODEL_FILES, modelTexts, trainBuiltinModel } from '../src/core/plan/classifier/builtinTraining';

const root = join(import.meta.dirname, '..');

async function main(): Promise<void> {
  const started = Date.now();
  const { templates, errors } = await loadTemplates(join(root, 'templates'));
  if (errors.length > 0) throw new Error(errors.map(String).join('\n'));
  const model = trainBuiltinModel(templates, join(root, 'templates', 'bank'));
  const texts = modelTexts(model);
  const files = Object.keys(MODEL_FILES) as (keyof typeof MODEL_FILES)[];
  if (process.argv.includes('--check')) {
    const stale = files.filter((key) => readFileSync(join(root, MODEL_FILES[key]), 'utf8') !== texts[key]).map((key) => MODEL_FILES[key]);
    process.stdout.write(stale.length === 0 ? `${files.map((key) => MODEL_FILES[key]).join(' and ')}: what the data gives\n` : `${stale.join(' and ')} stale: run npm run train:classifier\n`);
    process.exit(stale.length === 0 ? 0 : 1);
  }
  for (const key of files) writeFileSync(join(root, MODEL_FILES[key]), texts[key]);
  const weights = model.features === '' ? 0 : model.features.split('\n').length;
  const requests = Object.values(model.exemplars).reduce((sum, list) => sum + list.length, 0);
  process.stdout.write(`${MODEL_FILES.weights}: ${weights} features, ${(texts.weights.length / 1024).toFixed(0)} KiB; ${MODEL_FILES.exemplars}: ${requests} requests, ${(texts.exemplars.length / 1024).toFixed(0)} KiB; trained in ${Date.now() - started} ms\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
