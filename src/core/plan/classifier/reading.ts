import { memoize } from '../../kernel/memoize';
import { analyzeText, type TextAnalysis } from '../meaning/analysis';
import { linearFeatures } from './linearFeatures';
import type { LinearModel, LinearScores } from './model';
import { readUrgency, type UrgencyReading } from './urgency';

/** A request read once: its words and concepts, its incident signals, and its features for the model. */
export interface RequestReading {
  readonly analysis: TextAnalysis;
  readonly urgency: UrgencyReading;
  readonly features: ReadonlyMap<string, number>;
}

/** Remembered: a plan reads its request for the domains and again for the template. */
export const readRequest: (text: string) => RequestReading = memoize((text) => {
  const analysis = analyzeText(text);
  const urgency = readUrgency(text, analysis);
  return { analysis, urgency, features: linearFeatures(text, analysis, urgency) };
}, 5_000);

const scored = new WeakMap<LinearModel, (text: string) => LinearScores>();

/** The model's scores for a request, worked out once per model and request (the domains and the template both use them). */
export function modelScores(model: LinearModel, text: string): LinearScores {
  let score = scored.get(model);
  if (!score) {
    score = memoize((request) => model.score(readRequest(request).features), 1_000);
    scored.set(model, score);
  }
  return score(text);
}
