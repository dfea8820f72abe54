import type { Priority } from '../kernel/contract';
import type { CostLimitPause } from '../cost/budget';
import type { PriceTable } from '../cost/prices';
import type { AssistantBlock, ModelErrorKind, ModelWait, StopReason, TokenUsage } from '../model/port';
import type { Checklist, TaskSpec } from '../plan/types';
import type { PlannerCall } from '../plan/modelChoice';
import type { MemoryEdit } from '../memory/types';
import type { CheckedFinding, CheckedReport } from './evidence';

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
  readonly finding?: CheckedFinding;
  /** False for types not in the registry: kept and shown, no rule applied. */
  readonly known: boolean;
}

/**
 * Why a coordinator's (or the synthesis') answers were not accepted: it refused, its answer was cut
 * off at the output limit, it answered without a report, its report stayed invalid, the
 * conversation outgrew the context window, or it used up its turns.
 */
export type CoordinatorFailureKind = 'refused' | 'cut_off' | 'no_report' | 'invalid_report' | 'context_full' | 'turn_limit';

/**
 * Why something failed, typed so hosts can offer the right fix without reading the message: a
 * model call's `ModelErrorKind` ('auth' → set the key), how a coordinator's answers fell short
 * ('cut_off' → a larger output limit), an internal error, or a run that ended with failed tasks.
 * `legacy` marks a reason read from a journal written before failures were typed.
 */
export type FailureKind = ModelErrorKind | CoordinatorFailureKind | 'internal' | 'tasks_failed' | 'legacy';

export interface Failure {
  readonly kind: FailureKind;
  /** For the user, as shown. */
  readonly message: string;
}

/** One model turn of a conversation (a delegation's or the synthesis'), as the model answered it. */
export interface ModelTurnRecord {
  /** 1-based, counted over the task's current attempt. */
  readonly index: number;
  /** The model id the API says answered (not only the one asked for). */
  readonly model: string;
  readonly stopReason: StopReason | null;
  readonly usage: TokenUsage;
  /** The tokens were counted by the extension, not reported by the API: their cost is an estimate. */
  readonly usageEstimated?: boolean;
  readonly durationMs: number;
  /** The output budget this turn was asked with. */
  readonly maxTokens: number;
  /** Text and tool calls, whole: a resumed conversation sends them back as they were. */
  readonly content: readonly AssistantBlock[];
}

/** A tool call's result as journaled: cut to a budget; `omittedChars` says how much was left out. */
export interface ToolResultRecord {
  readonly toolUseId: string;
  readonly name: string;
  readonly isError: boolean;
  readonly content: string;
  readonly omittedChars?: number;
  /** What the tool kept from the model or refused, in words for the user, when it says. */
  readonly note?: string;
}

/**
 * What the conversation did with a turn it did not end on: tool results and/or a message sent
 * back (a repair request), or the same turn asked again (`note` says why).
 */
export interface TurnHandling {
  readonly turnIndex: number;
  readonly toolResults: readonly ToolResultRecord[];
  readonly text?: string;
  readonly note?: string;
}

type E<T extends string, P> = { readonly type: T; readonly at: string } & P;

export type RunEvent =
  | E<'RunStarted', { runId: string; request: string; mode: RunMode; modelId?: string; workspace: string }>
  /**
   * An interrupted run continues: tasks that were in progress go back to the queue. `tornTail`: the
   * journal ended in a line cut mid-write, which was cut and kept in the file named (beside it).
   */
  | E<'RunResumed', { requeuedTaskIds: readonly string[]; tornTail?: { readonly bytes: number; readonly keptIn: string } }>
  | E<'TaskRetried', { taskId: string }>
  /** `plannerCall`: the model call that chose the template, when planning made one (its cost is the run's). */
  | E<'PlanCreated', { checklist: Checklist; plannerCall?: PlannerCall }>
  | E<'TaskStarted', { taskId: string }>
  | E<'TaskCompleted', { taskId: string; evidence: string }>
  | E<'TaskFailed', { taskId: string; failure: Failure }>
  | E<'TaskSkipped', { taskId: string; reason: string }>
  | E<'TasksPaused', { taskIds: readonly string[]; reason: string }>
  | E<'TasksResumed', { taskIds: readonly string[] }>
  | E<'TaskAdded', { task: TaskSpec }>
  | E<'PriorityChanged', { priority: 'normal' | 'critical'; reason: string }>
  /** `promptBreaks`: where each block of the prompt after the first begins (absent in older journals: one block). */
  | E<'DelegationStarted', { taskId: string; coordinator: string; prompt: string; promptBreaks?: readonly number[] }>
  | E<'DelegationProgress', { taskId: string; coordinator: string; message: string }>
  | E<'ModelTurnRecorded', { taskId: string; coordinator: string; turn: ModelTurnRecord }>
  | E<'ModelTurnHandled', { taskId: string; coordinator: string; handling: TurnHandling }>
  /** A model call is waiting (a retry countdown, a quiet stream); `wait` absent: the wait ended. */
  | E<'TaskWaiting', { taskId: string; wait?: ModelWait }>
  /** The report as the coordinator wrote it, each cited location with the verdict of its check. */
  | E<'DelegationCompleted', { taskId: string; coordinator: string; report: CheckedReport; usage: TokenUsage; durationMs: number }>
  | E<'DelegationFailed', { taskId: string; coordinator: string; failure: Failure; usage: TokenUsage; durationMs: number }>
  | E<'FlagRaised', { flag: FlagRecord }>
  /**
   * The flag is decided once the batch that raised it has ended (`until`: its delegations still
   * running or queued), so the decision never depends on which of them answered first. A critical
   * flag pauses queued work at once (`pausedTaskIds`) all the same.
   */
  | E<'FlagWaiting', { flagId: string; until: readonly string[]; pausedTaskIds: readonly string[]; note: string }>
  /** `coveredBy`: nothing was added because that task already holds (or will get) what the flag carries. */
  | E<'FlagProcessed', { flagId: string; addedTaskIds: readonly string[]; pausedTaskIds: readonly string[]; note: string; coveredBy?: string }>
  | E<'FlagRejected', { flagId: string; reason: string }>
  /** No rule or no coordinator to route it to: the user decides (dismiss, or delegate to a coordinator they pick). */
  | E<'FlagKeptForReview', { flagId: string; note: string }>
  /** The user looked at a flag kept for review and let it go. */
  | E<'FlagDismissed', { flagId: string; note: string }>
  | E<'SynthesisCompleted', { text: string; usage: TokenUsage }>
  /**
   * The prices a run's calls are costed with and its cost limit, as given when it starts or
   * resumes: the audit prices the run as it ran, whatever the list prices are later.
   */
  | E<'CostTermsSet', { prices: PriceTable; overridden: readonly string[]; maxCostUsd?: number }>
  /** The run waits before a model call that would pass its limit, until someone decides. */
  | E<'CostLimitReached', { pause: CostLimitPause }>
  /** `continue` with the raised limit, or `stop` (the run then stops, resumable); `by: nobody` when no one could be asked. */
  | E<'CostLimitDecided', { decision: 'continue' | 'stop'; limitUsd: number; by: 'user' | 'nobody' }>
  | E<'MemoryEditProposed', { edit: MemoryEdit }>
  | E<'RunCompleted', Record<never, never>>
  | E<'RunFailed', { failure: Failure }>
  | E<'RunCancelled', { reason: string }>;

export type RunEventType = RunEvent['type'];
