/** What a checklist is made of. A checklist is data: serializable, byte-stable, journaled. */
import type { MemorySelection } from '../memory/selectionSummary';
import type { WorkspaceScope } from '../workspace/planningSurvey';

export const TASK_KINDS = [
  'analyze_request',
  'check_memory',
  'identify_domains',
  'plan_delegation',
  'set_priority_critical',
  'delegate',
  'process_response',
  'check_flags',
  'synthesize',
  'document_incident',
  'update_claude_md',
  'update_module_notes',
  'create_postmortem',
  'respond',
] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export type RequestClass = 'simple' | 'complex' | 'emergency' | 'pattern';

export interface TaskSpec {
  /** "1", "2", … in checklist order; sub-tasks from flags are "5a", "5b", …; nested "5a1". */
  readonly id: string;
  readonly kind: TaskKind;
  readonly title: string;
  /** For `delegate` and `process_response`: the coordinator (domain) in charge. */
  readonly coordinator?: string;
  /** For `delegate`: the parallel batch it belongs to (0-based). */
  readonly batch?: number;
  /** Task ids whose delegations must finish first (their findings go into this prompt). */
  readonly dependsOn?: readonly string[];
  /** Set on sub-tasks added by a flag. */
  readonly parentId?: string;
  readonly flagId?: string;
  /** Set on a flag's delegation to a coordinator already asked in this run (that task's id): it gets only the new context. */
  readonly followUpOf?: string;
  /** Extra context for the delegation prompt (e.g. the finding that raised the flag). */
  readonly context?: string;
}

export interface DelegationPlan {
  readonly coordinator: string;
  readonly taskId: string;
  readonly batch: number;
  readonly dependsOn: readonly string[];
  /** Why this domain was chosen: the signals that named it. */
  readonly reasons: readonly string[];
}

export interface TemplateScore {
  readonly templateId: string;
  /** Mean similarity of the template's nearest examples to the request, 0–1, 4 decimals. */
  readonly score: number;
}

export interface ExampleEvidence {
  readonly templateId: string;
  readonly example: string;
  readonly similarity: number;
}

/** What decided the template, strongest first: the user, a model asked because the classifier was unsure, … */
export type ClassificationBasis = 'override' | 'model' | 'incident' | 'rule' | 'examples' | 'fallback';

/** The model's answer when the classifier was unsure: untrusted, so only a known template id is used. */
export interface ModelTemplateChoice {
  /** `chosen`: a template id was used; `invalid`: the answer was not one, the local choice stands; `failed`: the call failed. */
  readonly outcome: 'chosen' | 'invalid' | 'failed';
  readonly templateId?: string;
  /** Said in the plan, e.g. "the model chose bug_fix" or "the model's answer was not a template id". */
  readonly note: string;
}

export interface Classification {
  readonly requestClass: RequestClass;
  readonly templateId: string;
  readonly templateVersion: string;
  /** Why, in one line: "nearest examples: …", "incident: …", "--template bug_fix (…)". */
  readonly matchedRule: string;
  /** How the template was chosen. Absent only in journals written before plans explained themselves. */
  readonly explanation?: ClassificationExplanation;
}

export interface ClassificationExplanation {
  readonly basis: ClassificationBasis;
  /** 0–1, 2 decimals: how clearly the local classifier's choice beat the runner-up. */
  readonly confidence: number;
  /** The classifier was unsure: the plan says so and offers `alternative`. */
  readonly lowConfidence: boolean;
  /** The template with the next best score. */
  readonly runnerUp?: TemplateScore;
  /** The other template a user may want instead, offered in one click. */
  readonly alternative?: string;
  /** Every template with examples, best first. */
  readonly scores: readonly TemplateScore[];
  /** The nearest examples of the chosen template (and the runner-up's nearest): what the request resembled. */
  readonly examples: readonly ExampleEvidence[];
  /** Signals read in the request: incident signals, a rule that matched, a template override. */
  readonly signals: readonly string[];
  /** Whether the request reads as an incident in progress; `incident` makes the plan critical. */
  readonly urgency: 'incident' | 'possible' | 'none';
  /** What the local classifier chose, when an override or the model chose otherwise. */
  readonly localChoice?: string;
  /** Present when the model was asked to choose (low confidence and a model available). */
  readonly model?: ModelTemplateChoice;
}

/** A domain found in the request that the workspace has no code for: named, not delegated. */
export interface LeftOutDomain {
  readonly name: string;
  readonly reason: string;
}

export interface Checklist {
  readonly request: string;
  readonly normalizedRequest: string;
  readonly classification: Classification;
  readonly priority: 'normal' | 'critical';
  readonly domains: readonly string[];
  /** Domains the request or template pointed at that the workspace has no code for (absent in older journals). */
  readonly leftOutDomains?: readonly LeftOutDomain[];
  readonly delegations: readonly DelegationPlan[];
  readonly tasks: readonly TaskSpec[];
  /** Memory entries that look related (file and heading), found while planning. */
  readonly relatedMemory: readonly { readonly file: string; readonly heading: string; readonly excerpt: string }[];
  /** Hash of the memory files that fed the plan: same request + same memory + same template → same checklist. */
  readonly memoryDigest: string;
  /**
   * The project memory every coordinator of the run receives, chosen for the request within the
   * token budget, and what was left out. Absent in plans journaled before it existed.
   */
  readonly memory?: MemorySelection;
  /** How many files the workspace has, how many the run looks at, and what was left out (absent in older plans). */
  readonly workspace?: WorkspaceScope;
}
