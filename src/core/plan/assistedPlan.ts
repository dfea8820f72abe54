import { normalizeText } from '../memory/words';
import type { ModelClient, ModelTurnRequest } from '../model/port';
import { ToolBudget, UNLIMITED } from '../workspace/toolBudget';
import { builtinModel } from './classifier/builtinModel';
import { prepareTemplateScoring } from './classifier/templateScores';
import { choiceKey, type TemplateChoiceCache } from './choiceCache';
import { askModelForTemplate, type PlannerCall } from './modelChoice';
import { buildChecklist, classifyForPlan, type PlanInput } from './planner';
import { templatesDigest } from './templates';
import type { Checklist } from './types';

/** What it takes to ask a model when the classifier is unsure. */
export interface ModelHelp {
  readonly client: ModelClient;
  readonly model: string;
  readonly cache: TemplateChoiceCache;
  /** Told of the call made to choose, so the run it plans can count its cost. */
  readonly onCall?: (call: PlannerCall) => void;
  /** Why the call may not be made (the run's cost limit), or undefined when it may. */
  readonly refuseCall?: (request: ModelTurnRequest) => string | undefined;
}

/**
 * Loads the classifier's weights and reads the templates' examples into its index, in slices (the
 * event loop keeps its turns; `signal` stops it and a later call goes on where it stopped): done
 * once a session, before the first plan or ahead of it (Orchestrator.warmUp).
 */
export async function prepareScoring(templates: PlanInput['templates'], classifier: PlanInput['classifier'], signal?: AbortSignal): Promise<void> {
  const budget = new ToolBudget(UNLIMITED, signal);
  await prepareTemplateScoring(templates, classifier ?? builtinModel(), () => budget.pace());
}

/**
 * `buildChecklist`, except that when the local classifier is unsure and a model is available, one
 * short model call may choose the template. Its choice is remembered (see choiceCache.ts) and goes
 * into the checklist's classification, so it is journaled with the plan and a resumed run never
 * asks again. A template chosen by the user is never second-guessed. The templates' examples are
 * read in slices first, so the first plan of a session does not hold the host thread for seconds.
 */
export async function planChecklist(input: PlanInput, help: ModelHelp | undefined, signal?: AbortSignal): Promise<Checklist> {
  await prepareScoring(input.templates, input.classifier, signal);
  if (!help || input.template !== undefined) return buildChecklist(input);
  const { classification } = classifyForPlan(input);
  if (!classification.explanation?.lowConfidence) return buildChecklist(input);
  const request = normalizeText(input.request);
  const key = choiceKey(request, input.memory.digest, templatesDigest(input.templates));
  let modelChoice = await help.cache.get(key);
  if (!modelChoice) {
    const asked = await askModelForTemplate(
      { client: help.client, model: help.model, request, templates: input.templates, local: classification, refuseCall: help.refuseCall },
      signal ?? new AbortController().signal,
    );
    if (asked.call) help.onCall?.(asked.call);
    modelChoice = asked.choice;
    if (!asked.refused) await help.cache.put(key, modelChoice);
  }
  return buildChecklist({ ...input, modelChoice });
}
