import { compareStrings } from '../../kernel/compare';
import { Stepped } from '../../kernel/stepped';
import type { Template } from '../templateSchema';
import { exampleIndexFor, round4, type ExampleHit, type IndexedExample, type TemplateSimilarity } from './exampleIndex';
import type { Contribution, LinearModel, LinearScores } from './model';
import { modelScores } from './reading';
import { compilePatterns } from './urgencyWarmUp';

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
/**
 * How much the average similarity of a template's nearest examples adds to its logit: the model
 * generalises over features, the neighbours remember close phrasings. Chosen by leave-one-source-out
 * (npm run bench:classifier -- --groups, 571 requests of test sets 2–4, each planned by a model
 * trained without it), with the model's l2 at 3e-2: 0, 4, 8, 12, 16 and 24 gave 88.1, 89.0, 90.7,
 * 91.1, 91.2 and 90.2 % template accuracy (5-fold CV: 90.7 % at 8, 90.3 % at 12). Incidents and
 * false alarms unchanged: the incident decision reads `modelFits`.
 */
const NEIGHBOURS_WEIGHT = 12;
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
  /**
   * The same without the nearest examples' say: what the incident decision reads, since resembling
   * an incident's wording is no sign of one (the examples lift emergencies on mere words).
   */
  readonly modelFits: readonly TemplateFit[];
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
    const terms = model.exemplarTerms(template.id);
    const known = new Set(trained);
    trained.forEach((example, i) => entries.push({ templateId: template.id, example, own: false, ...(terms ? { terms: terms[i] } : {}) }));
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

/** A softmax over `logit` of each template, 4 decimals, best first; ties go to the higher precedence, then the lower id. */
function probabilities(templates: readonly Template[], precedence: ReadonlyMap<string, number>, logit: (t: Template) => number): TemplateFit[] {
  const logits = templates.map((t) => round4(logit(t)));
  const max = Math.max(...logits);
  const exp = logits.map((l) => Math.exp(l - max));
  const total = exp.reduce((a, b) => a + b, 0);
  return templates
    .map((t, i) => ({ templateId: t.id, score: round4(exp[i] / total) }))
    .sort((a, b) => b.score - a.score || (precedence.get(b.templateId) ?? 0) - (precedence.get(a.templateId) ?? 0) || compareStrings(a.templateId, b.templateId));
}

/** The templates a request is scored against, and the index of their examples (built on first use). */
function scoredAgainst(templates: readonly Template[], model: LinearModel) {
  const candidates = templates.filter((t) => model.knowsTemplate(t.id) || (t.examples?.length ?? 0) > 0);
  return { candidates, index: exampleIndexFor(ownExamplesKey(candidates, model), () => indexedExamples(candidates, model)) };
}

/** Read before the first plan; any request would do, one with incident signals reads the most. */
const WARM_UP_REQUEST = 'Since the deploy at 14:05 every customer gets a 500 at checkout and some were charged twice';

/**
 * Builds what `scoreTemplates` needs for these templates with the event loop's turns in between
 * (`pace` yields when a slice is used up): the first plan of a session then holds the host thread
 * for its own request, not for the seconds it takes to read every example.
 */
export async function prepareTemplateScoring(templates: readonly Template[], model: LinearModel, pace: () => Promise<void>): Promise<void> {
  // The requests the model was trained on (megabytes of JSON for the built-in one) are read in a turn of their own.
  await pace();
  for (const template of templates) model.exemplars(template.id);
  await pace();
  for (const template of templates) model.exemplarTerms(template.id);
  await pace();
  await scoredAgainst(templates, model).index.paced(pace);
  // What reading does only the first time (its patterns compiled, ten at a time; its code warmed up by one request read in a
  // turn of its own) is then not part of the turn that plans the user's request.
  await new Stepped(compilePatterns()).paced(pace);
  modelScores(model, WARM_UP_REQUEST);
  await pace();
}

export function scoreTemplates(templates: readonly Template[], request: string, model: LinearModel): TemplateScoring {
  const { candidates, index: built } = scoredAgainst(templates, model);
  const index = built.now();
  const similar = new Map(index.score(request).map((s) => [s.templateId, s]));
  const known = candidates.filter((t) => model.knowsTemplate(t.id));
  const linear = known.length > 0 ? modelScores(model, request) : undefined;
  const favourite = linear ? Math.max(...known.map((t) => linear.logits.get(t.id) as number)) : 0;
  const lift = (id: string) => {
    const own = similar.get(id)?.nearestOwn;
    return own ? OWN_WEIGHT * Math.max(0, own.similarity - OWN_FLOOR) : 0;
  };
  const base = (t: Template) => (linear?.logits.get(t.id) ?? favourite - (linear ? UNKNOWN_GAP : 0)) + lift(t.id);
  const precedence = new Map(candidates.map((t) => [t.id, t.precedence]));
  const fits = probabilities(candidates, precedence, (t) => base(t) + NEIGHBOURS_WEIGHT * (similar.get(t.id)?.score ?? 0));
  const modelFits = probabilities(candidates, precedence, base);
  const best = fits[0];
  const lifting = best && lift(best.templateId) > 0 ? similar.get(best.templateId)?.nearestOwn : undefined;
  return {
    fits,
    modelFits,
    similar,
    ...(lifting ? { lifting } : {}),
    ...(linear ? { linear } : {}),
    contributions: (templateId) => linear?.contributions(templateId) ?? [],
  };
}
