import type { Template } from '../templateSchema';
import { analyzeText } from '../meaning/analysis';
import { textTerms } from './features';
import type { Exemplars, TrainedModel } from './model';
import { readRequest } from './reading';
import { workFeatures } from './linearFeatures';
import { DEFAULT_TRAINING, trainModel, type FeatureFunction, type TrainingOptions, type TrainingRequest } from './train';
import { readBank, trainingRequests } from './trainingData';

/**
 * Where the committed model lives, relative to the repository: its weights, the requests it was
 * trained on, and their terms (what the index of examples reads of each, worked out here once
 * rather than by every first plan of a session).
 */
export const MODEL_FILES = {
  weights: 'src/core/plan/classifier/model.json',
  exemplars: 'src/core/plan/classifier/exemplars.json',
  terms: 'src/core/plan/classifier/exemplarTerms.txt',
} as const;

/** One line per request, its terms space-separated (ExemplarTerms). */
function exemplarTerms(exemplars: Exemplars): string {
  let text = '';
  for (const requests of Object.values(exemplars)) {
    for (const request of requests) {
      const terms = textTerms(analyzeText(request));
      if (terms.some((term) => term === '' || /\s/.test(term))) throw new Error(`A term of "${request}" is empty or holds a space: it cannot be written space-separated.`);
      text += `${terms.join(' ')}\n`;
    }
  }
  return text;
}

/** The committed files' texts for a trained model, by MODEL_FILES key. */
export function modelTexts(model: TrainedModel): Record<keyof typeof MODEL_FILES, string> {
  const { exemplars, ...weights } = model;
  return { weights: `${JSON.stringify(weights)}\n`, exemplars: `${JSON.stringify(exemplars)}\n`, terms: exemplarTerms(exemplars) };
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
