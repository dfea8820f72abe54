import { compareStrings } from '../../kernel/compare';
import type { Template } from '../templateSchema';
import { exampleIndexFor, round4, type ExampleHit, type IndexedExample, type TemplateSimilarity } from './exampleIndex';
import type { Contribution, LinearModel, LinearScores } from './model';
import { modelScores } from './reading';

/**
 * How strongly each template fits a request: the trained model's score for the templates it knows,
 * raised by the workspace's own examples where one is near the request (an `extends` file, a
 * workspace template, a learned one: phrasings the model was not trained on), turned into
 * probabilities. A template the model does not know competes through its own examples only, from
 * a little below the model's favourite, so requests like its examples go to it and others do not.
 */

/** How much an own example adds to its template's score per unit of similarity above the floor. */
const OWN_WEIGHT = 12;
/** Below this similarity an own example says nothing: sharing a common word is not resembling. */
const OWN_FLOOR = 0.2;
/** Where a template the model does not know starts: this far below the model's favourite. */
const UNKNOWN_GAP = 2;

export interface TemplateFit {
  readonly templateId: string;
  /** Probability, 4 decimals. */
  readonly score: number;
}

export interface TemplateScoring {
  /** Every template that has examples or that the model knows, best first; ties by precedence, then id. */
  readonly fits: readonly TemplateFit[];
  /** The nearest examples per template (bank requests and the templates' examples). */
  readonly similar: ReadonlyMap<string, TemplateSimilarity>;
  /** The own example that lifted the best template, if one did. */
  readonly lifting?: ExampleHit;
  /** The model's reading; undefined when it knows none of the templates. */
  readonly linear?: LinearScores;
  contributions(templateId: string): Contribution[];
}

/** The examples to compare a request with: what the model was trained on, then each template's examples it was not. */
function indexedExamples(templates: readonly Template[], model: LinearModel): IndexedExample[] {
  const entries: IndexedExample[] = [];
  for (const template of [...templates].sort((a, b) => compareStrings(a.id, b.id))) {
    const trained = model.exemplars(template.id);
    const known = new Set(trained);
    for (const example of trained) entries.push({ templateId: template.id, example, own: false });
    for (const example of template.examples ?? []) if (!known.has(example)) entries.push({ templateId: template.id, example, own: true });
  }
  return entries;
}

function ownExamplesKey(templates: readonly Template[], model: LinearModel): string {
  const own = [...templates]
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((t) => [t.id, (t.examples ?? []).filter((e) => !model.exemplars(t.id).includes(e))]);
  return JSON.stringify([model.id, own]);
}

export function scoreTemplates(templates: readonly Template[], request: string, model: LinearModel): TemplateScoring {
  const candidates = templates.filter((t) => model.knowsTemplate(t.id) || (t.examples?.length ?? 0) > 0);
  const index = exampleIndexFor(ownExamplesKey(candidates, model), () => indexedExamples(candidates, model));
  const similar = new Map(index.score(request).map((s) => [s.templateId, s]));
  const known = candidates.filter((t) => model.knowsTemplate(t.id));
  const linear = known.length > 0 ? modelScores(model, request) : undefined;
  const favourite = linear ? Math.max(...known.map((t) => linear.logits.get(t.id) as number)) : 0;
  const lift = (id: string) => {
    const own = similar.get(id)?.nearestOwn;
    return own ? OWN_WEIGHT * Math.max(0, own.similarity - OWN_FLOOR) : 0;
  };
  const logits = candidates.map((t) => ({
    id: t.id,
    logit: round4((linear?.logits.get(t.id) ?? favourite - (linear ? UNKNOWN_GAP : 0)) + lift(t.id)),
  }));
  const max = Math.max(...logits.map((l) => l.logit));
  const exp = logits.map((l) => Math.exp(l.logit - max));
  const total = exp.reduce((a, b) => a + b, 0);
  const precedence = new Map(candidates.map((t) => [t.id, t.precedence]));
  // Ties go to the higher precedence, then the lower id: the same choice on every machine.
  const fits = logits
    .map((l, i) => ({ templateId: l.id, score: round4(exp[i] / total) }))
    .sort((a, b) => b.score - a.score || (precedence.get(b.templateId) ?? 0) - (precedence.get(a.templateId) ?? 0) || compareStrings(a.templateId, b.templateId));
  const best = fits[0];
  const lifting = best && lift(best.templateId) > 0 ? similar.get(best.templateId)?.nearestOwn : undefined;
  return {
    fits,
    similar,
    ...(lifting ? { lifting } : {}),
    ...(linear ? { linear } : {}),
    contributions: (templateId) => linear?.contributions(templateId) ?? [],
  };
}
