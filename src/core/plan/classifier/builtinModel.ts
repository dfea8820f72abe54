import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LinearModel, type Exemplars, type ModelFile } from './model';

let model: LinearModel | undefined;

/**
 * The folder of the committed model (model.json, exemplars.json and exemplarTerms.txt): beside this module under tsx,
 * or the classifier/ folder the build copies beside the bundles (dist/classifier/, scripts/build.mjs).
 */
function modelFolder(): string {
  if (existsSync(join(__dirname, 'model.json'))) return __dirname;
  for (let dir = __dirname, i = 0; i < 4; i++, dir = dirname(dir)) {
    if (existsSync(join(dir, 'classifier', 'model.json'))) return join(dir, 'classifier');
  }
  throw new Error(`The classifier's model.json is neither beside ${__dirname} nor in a classifier/ folder above it: rebuild (npm run build).`);
}

const readJson = (folder: string, name: string): unknown => JSON.parse(readFileSync(join(folder, name), 'utf8'));

/**
 * The committed model, read on first use. Read from its files at run time rather than bundled: the
 * engine bundle then carries no megabytes of JSON to parse when it loads, and the first plan reads
 * only the weights. The requests the model was trained on are read when the index of examples is
 * built (a warm-up, or the first plan). The files are ours, written by scripts/train-classifier.ts
 * and checked by a unit test, so they are not validated again here.
 */
export function builtinModel(): LinearModel {
  if (!model) {
    const folder = modelFolder();
    model = new LinearModel(
      readJson(folder, 'model.json') as ModelFile,
      () => readJson(folder, 'exemplars.json') as Exemplars,
      () => readFileSync(join(folder, 'exemplarTerms.txt'), 'utf8'),
    );
  }
  return model;
}
