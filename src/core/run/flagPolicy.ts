import { evidenceLabel } from './evidence';
import type { FlagRecord } from './events';
import { flagCoverage, type FlagCoverage } from './flagCoverage';
import { findTask, sameBatch, taskDepth, type RunState } from './state';
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

/**
 * `review`: no rule or no coordinator to route it to; the user decides (dismiss, or delegate to a
 * coordinator they pick). `keep`: nothing to do (already being handled).
 */
export type FlagDecision =
  | { readonly kind: 'add'; readonly tasks: readonly TaskSpec[]; readonly pause: readonly string[]; readonly critical: boolean; readonly note: string; readonly coveredBy?: string }
  | { readonly kind: 'review'; readonly note: string }
  /** Nothing to ask: `coveredBy` names the task that already holds (or will get) what the flag carries. */
  | { readonly kind: 'keep'; readonly note: string; readonly coveredBy?: string }
  | { readonly kind: 'reject'; readonly reason: string };

/**
 * What a flag does to the running checklist. No coordinator is asked the same question twice: a
 * flag aimed at a coordinator that is planned, or already has the flag's finding, is covered; one
 * that was asked without it gets a follow-up with the new context only; and a coordinator never
 * receives its own flag back (the domain the flag names takes it, or nobody).
 */
export function decideFlag(state: RunState, flag: FlagRecord, coordinators: readonly string[], limits: FlagLimits): FlagDecision {
  const rule = FLAG_RULES[flag.type];
  const raiser = flag.raisedBy.coordinator;
  let target = rule?.coordinator ?? flag.targetDomain;
  if (target === raiser && flag.targetDomain && flag.targetDomain !== raiser && coordinators.includes(flag.targetDomain)) target = flag.targetDomain;
  if (!rule && !(target && coordinators.includes(target))) {
    return { kind: 'review', note: `No rule for flag type ${flag.type}; kept for review` };
  }
  if (!target || !coordinators.includes(target)) {
    return { kind: 'review', note: `${flag.type} names no known coordinator${target ? ` ('${target}')` : ''}; kept for review` };
  }
  const raiserTask = state.tasks.find((t) => t.spec.id === flag.raisedBy.taskId)?.spec;
  const handling = raiserTask?.flagId ? state.flags.find((f) => f.record.id === raiserTask.flagId) : undefined;
  if (handling?.record.type === flag.type && target === raiserTask?.coordinator) {
    return { kind: 'keep', note: `${flag.type} is already being handled by task ${raiserTask.id}; not delegated again`, coveredBy: raiserTask.id };
  }
  const processed = state.flags.filter((f) => f.status === 'processed' && f.addedTaskIds.length > 0).length;
  if (processed >= limits.maxFlags) {
    return { kind: 'reject', reason: `Flag limit reached (${limits.maxFlags} flags per run); ${flag.type} from ${raiser} not followed up` };
  }
  const depth = taskDepth(state, flag.raisedBy.taskId) + 1;
  if (depth > limits.maxDepth) {
    return { kind: 'reject', reason: `Flag depth limit reached (${limits.maxDepth}); ${flag.type} raised by a follow-up task is not followed up again` };
  }
  const ids = childIds(state, flag.raisedBy.taskId);
  const covered = target === raiser ? { kind: 'own' as const } : flagCoverage(state, flag, target);
  if (covered.kind !== 'none' && covered.kind !== 'new_context') {
    const { note, coveredBy } = coveredNote(flag, target, covered);
    if (!rule?.critical) return { kind: 'keep', note, coveredBy };
    // A breach still makes the run critical and is documented, even when nobody needs asking again.
    return critical(state, flag, [incidentTask(ids(), flag, coveredBy ? [coveredBy] : [])], `${note}; priority CRITICAL`, coveredBy);
  }
  const followUpOf = covered.kind === 'new_context' ? covered.taskIds[0] : undefined;
  const delegate: TaskSpec = {
    id: ids(), kind: 'delegate', coordinator: target, parentId: flag.raisedBy.taskId, flagId: flag.id, context: flagContext(flag),
    title: `${followUpOf ? 'Follow up with' : 'Delegate to'} ${target} coordinator (${flag.type})`,
    ...(followUpOf ? { followUpOf, dependsOn: covered.kind === 'new_context' ? covered.taskIds : [] } : {}),
  };
  const tasks: TaskSpec[] = [
    delegate,
    { id: ids(), kind: 'process_response', title: `Process ${target} findings`, coordinator: target, parentId: flag.raisedBy.taskId, flagId: flag.id, dependsOn: [delegate.id] },
  ];
  const why = followUpOf ? `${target} follows up on ${raiser}'s finding with what it had not seen (it answered in task ${followUpOf})` : `${target} follows up on ${raiser}'s finding`;
  if (!rule?.critical) return { kind: 'add', tasks, pause: [], critical: false, note: `${flag.type}: ${why}` };
  tasks.push(incidentTask(ids(), flag, [delegate.id]));
  return critical(state, flag, tasks, `${flag.type}: priority CRITICAL, ${why}`);
}

/**
 * A flag raised while its batch still runs is decided when the batch has ended, in checklist order,
 * so what it adds never depends on which delegation answered first. A critical one pauses the
 * queued work outside its batch at once (the batch's own delegations have already been started).
 */
export function flagWait(state: RunState, flag: FlagRecord, until: readonly string[]): { readonly pause: readonly string[]; readonly note: string } {
  const raiser = findTask(state, flag.raisedBy.taskId)?.spec;
  const pause = FLAG_RULES[flag.type]?.critical
    ? state.tasks.filter((t) => t.status === 'queued' && !(raiser && sameBatch(raiser, t.spec))).map((t) => t.spec.id)
    : [];
  const waits = `${flag.type}: decided once ${until.length === 1 ? `task ${until[0]}` : `tasks ${until.join(', ')}`} of its batch ${until.length === 1 ? 'has' : 'have'} ended`;
  return { pause, note: pause.length > 0 ? `${waits}; priority CRITICAL, ${pause.length} queued task(s) paused until it is handled` : waits };
}

/**
 * A flag kept for review that the user sends to a coordinator of their choice: no rule, limit or
 * coverage stands in the way (the user has judged it).
 */
export function delegateFlagTo(state: RunState, flag: FlagRecord, coordinator: string): FlagDecision & { kind: 'add' } {
  const rule = FLAG_RULES[flag.type];
  const ids = childIds(state, flag.raisedBy.taskId);
  const delegate: TaskSpec = {
    id: ids(), kind: 'delegate', coordinator, parentId: flag.raisedBy.taskId, flagId: flag.id, context: flagContext(flag),
    title: `Delegate to ${coordinator} coordinator (${flag.type})`,
  };
  const tasks: TaskSpec[] = [
    delegate,
    { id: ids(), kind: 'process_response', title: `Process ${coordinator} findings`, coordinator, parentId: flag.raisedBy.taskId, flagId: flag.id, dependsOn: [delegate.id] },
  ];
  const note = `${flag.type}: delegated to ${coordinator} by the user`;
  if (!rule?.critical) return { kind: 'add', tasks, pause: [], critical: false, note };
  tasks.push(incidentTask(ids(), flag, [delegate.id]));
  return critical(state, flag, tasks, `${note}; priority CRITICAL`);
}

/**
 * A critical flag pauses queued work until what it added has ended (the task covering it, when
 * one is planned, goes on), and documents the incident.
 */
function critical(state: RunState, flag: FlagRecord, tasks: readonly TaskSpec[], note: string, coveredBy?: string): FlagDecision & { kind: 'add' } {
  const pause = state.tasks.filter((t) => t.status === 'queued' && t.spec.id !== coveredBy).map((t) => t.spec.id);
  // Work the flag paused while it waited for its batch stays paused with it (the covering task goes on).
  const held = (state.flags.find((f) => f.record.id === flag.id)?.pausedTaskIds ?? []).filter((id) => id !== coveredBy);
  return { kind: 'add', tasks, pause, critical: true, note: `${note}; ${pause.length + held.length} queued task(s) paused until it is handled`, ...(coveredBy ? { coveredBy } : {}) };
}

function incidentTask(id: string, flag: FlagRecord, dependsOn: readonly string[]): TaskSpec {
  return { id, kind: 'document_incident', title: 'Document the incident in modules/security.md', parentId: flag.raisedBy.taskId, flagId: flag.id, dependsOn };
}

function coveredNote(flag: FlagRecord, target: string, covered: FlagCoverage | { kind: 'own' }): { note: string; coveredBy?: string } {
  const raiser = flag.raisedBy.coordinator;
  switch (covered.kind) {
    case 'own':
      return { note: `${flag.type}: covered, ${raiser} raised it itself and its report holds the finding; not sent back to it` };
    case 'planned':
      return { note: `${flag.type}: covered, ${target} is planned (task ${covered.taskId}) and gets ${raiser}'s finding with its prompt`, coveredBy: covered.taskId };
    case 'reported':
      return { note: `${flag.type}: covered, ${target} already reported ${covered.location} (task ${covered.taskId})`, coveredBy: covered.taskId };
    case 'seen':
      return { note: `${flag.type}: covered, ${target} had ${raiser}'s finding in its prompt (task ${covered.taskId})`, coveredBy: covered.taskId };
    default:
      return { note: `${flag.type}: covered` };
  }
}

/** What a flag tells the coordinator it is aimed at: who raised it, why, and the finding behind it. */
export function flagContext(flag: FlagRecord): string {
  const lines = [`Flag ${flag.type} raised by the ${flag.raisedBy.coordinator} coordinator: ${flag.reason}`];
  if (flag.finding) {
    lines.push(`Finding: ${flag.finding.title} (${flag.finding.severity})`, flag.finding.detail);
    for (const ev of flag.finding.evidence) lines.push(`Evidence: ${evidenceLabel(ev)}${ev.excerpt ? ` — ${ev.excerpt.trim()}` : ''}`);
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
