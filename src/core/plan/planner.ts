import { findPriorWork } from '../memory/priorWork';
import { compareStrings } from '../kernel/compare';
import type { ProjectMemory } from '../memory/types';
import { normalizeText } from '../memory/words';
import { matchTemplate } from './classify';
import { identifyDomains, suggestDomains, type CoordinatorDescription, type IdentifiedDomain } from './domains';
import { delegateTitle, DEFAULT_TASK_TITLES, processResponseTitle } from './taskTitles';
import type { Template } from './templateSchema';
import type { Checklist, DelegationPlan, TaskSpec } from './types';

export interface PlanInput {
  readonly request: string;
  readonly memory: ProjectMemory;
  readonly templates: readonly Template[];
  readonly coordinators: readonly CoordinatorDescription[];
  /** Workspace-relative file paths, used as signals for the domains. */
  readonly files: readonly string[];
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

/**
 * Request → checklist. Pure and synchronous: the same request, memory, templates, coordinators and
 * files always give the same checklist, byte for byte once serialized.
 */
export function buildChecklist(input: PlanInput): Checklist {
  const normalizedRequest = normalizeText(input.request);
  const suggestionInput = { request: normalizedRequest, memory: input.memory, coordinators: input.coordinators };
  const suggested = suggestDomains(suggestionInput);
  const { template, matchedRule } = matchTemplate(input.templates, { request: normalizedRequest, domainCount: suggested.size });
  const domains = identifyDomains(
    { ...suggestionInput, files: input.files, include: template.delegation.include, templateId: template.id },
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
    classification: {
      requestClass: template.class,
      templateId: template.id,
      templateVersion: template.version,
      matchedRule,
    },
    priority: template.priority,
    domains: domains.map((d) => d.name),
    delegations: builder.delegations,
    tasks: builder.tasks,
    relatedMemory: findPriorWork(input.memory, normalizedRequest, RELATED_MEMORY_LIMIT),
    memoryDigest: input.memory.digest,
  };
}
