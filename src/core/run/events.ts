import type { CoordinatorReport, Priority, Finding } from '../kernel/contract';
import type { ModelErrorKind, TokenUsage } from '../model/port';
import type { Checklist, TaskSpec } from '../plan/types';
import type { MemoryEdit } from '../memory/types';

/**
 * Every change of a run is one of these events. The journal appends them, the state is a fold over
 * them (state.ts), chat, tree, webview and CLI subscribe to the same stream, and the run audit renders the fold.
 */

export type RunMode = 'model' | 'local';

export interface FlagRecord {
  readonly id: string;
  readonly type: string;
  readonly reason: string;
  readonly priority: Priority;
  readonly targetDomain?: string;
  readonly raisedBy: { readonly taskId: string; readonly coordinator: string };
  readonly finding?: Finding;
  /** False for types not in the registry: kept and shown, no rule applied. */
  readonly known: boolean;
}

/**
 * Why something failed, typed so hosts can offer the right fix without reading the message: a
 * model call's `ModelErrorKind` ('auth' → set the key), a coordinator that never produced a usable
 * report, an internal error, or a run that ended with failed tasks. `legacy` marks a reason read
 * from a journal written before failures were typed.
 */
export type FailureKind = ModelErrorKind | 'coordinator' | 'internal' | 'tasks_failed' | 'legacy';

export interface Failure {
  readonly kind: FailureKind;
  /** For the user, as shown. */
  readonly message: string;
}

type E<T extends string, P> = { readonly type: T; readonly at: string } & P;

export type RunEvent =
  | E<'RunStarted', { runId: string; request: string; mode: RunMode; modelId?: string; workspace: string }>
  /** An interrupted run continues: tasks that were in progress go back to the queue. */
  | E<'RunResumed', { requeuedTaskIds: readonly string[] }>
  | E<'TaskRetried', { taskId: string }>
  | E<'PlanCreated', { checklist: Checklist }>
  | E<'TaskStarted', { taskId: string }>
  | E<'TaskCompleted', { taskId: string; evidence: string }>
  | E<'TaskFailed', { taskId: string; failure: Failure }>
  | E<'TaskSkipped', { taskId: string; reason: string }>
  | E<'TasksPaused', { taskIds: readonly string[]; reason: string }>
  | E<'TasksResumed', { taskIds: readonly string[] }>
  | E<'TaskAdded', { task: TaskSpec }>
  | E<'PriorityChanged', { priority: 'normal' | 'critical'; reason: string }>
  | E<'DelegationStarted', { taskId: string; coordinator: string; prompt: string }>
  | E<'DelegationProgress', { taskId: string; coordinator: string; message: string }>
  | E<'DelegationCompleted', { taskId: string; coordinator: string; report: CoordinatorReport; usage: TokenUsage; durationMs: number }>
  | E<'DelegationFailed', { taskId: string; coordinator: string; failure: Failure; usage: TokenUsage; durationMs: number }>
  | E<'FlagRaised', { flag: FlagRecord }>
  | E<'FlagProcessed', { flagId: string; addedTaskIds: readonly string[]; pausedTaskIds: readonly string[]; note: string }>
  | E<'FlagRejected', { flagId: string; reason: string }>
  | E<'SynthesisCompleted', { text: string; usage: TokenUsage }>
  | E<'MemoryEditProposed', { edit: MemoryEdit }>
  | E<'RunCompleted', Record<never, never>>
  | E<'RunFailed', { failure: Failure }>
  | E<'RunCancelled', { reason: string }>;

export type RunEventType = RunEvent['type'];
