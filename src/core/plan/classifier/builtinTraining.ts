import type { Template } from '../templateSchema';
import type { TrainedModel } from './model';
import { readRequest } from './reading';
import { workFeatures } from './linearFeatures';
import { DEFAULT_TRAINING, trainModel, type FeatureFunction, type TrainingOptions, type TrainingRequest } from './train';
import { readBank, trainingRequests } from './trainingData';

/** Where the committed model lives, relative to the repository: its weights, and the requests it was trained on. */
export const MODEL_FILES = { weights: 'src/core/plan/classifier/model.json', exemplars: 'src/core/plan/classifier/exemplars.json' } as const;

/** The committed files' texts for a trained model, by MODEL_FILES key. */
export function modelTexts(model: TrainedModel): Record<keyof typeof MODEL_FILES, string> {
  const { exemplars, ...weights } = model;
  return { weights: `${JSON.stringify(weights)}\n`, exemplars: `${JSON.stringify(exemplars)}\n` };
}

/** Bump when linearFeatures changes meaning, so the digest of a model says which features it was trained on. */
export const FEATURE_VERSION = '11';

export const requestFeatures: FeatureFunction = (request, template) => {
  const reading = readRequest(request);
  return template === undefined ? reading.features : new Map([...reading.features, ...workFeatures(template, reading.analysis)]);
};

export function trainOn(requests: readonly TrainingRequest[], options: TrainingOptions = DEFAULT_TRAINING): TrainedModel {
  return trainModel(requests, requestFeatures, options, FEATURE_VERSION);
}

/** The built-in model: the built-in templates' examples and every bank file. */
export function trainBuiltinModel(templates: readonly Template[], bankFolder: string): TrainedModel {
  return trainOn(trainingRequests(templates, readBank(bankFolder).flatMap((f) => f.requests)));
}
