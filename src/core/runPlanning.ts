import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { loadCoordinators, type CoordinatorDefinition } from './coordinators';
import { normalizeText } from './memory';
import { NESTED_MEMORY_NAMES } from './memory/reader';
import { selectMemoryInSlices } from './memory/selection';
import { readMemorySnapshot, type MemorySnapshot } from './memory/snapshot';
import { loadTemplates, planChecklist, prepareScoring, TemplateCache, TemplateChoiceCache, type LinearModel, type ModelHelp, type PlannerCall, type PlanRequest } from './plan';
import type { Checklist } from './plan/types';
import { redactSecrets, sharedDirectoryListing, type Workspace } from './workspace';
import { pathNamesRequest } from './memory/words';
import { surveyForPlanning } from './workspace/planningSurvey';

export interface PlanResult {
  readonly checklist: Checklist;
  /** Invalid templates or agent files, each naming the file (and line): shown, never fatal. */
  readonly warnings: readonly string[];
}

/** Everything a run starts from: its plan and what the plan was made of. */
export interface Planning {
  readonly plan: PlanResult;
  readonly memory: MemorySnapshot;
  readonly coordinators: readonly CoordinatorDefinition[];
  /** The workspace's visible files as planning listed them. */
  readonly files: readonly string[];
  /** The model call that chose the template, when planning made one: the run's first cost. */
  readonly plannerCall?: PlannerCall;
}

/** How planning may ask a model to settle an unsure classification (the cache and call record are the planner's own). */
export type PlanningModel = Omit<ModelHelp, 'cache' | 'onCall'>;

/**
 * Plans runs for one workspace: one walk finds the files and nested memory, templates and agent
 * files are loaded (cached for the engine's life), the memory the coordinators get is chosen, and
 * the checklist is built. Kept apart from the Orchestrator, which runs what this plans.
 */
export class RunPlanner {
  /** Parsed templates, shared with pattern discovery. */
  readonly templateCache = new TemplateCache();
  /** A model's template choices for unsure plans, remembered so the same request plans the same again. */
  private readonly templateChoices: TemplateChoiceCache;

  constructor(
    private readonly config: { readonly workspaceRoot: string; readonly builtinTemplatesDir: string; readonly classifier?: LinearModel },
    private readonly workspace: Workspace,
  ) {
    this.templateChoices = new TemplateChoiceCache(join(config.workspaceRoot, '.orchestrator', 'cache', 'template-choices.json'));
  }

  /** `planned`: a checklist made earlier, used as it is instead of planning again. */
  async prepare(
    asked: string | PlanRequest, options: { readonly memoryTokenBudget?: number; readonly model?: PlanningModel }, signal?: AbortSignal, planned?: Checklist,
  ): Promise<Planning> {
    const { text: typedRequest, template } = typeof asked === 'string' ? { text: asked, template: undefined } : asked;
    const root = this.config.workspaceRoot;
    // One walk finds the files and the nested memory; listings are shared with the memory reader.
    const listDirectory = sharedDirectoryListing();
    // A key pasted into a request would otherwise reach every prompt, the journal and memory proposals.
    const request = redactSecrets(typedRequest).text;
    const survey = surveyForPlanning(this.workspace, NESTED_MEMORY_NAMES, { listDirectory, signal, relevant: pathNamesRequest(request) });
    const [templates, loaded, snapshot, { files, scope }] = await Promise.all([
      loadTemplates(this.config.builtinTemplatesDir, root, undefined, this.templateCache),
      loadCoordinators(root),
      readMemorySnapshot(root, { workspace: this.workspace, listDirectory, nestedFiles: survey.then((s) => s.named), signal }),
      survey,
    ]);
    // Ranking a large memory and choosing what of it the coordinators get are the longest steps of
    // building the checklist: done in slices first (the plan reuses both), so the host thread keeps its turns.
    await selectMemoryInSlices(snapshot.memory, normalizeText(request), options.memoryTokenBudget, signal);
    await nextTurn();
    let plannerCall: PlannerCall | undefined;
    const modelHelp = options.model
      ? { ...options.model, cache: this.templateChoices, onCall: (call: PlannerCall) => (plannerCall = call) }
      : undefined;
    const checklist = planned ?? await planChecklist({
      request,
      memory: snapshot.memory,
      memoryTokenBudget: options.memoryTokenBudget,
      templates: templates.templates,
      coordinators: loaded.coordinators.map((c) => ({ name: c.name, description: c.description, keywords: c.keywords })),
      files,
      template,
      workspace: scope,
      classifier: this.config.classifier,
    }, modelHelp, signal);
    const warnings = [
      ...templates.errors.map((e) => e.toString()),
      ...loaded.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`),
      ...(modelHelp && this.templateChoices.problem ? [this.templateChoices.problem] : []),
    ];
    return { plan: { checklist, warnings }, memory: snapshot, coordinators: loaded.coordinators, files, plannerCall };
  }

  /**
   * What the first plan of a session builds whatever the request (the templates, the classifier's
   * weights and the index of its examples), built ahead in slices, so that plan answers in a
   * fraction of the time. Nothing of the workspace beyond its templates is read.
   */
  async warmUp(signal?: AbortSignal): Promise<void> {
    const loaded = await loadTemplates(this.config.builtinTemplatesDir, this.config.workspaceRoot, signal, this.templateCache);
    await prepareScoring(loaded.templates, this.config.classifier, signal);
  }

  /** The memory and coordinators a resumed or retried run works with (its plan exists already). */
  async context(): Promise<{ memory: MemorySnapshot; coordinators: readonly CoordinatorDefinition[] }> {
    const [memory, loaded] = await Promise.all([readMemorySnapshot(this.config.workspaceRoot, { workspace: this.workspace }), loadCoordinators(this.config.workspaceRoot)]);
    return { memory, coordinators: loaded.coordinators };
  }
}
