import type { FlagRecord } from './events';
import { taskDepth, type RunState } from './state';
import type { TaskSpec } from '../plan/types';

/**
 * The flag registry: what each typed cross-domain flag does to a running checklist. Rules are data
 * plus one small decision function, so adding a flag type is adding a row.
 */

export interface FlagRule {
  /** Coordinator the follow-up goes to; `undefined` means the flag's own `targetDomain`. */
  readonly coordinator?: string;
  /** Pause queued work, raise priority and handle this first (security breaches). */
  readonly critical?: boolean;
  readonly description: string;
}

export const FLAG_RULES: Readonly<Record<string, FlagRule>> = {
  DATABASE_INVESTIGATION: { coordinator: 'database', description: 'Investigate queries, indexes and schema behind a finding' },
  PERFORMANCE_ISSUE: { description: 'Follow up a performance problem in the domain it points to' },
  SECURITY_BREACH: { coordinator: 'security', critical: true, description: 'Exploitable vulnerability or leak: handled before anything else' },
  SECURITY_REVIEW: { coordinator: 'security', description: 'Review a security-sensitive change' },
  FRONTEND_REVIEW: { coordinator: 'frontend', description: 'Check the user-facing side of a finding' },
  BACKEND_INVESTIGATION: { coordinator: 'backend', description: 'Investigate server code behind a finding' },
  INFRASTRUCTURE_CHANGE: { coordinator: 'infrastructure', description: 'Deployment or container change needed' },
};

export interface FlagLimits {
  /** Sub-tasks of sub-tasks … at most this deep. */
  readonly maxDepth: number;
  /** Flags processed per run at most. */
  readonly maxFlags: number;
}

export const DEFAULT_FLAG_LIMITS: FlagLimits = { maxDepth: 2, maxFlags: 8 };

export type FlagDecision =
  | { readonly kind: 'add'; readonly tasks: readonly TaskSpec[]; readonly pause: readonly string[]; readonly critical: boolean; readonly note: string }
  | { readonly kind: 'keep'; readonly note: string }
  | { readonly kind: 'reject'; readonly reason: string };

export function decideFlag(state: RunState, flag: FlagRecord, coordinators: readonly string[], limits: FlagLimits): FlagDecision {
  const rule = FLAG_RULES[flag.type];
  const target = rule?.coordinator ?? flag.targetDomain;
  if (!rule && !(target && coordinators.includes(target))) {
    return { kind: 'keep', note: `No rule for flag type ${flag.type}; kept for review` };
  }
  if (!target || !coordinators.includes(target)) {
    return { kind: 'keep', note: `${flag.type} names no known coordinator${target ? ` ('${target}')` : ''}; kept for review` };
  }
  const raiser = state.tasks.find((t) => t.spec.id === flag.raisedBy.taskId)?.spec;
  const handling = raiser?.flagId ? state.flags.find((f) => f.record.id === raiser.flagId) : undefined;
  if (handling?.record.type === flag.type && target === raiser?.coordinator) {
    return { kind: 'keep', note: `${flag.type} is already being handled by task ${raiser.id}; not delegated again` };
  }
  const processed = state.flags.filter((f) => f.status === 'processed' && f.addedTaskIds.length > 0).length;
  if (processed >= limits.maxFlags) {
    return { kind: 'reject', reason: `Flag limit reached (${limits.maxFlags} flags per run); ${flag.type} from ${flag.raisedBy.coordinator} not followed up` };
  }
  const depth = taskDepth(state, flag.raisedBy.taskId) + 1;
  if (depth > limits.maxDepth) {
    return { kind: 'reject', reason: `Flag depth limit reached (${limits.maxDepth}); ${flag.type} raised by a follow-up task is not followed up again` };
  }

  const parentId = flag.raisedBy.taskId;
  const ids = childIds(state, parentId);
  const context = flagContext(flag);
  const tasks: TaskSpec[] = [
    { id: ids(), kind: 'delegate', title: `Delegate to ${target} coordinator (${flag.type})`, coordinator: target, parentId, flagId: flag.id, context },
  ];
  tasks.push({ id: ids(), kind: 'process_response', title: `Process ${target} findings`, coordinator: target, parentId, flagId: flag.id, dependsOn: [tasks[0].id] });
  if (rule?.critical) {
    tasks.push({ id: ids(), kind: 'document_incident', title: 'Document the incident in modules/security.md', parentId, flagId: flag.id, dependsOn: [tasks[0].id] });
  }
  const pause = rule?.critical
    ? state.tasks.filter((t) => t.status === 'queued').map((t) => t.spec.id)
    : [];
  const note = rule?.critical
    ? `${flag.type}: priority CRITICAL, ${pause.length} queued task(s) paused until ${target} has handled it`
    : `${flag.type}: ${target} follows up on ${flag.raisedBy.coordinator}'s finding`;
  return { kind: 'add', tasks, pause, critical: rule?.critical ?? false, note };
}

function flagContext(flag: FlagRecord): string {
  const lines = [`Flag ${flag.type} raised by the ${flag.raisedBy.coordinator} coordinator: ${flag.reason}`];
  if (flag.finding) {
    lines.push(`Finding: ${flag.finding.title} (${flag.finding.severity})`, flag.finding.detail);
    for (const ev of flag.finding.evidence) lines.push(`Evidence: ${ev.file}:${ev.line}${ev.excerpt ? ` — ${ev.excerpt.trim()}` : ''}`);
  }
  return lines.join('\n');
}

/** Sub-task ids under a parent: 5 → 5a, 5b…; 5a → 5a1, 5a2… (letters and digits alternate). */
function childIds(state: RunState, parentId: string): () => string {
  const useDigits = /[a-z]$/.test(parentId);
  const existing = new Set(state.tasks.map((t) => t.spec.id));
  let n = 0;
  return () => {
    let id: string;
    do {
      id = parentId + (useDigits ? String(n + 1) : suffixLetters(n));
      n++;
    } while (existing.has(id));
    existing.add(id);
    return id;
  };
}

function suffixLetters(n: number): string {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}
