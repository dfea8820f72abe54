import type { RunEvent, RunEventType } from '../core/run/events';
import { describeModelWait } from '../core/model/wait';
import { describeCostPause, formatUsd } from '../core/cost/describe';

/** Events logged at debug level: many per task, and the journal keeps them whole. */
export const DETAIL_EVENTS: ReadonlySet<RunEventType> = new Set<RunEventType>(['DelegationProgress', 'ModelTurnRecorded', 'ModelTurnHandled', 'TaskWaiting']);

/** One log line per run event, without prompts or report bodies (the journal keeps those). */
export function describeEvent(event: RunEvent): string {
  switch (event.type) {
    case 'RunStarted':
      return `started in ${event.mode} mode${event.modelId ? ` (${event.modelId})` : ''}`;
    case 'PlanCreated':
      return `checklist of ${event.checklist.tasks.length} tasks (${event.checklist.classification.templateId})`;
    case 'TaskStarted':
    case 'TaskRetried':
      return `${event.type} ${event.taskId}`;
    case 'TaskCompleted':
      return `TaskCompleted ${event.taskId}`;
    case 'TaskFailed':
      return `TaskFailed ${event.taskId} (${event.failure.kind}): ${event.failure.message}`;
    case 'TaskSkipped':
      return `TaskSkipped ${event.taskId}: ${event.reason}`;
    case 'TasksPaused':
      return `paused ${event.taskIds.join(', ')}: ${event.reason}`;
    case 'TasksResumed':
      return `resumed tasks ${event.taskIds.join(', ')}`;
    case 'TaskAdded':
      return `added task ${event.task.id}: ${event.task.title}`;
    case 'DelegationStarted':
      return `delegated ${event.taskId} to ${event.coordinator}`;
    case 'DelegationProgress':
      return `${event.coordinator}/${event.taskId}: ${event.message}`;
    case 'ModelTurnRecorded':
      return `${event.coordinator}/${event.taskId} turn ${event.turn.index}: ${event.turn.stopReason ?? 'no stop reason'} from ${event.turn.model} in ${event.turn.durationMs} ms (${event.turn.usage.inputTokens} in, ${event.turn.usage.outputTokens} out)`;
    case 'ModelTurnHandled':
      return `${event.coordinator}/${event.taskId} turn ${event.handling.turnIndex}: ${event.handling.note ?? `${event.handling.toolResults.length} tool result(s) sent back`}`;
    case 'TaskWaiting':
      return `task ${event.taskId}: ${event.wait ? describeModelWait(event.wait) : 'wait over'}`;
    case 'DelegationCompleted':
      return `${event.coordinator}/${event.taskId} completed in ${event.durationMs} ms (${event.usage.inputTokens} in, ${event.usage.outputTokens} out)`;
    case 'DelegationFailed':
      return `${event.coordinator}/${event.taskId} failed (${event.failure.kind}): ${event.failure.message}`;
    case 'FlagRaised':
      return `flag ${event.flag.type} raised by ${event.flag.raisedBy.coordinator}: ${event.flag.reason}`;
    case 'FlagWaiting':
      return `flag ${event.flagId} waiting: ${event.note}`;
    case 'FlagProcessed':
      return `flag ${event.flagId} processed: ${event.note}`;
    case 'FlagRejected':
      return `flag ${event.flagId} rejected: ${event.reason}`;
    case 'FlagKeptForReview':
      return `flag ${event.flagId} kept for review: ${event.note}`;
    case 'FlagDismissed':
      return `flag ${event.flagId} dismissed: ${event.note}`;
    case 'PriorityChanged':
      return `priority ${event.priority}: ${event.reason}`;
    case 'MemoryEditProposed':
      return `memory update proposed for ${event.edit.path}`;
    case 'CostTermsSet':
      return `prices set${event.overridden.length ? ` (overridden: ${event.overridden.join(', ')})` : ''}${event.maxCostUsd !== undefined ? `, cost limit ${formatUsd(event.maxCostUsd)}` : ', no cost limit'}`;
    case 'CostLimitReached':
      return describeCostPause(event.pause);
    case 'CostLimitDecided':
      return `cost limit: ${event.decision}${event.decision === 'continue' ? ` with the limit at ${formatUsd(event.limitUsd)}` : ''} (${event.by === 'user' ? 'decided by the user' : 'no one to ask'})`;
    case 'RunResumed':
      return `resumed (requeued ${event.requeuedTaskIds.join(', ') || 'nothing'})`;
    case 'SynthesisCompleted':
    case 'RunCompleted':
      return event.type;
    case 'RunFailed':
      return `RunFailed (${event.failure.kind}): ${event.failure.message}`;
    case 'RunCancelled':
      return `RunCancelled: ${event.reason}`;
  }
}
