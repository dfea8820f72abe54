/** What a checklist is made of. A checklist is data: serializable, byte-stable, journaled. */

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

export interface Classification {
  readonly requestClass: RequestClass;
  readonly templateId: string;
  readonly templateVersion: string;
  /** The rule that matched, for debuggability ("keyword: faster"). */
  readonly matchedRule: string;
}

export interface Checklist {
  readonly request: string;
  readonly normalizedRequest: string;
  readonly classification: Classification;
  readonly priority: 'normal' | 'critical';
  readonly domains: readonly string[];
  readonly delegations: readonly DelegationPlan[];
  readonly tasks: readonly TaskSpec[];
  /** Memory entries that look related (file and heading), found while planning. */
  readonly relatedMemory: readonly { readonly file: string; readonly heading: string; readonly excerpt: string }[];
  /** Hash of the memory files that fed the plan: same request + same memory + same template → same checklist. */
  readonly memoryDigest: string;
}
