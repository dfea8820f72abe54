import { LinearModel, type ModelFile } from './model';

let model: LinearModel | undefined;

/**
 * The committed model (model.json), read on first use. `require` rather than `import`: the bundler
 * then evaluates the weights only when the first plan needs them, not when the extension starts, and
 * the type checker does not infer a type for a megabyte of JSON. The file is ours, written by
 * scripts/train-classifier.ts and checked by a unit test, so it is not parsed again here.
 */
export function builtinModel(): LinearModel {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  model ??= new LinearModel(require('./model.json') as ModelFile);
  return model;
}
