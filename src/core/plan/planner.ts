import { findPriorWork } from '../memory/priorWork';
import { selectMemory } from '../memory/selection';
import type { WorkspaceScope } from '../workspace/planningSurvey';
import { compareStrings } from '../kernel/compare';
import type { ProjectMemory } from '../memory/types';
import { normalizeText } from '../memory/words';
import type { LinearModel } from './classifier/model';
import { matchTemplate } from './classify';
import { readProjectWords } from './projectWords';
import { identifyDomains, suggestDomains, type CoordinatorDescription, type IdentifiedDomain } from './domains';
import { delegateTitle, DEFAULT_TASK_TITLES, processResponseTitle } from './taskTitles';
import type { Template } from './templateSchema';
import type { Checklist, Classification, DelegationPlan, ModelTemplateChoice, TaskSpec } from './types';

export interface PlanInput {
  readonly request: string;
  readonly memory: ProjectMemory;
  readonly templates: readonly Template[];
  readonly coordinators: readonly CoordinatorDescription[];
  /** Workspace-relative file paths, used as signals for the domains. */
  readonly files: readonly string[];
  /** The template the user chose (`--template ID`), over the classifier's choice. */
  readonly template?: string;
  /** The model's choice when the classifier was unsure, as asked and cached by the orchestrator. */
  readonly modelChoice?: ModelTemplateChoice;
  /** What the file list holds of the workspace and what it left out, for the plan to say. */
  readonly workspace?: WorkspaceScope;
  /** Tokens of project memory each coordinator receives (default `DEFAULT_MEMORY_TOKEN_BUDGET`). */
  readonly memoryTokenBudget?: number;
  /** The trained request classifier; the built-in one unless another is given (cross-validation trains its own). */
  readonly classifier?: LinearModel;
}

const RELATED_MEMORY_LIMIT = 5;

/** Domains in parallel batches: each listed layer filtered to the domains found, then the unlisted ones. */
export function delegationBatches(layers: Template['delegation']['layers'], domains: readonly string[]): string[][] {
  if (layers === 'parallel') return domains.length > 0 ? [[...domains]] : [];
  const placed = new Set<string>();
  const batches: string[][] = [];
  for (const layer of layers) {
    const batch = layer.filter((domain) => domains.includes(domain) && !placed.has(domain));
    batch.forEach((domain) => placed.add(domain));
    if (batch.length > 0) batches.push(batch);
  }
  const rest = domains.filter((domain) => !placed.has(domain)).sort(compareStrings);
  if (rest.length > 0) batches.push(rest);
  return batches;
}

class TaskListBuilder {
  readonly tasks: TaskSpec[] = [];
  readonly delegations: DelegationPlan[] = [];

  private nextId(): string {
    return String(this.tasks.length + 1);
  }

  add(task: Omit<TaskSpec, 'id'>): string {
    const id = this.nextId();
    this.tasks.push({ id, ...task });
    return id;
  }

  addDelegations(batches: readonly string[][], domains: readonly IdentifiedDomain[]): void {
    const earlierDelegates: string[] = [];
    batches.forEach((batch, batchIndex) => {
      const dependsOn = [...earlierDelegates];
      const delegateIds = batch.map((coordinator) => {
        const taskId = this.add({ kind: 'delegate', title: delegateTitle(coordinator), coordinator, batch: batchIndex, dependsOn });
        const reasons = domains.find((d) => d.name === coordinator)?.reasons ?? [];
        this.delegations.push({ coordinator, taskId, batch: batchIndex, dependsOn, reasons });
        return taskId;
      });
      batch.forEach((coordinator, index) => {
        this.add({ kind: 'process_response', title: processResponseTitle(coordinator), coordinator, dependsOn: [delegateIds[index]] });
      });
      earlierDelegates.push(...delegateIds);
    });
  }
}

/** The template for a request and why, before the checklist is built: the orchestrator asks the model only when this is unsure. */
export function classifyForPlan(input: PlanInput): { template: Template; classification: Classification; suggested: Map<string, string[]>; readAs: string } {
  // The template and the domains are read from the same words: a forum's own "forum" makes neither an incident nor security work.
  const projectWords = readProjectWords(normalizeText(input.request), input.files);
  const readAs = projectWords.text;
  const suggested = suggestDomains({ request: readAs, memory: input.memory, coordinators: input.coordinators, classifier: input.classifier });
  const { template, classification } = matchTemplate(input.templates, {
    request: readAs,
    domainCount: suggested.size,
    override: input.template,
    modelChoice: input.modelChoice,
    classifier: input.classifier,
  });
  return { template, classification: withReasons(classification, projectWords.reasons), suggested, readAs };
}

/** The plan says which words it read as the project's own, first among its signals. */
function withReasons(classification: Classification, reasons: readonly string[]): Classification {
  const explanation = classification.explanation;
  if (reasons.length === 0 || !explanation) return classification;
  return { ...classification, explanation: { ...explanation, signals: [...reasons, ...explanation.signals] } };
}

/**
 * Request → checklist. Pure and synchronous: the same request, memory, templates, coordinators,
 * files (and override or cached model choice) always give the same checklist, byte for byte once
 * serialized.
 */
export function buildChecklist(input: PlanInput): Checklist {
  const normalizedRequest = normalizeText(input.request);
  const { template, classification, suggested, readAs } = classifyForPlan(input);
  const { domains, leftOut } = identifyDomains(
    { request: readAs, memory: input.memory, coordinators: input.coordinators, classifier: input.classifier, files: input.files, include: template.delegation.include, onEvidence: template.delegation.onEvidence, templateId: template.id },
    suggested,
  );
  const batches = delegationBatches(
    template.delegation.layers,
    domains.map((d) => d.name),
  );

  const builder = new TaskListBuilder();
  for (const task of template.tasks) {
    const { kind, title: customTitle } = task;
    if (kind === 'delegate') builder.addDelegations(batches, domains);
    else if (kind === 'process_response') continue; // generated per delegation, never on its own
    else builder.add({ kind, title: customTitle ?? DEFAULT_TASK_TITLES[kind] });
  }

  return {
    request: normalizedRequest,
    normalizedRequest,
    classification,
    // An incident is critical whichever template the user or the model chose for it.
    priority: classification.explanation?.urgency === 'incident' ? 'critical' : template.priority,
    domains: domains.map((d) => d.name),
    leftOutDomains: leftOut,
    delegations: builder.delegations,
    tasks: builder.tasks,
    relatedMemory: findPriorWork(input.memory, normalizedRequest, RELATED_MEMORY_LIMIT),
    memoryDigest: input.memory.digest,
    memory: selectMemory(input.memory, normalizedRequest, input.memoryTokenBudget),
    ...(input.workspace ? { workspace: input.workspace } : {}),
  };
}
