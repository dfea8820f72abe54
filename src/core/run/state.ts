import { AppendOnlyList } from '../kernel/appendOnlyList';
import { RevisableList } from '../kernel/revisableList';
import type { CostLimitPause } from '../cost/budget';
import type { PriceTable } from '../cost/prices';
import type { MemoryEdit } from '../memory/types';
import { addUsage, ZERO_USAGE, type ModelWait, type TokenUsage } from '../model/port';
import type { Checklist, TaskSpec } from '../plan/types';
import type { PlannerCall } from '../plan/modelChoice';
import type { CheckedReport } from './evidence';
import type { Failure, FlagRecord, ModelTurnRecord, RunEvent, RunMode, TurnHandling } from './events';

/**
 * The run state is `events.reduce(applyEvent, undefined)`. Nothing else holds run state, so the
 * chat, the tree, the webview, the CLI and a replayed journal can never disagree.
 *
 * Folding is linear: each event costs time bounded by the size of the checklist, never by the
 * number of events before it. Lists that grow with the journal are `AppendOnlyList`s (appending
 * shares, never copies), and an event type the fold does not know is counted and otherwise ignored.
 */

export type TaskStatus = 'queued' | 'in_progress' | 'completed' | 'failed' | 'skipped' | 'paused';
export type DelegationStatus = 'queued' | 'in_progress' | 'completed' | 'failed';
/** `review`: kept for the user to judge; `dismissed`: the user let it go. */
export type FlagStatus = 'raised' | 'processed' | 'rejected' | 'review' | 'dismissed';
export type RunStatus = 'running' | 'completed' | 'failed' | 'cancelled';

export interface DelegationView {
  readonly coordinator: string;
  readonly status: DelegationStatus;
  readonly prompt?: string;
  /** Where each block of the prompt after the first begins, as it was sent (run/prompts.ts). */
  readonly promptBreaks?: readonly number[];
  readonly report?: CheckedReport;
  readonly usage: TokenUsage;
  readonly durationMs?: number;
  readonly failure?: Failure;
  readonly progress: AppendOnlyList<string>;
}

export interface TaskView {
  readonly spec: TaskSpec;
  readonly status: TaskStatus;
  readonly startedAt?: string;
  readonly endedAt?: string;
  /** What proves the task done (or why it was skipped). */
  readonly evidence?: string;
  /** Why it failed. */
  readonly failure?: Failure;
  /** Only on `delegate` tasks. */
  readonly delegation?: DelegationView;
  /** 1 until the task is retried; each retry starts a new conversation. */
  readonly attempt?: number;
  /**
   * The model conversation (a delegation's or the synthesis'), turn by turn, every attempt's.
   * A RevisableList: a turn is appended, then what was done with it is added to it, both in O(1).
   * `turnsOf(task)` gives it as an array.
   */
  readonly turns?: RevisableList<TurnView>;
  /** A model call of this task is waiting: a retry countdown, a quiet stream. */
  readonly waiting?: ModelWait;
}

export interface TurnView {
  readonly attempt: number;
  readonly record: ModelTurnRecord;
  /** Absent for the turn the conversation ended on (or one cut short by a crash). */
  readonly handling?: TurnHandling;
}

export interface FlagView {
  readonly record: FlagRecord;
  readonly status: FlagStatus;
  readonly addedTaskIds: readonly string[];
  readonly pausedTaskIds: readonly string[];
  readonly note?: string;
  /** The task that already holds (or will get) what the flag carries: nothing was added for it. */
  readonly coveredBy?: string;
  /** Raised, and waiting for these delegations of its batch to end before it is decided. */
  readonly waitingFor?: readonly string[];
}

export interface CostDecision {
  readonly pause: CostLimitPause;
  readonly decision?: { readonly decision: 'continue' | 'stop'; readonly limitUsd: number; readonly by: 'user' | 'nobody' };
}

export interface RunState {
  readonly runId: string;
  readonly request: string;
  readonly mode: RunMode;
  readonly modelId?: string;
  readonly workspace: string;
  readonly status: RunStatus;
  readonly startedAt: string;
  readonly endedAt?: string;
  /** Why the run failed or was cancelled (kind 'cancelled'). */
  readonly failure?: Failure;
  readonly checklist?: Checklist;
  readonly priority: 'normal' | 'critical';
  /** In checklist order; sub-tasks follow their parent's subtree. */
  readonly tasks: readonly TaskView[];
  readonly flags: readonly FlagView[];
  readonly synthesis?: string;
  readonly memoryEdits: readonly MemoryEdit[];
  readonly usage: TokenUsage;
  /** The model call that chose the template, when planning made one. */
  readonly plannerCall?: PlannerCall;
  /** Prices and cost limit in force (a raised limit included); absent in local mode and older journals. */
  readonly costTerms?: { readonly prices: PriceTable; readonly overridden: readonly string[]; readonly limitUsd?: number };
  /** The run is waiting for a decision at its cost limit. */
  readonly costPause?: CostLimitPause;
  /** Every pause at the cost limit and what was decided (absent: stopped before anyone decided), for the audit. */
  readonly costDecisions?: readonly CostDecision[];
  readonly eventCount: number;
}

export function foldEvents(events: Iterable<RunEvent>): RunState | undefined {
  let state: RunState | undefined;
  for (const event of events) state = applyEvent(state, event);
  return state;
}

export function applyEvent(state: RunState | undefined, event: RunEvent): RunState {
  if (event.type === 'RunStarted') {
    return {
      runId: event.runId, request: event.request, mode: event.mode, modelId: event.modelId,
      workspace: event.workspace, status: 'running', startedAt: event.at, priority: 'normal',
      tasks: [], flags: [], memoryEdits: [], usage: ZERO_USAGE, eventCount: 1,
    };
  }
  if (!state) throw new Error(`journal does not start with RunStarted (found ${event.type})`);
  const next = reduce(state, event);
  if (next === state) return { ...state, eventCount: state.eventCount + 1 };
  // `next` is a fresh object no one has seen yet: counting the event on it saves a second copy.
  (next as { eventCount: number }).eventCount = state.eventCount + 1;
  return next;
}

function reduce(s: RunState, e: RunEvent): RunState {
  switch (e.type) {
    case 'RunStarted':
      return s;
    case 'RunResumed':
      return {
        ...updateTasks(s, e.requeuedTaskIds, (t) => ({ ...t, status: 'queued', startedAt: undefined, delegation: t.delegation && { ...t.delegation, status: 'queued' } })),
        status: 'running', endedAt: undefined, failure: undefined,
      };
    case 'PlanCreated':
      return { ...s, checklist: e.checklist, priority: e.checklist.priority, tasks: e.checklist.tasks.map(newTask), ...(e.plannerCall ? { plannerCall: e.plannerCall } : {}) };
    case 'TaskStarted':
      return updateTask(s, e.taskId, (t) => ({ ...t, status: 'in_progress', startedAt: e.at, waiting: undefined }));
    case 'TaskCompleted':
      return updateTask(s, e.taskId, (t) => ({ ...t, status: 'completed', endedAt: e.at, evidence: e.evidence }));
    case 'TaskFailed':
      return updateTask(s, e.taskId, (t) => ({ ...t, status: 'failed', endedAt: e.at, failure: e.failure }));
    case 'TaskSkipped':
      return updateTask(s, e.taskId, (t) => ({ ...t, status: 'skipped', endedAt: e.at, evidence: e.reason }));
    case 'TaskRetried':
      return {
        ...updateTask(s, e.taskId, (t) => ({
          spec: t.spec, status: 'queued', attempt: (t.attempt ?? 1) + 1, turns: t.turns,
          delegation: t.delegation && { coordinator: t.delegation.coordinator, status: 'queued', usage: ZERO_USAGE, progress: AppendOnlyList.empty() },
        })),
        // A retried synthesis answers anew; until then the old answer is not the run's answer.
        ...(findTask(s, e.taskId)?.spec.kind === 'synthesize' ? { synthesis: undefined } : {}),
        status: 'running', endedAt: undefined, failure: undefined,
      };
    case 'TasksPaused':
      return updateTasks(s, e.taskIds, (t) => ({ ...t, status: 'paused' }));
    case 'TasksResumed':
      return updateTasks(s, e.taskIds, (t) => (t.status === 'paused' ? { ...t, status: 'queued' } : t));
    case 'TaskAdded':
      return { ...s, tasks: insertSubTask(s.tasks, newTask(e.task)) };
    case 'PriorityChanged':
      return { ...s, priority: e.priority };
    case 'DelegationStarted':
      return updateDelegation(s, e.taskId, (d) => ({ ...d, status: 'in_progress', prompt: e.prompt, promptBreaks: e.promptBreaks }));
    case 'DelegationProgress':
      return updateDelegation(s, e.taskId, (d) => ({ ...d, progress: d.progress.append(e.message) }));
    case 'ModelTurnRecorded':
      return updateTask(s, e.taskId, (t) => ({ ...t, waiting: undefined, turns: (t.turns ?? RevisableList.empty()).append({ attempt: t.attempt ?? 1, record: e.turn }) }));
    case 'ModelTurnHandled':
      return updateTask(s, e.taskId, (t) => ({ ...t, turns: withHandling(t, e.handling) }));
    case 'TaskWaiting':
      return updateTask(s, e.taskId, (t) => ({ ...t, waiting: e.wait }));
    case 'DelegationCompleted':
      return {
        ...updateDelegation(s, e.taskId, (d) => ({ ...d, status: 'completed', report: e.report, usage: e.usage, durationMs: e.durationMs })),
        usage: addUsage(s.usage, e.usage),
      };
    case 'DelegationFailed':
      return {
        ...updateDelegation(s, e.taskId, (d) => ({ ...d, status: 'failed', failure: e.failure, usage: e.usage, durationMs: e.durationMs })),
        usage: addUsage(s.usage, e.usage),
      };
    case 'FlagRaised':
      return { ...s, flags: [...s.flags, { record: e.flag, status: 'raised', addedTaskIds: [], pausedTaskIds: [] }] };
    case 'FlagWaiting':
      return updateFlag(s, e.flagId, (f) => ({ ...f, pausedTaskIds: e.pausedTaskIds, note: e.note, waitingFor: e.until }));
    case 'FlagProcessed':
      return updateFlag(s, e.flagId, (f) => ({ ...f, status: 'processed', addedTaskIds: e.addedTaskIds, pausedTaskIds: e.pausedTaskIds, note: e.note, coveredBy: e.coveredBy, waitingFor: undefined }));
    case 'FlagRejected':
      return updateFlag(s, e.flagId, (f) => ({ ...f, status: 'rejected', note: e.reason, waitingFor: undefined }));
    case 'FlagKeptForReview':
      return updateFlag(s, e.flagId, (f) => ({ ...f, status: 'review', note: e.note, waitingFor: undefined }));
    case 'FlagDismissed':
      return updateFlag(s, e.flagId, (f) => ({ ...f, status: 'dismissed', note: e.note }));
    case 'SynthesisCompleted':
      return { ...s, synthesis: e.text, usage: addUsage(s.usage, e.usage) };
    case 'CostTermsSet':
      return { ...s, costTerms: { prices: e.prices, overridden: e.overridden, limitUsd: e.maxCostUsd }, costPause: undefined };
    case 'CostLimitReached':
      return { ...s, costPause: e.pause, costDecisions: [...(s.costDecisions ?? []), { pause: e.pause }] };
    case 'CostLimitDecided':
      return {
        ...s, costPause: undefined,
        costDecisions: (s.costDecisions ?? []).map((d, i, all) => (i === all.length - 1 && !d.decision ? { ...d, decision: { decision: e.decision, limitUsd: e.limitUsd, by: e.by } } : d)),
        costTerms: s.costTerms && (e.decision === 'continue' ? { ...s.costTerms, limitUsd: e.limitUsd } : s.costTerms),
      };
    case 'MemoryEditProposed':
      return { ...s, memoryEdits: [...s.memoryEdits.filter((m) => m.path !== e.edit.path), e.edit] };
    case 'RunCompleted':
      return { ...s, status: 'completed', endedAt: e.at, costPause: undefined };
    case 'RunFailed':
      return { ...requeueInterrupted(s), status: 'failed', endedAt: e.at, failure: e.failure, costPause: undefined };
    case 'RunCancelled':
      return { ...requeueInterrupted(s), status: 'cancelled', endedAt: e.at, failure: { kind: 'cancelled', message: e.reason }, costPause: undefined };
    default:
      return s;
  }
}

/** A run that stops leaves nothing in progress: what was under way goes back to the queue for a resume. */
function requeueInterrupted(s: RunState): RunState {
  const interrupted = s.tasks.filter((t) => t.status === 'in_progress').map((t) => t.spec.id);
  return updateTasks(s, interrupted, (t) => ({
    ...t, status: 'queued', startedAt: undefined, evidence: 'Interrupted when the run stopped; runs again on resume',
    delegation: t.delegation && t.delegation.status === 'in_progress' ? { ...t.delegation, status: 'queued' } : t.delegation,
  }));
}

/** What was done with a turn goes on that turn: the latest one, found from the end in one step. */
function withHandling(t: TaskView, handling: TurnHandling): RevisableList<TurnView> | undefined {
  const attempt = t.attempt ?? 1;
  const turns = t.turns;
  if (!turns) return turns;
  for (let i = turns.length - 1; i >= 0; i--) {
    const turn = turns.at(i)!;
    if (turn.attempt === attempt && turn.record.index === handling.turnIndex) return turns.revise(i, (found) => ({ ...found, handling }));
  }
  return turns;
}

/** Every turn of the task's conversation, every attempt's, in order. */
export function turnsOf(task: TaskView): TurnView[] {
  return task.turns?.toArray() ?? [];
}

/** The turns of the task's current attempt: what a resumed conversation continues from. */
export function currentTurns(task: TaskView): readonly TurnView[] {
  const attempt = task.attempt ?? 1;
  return turnsOf(task).filter((turn) => turn.attempt === attempt);
}

/** What the model calls of the task's current attempt used, turn by turn. */
export function currentTurnsUsage(task: TaskView): TokenUsage {
  return currentTurns(task).reduce((sum, turn) => addUsage(sum, turn.record.usage), ZERO_USAGE);
}

function newTask(spec: TaskSpec): TaskView {
  const delegation: DelegationView | undefined =
    spec.kind === 'delegate' && spec.coordinator ? { coordinator: spec.coordinator, status: 'queued', usage: ZERO_USAGE, progress: AppendOnlyList.empty() } : undefined;
  return { spec, status: 'queued', delegation };
}

/** A task list is short (the checklist and its flags' sub-tasks): a scan beats keeping an index up to date. */
function indexOfTask(tasks: readonly TaskView[], taskId: string): number {
  for (let i = 0; i < tasks.length; i++) if (tasks[i].spec.id === taskId) return i;
  return -1;
}

function updateTask(s: RunState, taskId: string, fn: (t: TaskView) => TaskView): RunState {
  const index = indexOfTask(s.tasks, taskId);
  if (index < 0) return s;
  const task = fn(s.tasks[index]);
  if (task === s.tasks[index]) return s;
  const tasks = s.tasks.slice();
  tasks[index] = task;
  return { ...s, tasks };
}

function updateTasks(s: RunState, taskIds: readonly string[], fn: (t: TaskView) => TaskView): RunState {
  let next = s;
  for (const taskId of new Set(taskIds)) next = updateTask(next, taskId, fn);
  return next;
}

function updateDelegation(s: RunState, taskId: string, fn: (d: DelegationView) => DelegationView): RunState {
  return updateTask(s, taskId, (t) => (t.delegation ? { ...t, delegation: fn(t.delegation) } : t));
}

function updateFlag(s: RunState, flagId: string, fn: (f: FlagView) => FlagView): RunState {
  return { ...s, flags: s.flags.map((f) => (f.record.id === flagId ? fn(f) : f)) };
}

/** A sub-task goes after the last task of its parent's subtree, so children read in order under it. */
function insertSubTask(tasks: readonly TaskView[], task: TaskView): TaskView[] {
  const parentId = task.spec.parentId;
  const parentIndex = parentId === undefined ? -1 : tasks.findIndex((t) => t.spec.id === parentId);
  if (parentIndex < 0) return [...tasks, task];
  let end = parentIndex + 1;
  while (end < tasks.length && isDescendant(tasks, tasks[end].spec, parentId!)) end++;
  return [...tasks.slice(0, end), task, ...tasks.slice(end)];
}

function isDescendant(tasks: readonly TaskView[], spec: TaskSpec, ancestorId: string): boolean {
  let current: TaskSpec | undefined = spec;
  while (current?.parentId !== undefined) {
    if (current.parentId === ancestorId) return true;
    const parentId: string = current.parentId;
    current = tasks.find((t) => t.spec.id === parentId)?.spec;
  }
  return false;
}

/** Depth of a task in the flag tree: 0 for checklist tasks, 1 for a flag's sub-task, … */
export function taskDepth(state: RunState, taskId: string): number {
  let depth = 0;
  let spec = state.tasks.find((t) => t.spec.id === taskId)?.spec;
  while (spec?.parentId !== undefined) {
    depth++;
    const parentId = spec.parentId;
    spec = state.tasks.find((t) => t.spec.id === parentId)?.spec;
  }
  return depth;
}

export function findTask(state: RunState, taskId: string): TaskView | undefined {
  const index = indexOfTask(state.tasks, taskId);
  return index < 0 ? undefined : state.tasks[index];
}

/**
 * Delegations that run together: the checklist's batch, or the sub-tasks one flag parent added.
 * The scheduler starts them as one group and decides their flags once the whole group has ended.
 */
export function sameBatch(a: TaskSpec, b: TaskSpec): boolean {
  return a.parentId !== undefined ? b.parentId === a.parentId : b.parentId === undefined && b.batch === a.batch;
}

export const TERMINAL_TASK_STATUSES: ReadonlySet<TaskStatus> = new Set(['completed', 'failed', 'skipped']);

/**
 * Coordinators whose delegation failed and has not since completed, with the reason: what a run's
 * answer is missing. One entry per coordinator, in checklist order.
 */
export function failedDomains(state: RunState): { readonly coordinator: string; readonly reason: string }[] {
  const completed = new Set(state.tasks.filter((t) => t.delegation?.status === 'completed').map((t) => t.delegation!.coordinator));
  const failed = new Map<string, string>();
  for (const t of state.tasks) {
    const d = t.delegation;
    if (d?.status === 'failed' && !completed.has(d.coordinator) && !failed.has(d.coordinator)) failed.set(d.coordinator, d.failure?.message ?? t.failure?.message ?? 'failed');
  }
  return [...failed].map(([coordinator, reason]) => ({ coordinator, reason }));
}
