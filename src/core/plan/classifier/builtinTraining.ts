import type { Template } from '../templateSchema';
import type { ModelFile } from './model';
import { readRequest } from './reading';
import { workFeatures } from './linearFeatures';
import { DEFAULT_TRAINING, trainModel, type FeatureFunction, type TrainingOptions, type TrainingRequest } from './train';
import { readBank, trainingRequests } from './trainingData';

/** Where the committed weights live, relative to the repository. */
export const MODEL_FILE = 'src/core/plan/classifier/model.json';

/** Bump when linearFeatures changes meaning, so the digest of a model says which features it was trained on. */
export const FEATURE_VERSION = '11';

export const requestFeatures: FeatureFunction = (request, template) => {
  const reading = readRequest(request);
  return template === undefined ? reading.features : new Map([...reading.features, ...workFeatures(template, reading.analysis)]);
};

export function trainOn(requests: readonly TrainingRequest[], options: TrainingOptions = DEFAULT_TRAINING): ModelFile {
  return trainModel(requests, requestFeatures, options, FEATURE_VERSION);
}

/** The built-in model: the built-in templates' examples and every bank file. */
export function trainBuiltinModel(templates: readonly Template[], bankFolder: string): ModelFile {
  return trainOn(trainingRequests(templates, readBank(bankFolder).flatMap((f) => f.requests)));
}
