import { plainLines } from '../core/kernel/untrustedText';
import { summarizeClassification } from '../core/plan/explain';
import type { RunEvent } from '../core/run/events';
import { checklistLine, renderChecklist, taskLabel } from '../core/run/checklistLines';
import { describeProgress, runProgress } from '../core/run/display';
import type { RunState, TaskView } from '../core/run/state';
import { taskWaitText } from '../core/run/waiting';
import { describeCostPause, formatUsd, runCostLines } from '../core/cost/describe';

/**
 * Terminal views of run state: the live checklist for people, one line per change for logs. What
 * they print carries model text, so control characters (a terminal's escape sequences) are dropped.
 */

export function progressBar(state: RunState, width = 24): string {
  const progress = runProgress(state);
  const filled = progress.total === 0 ? 0 : Math.round((progress.ended / progress.total) * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(progress.percent).padStart(3)}% ${describeProgress(progress)}`;
}

function withWait(task: TaskView): string {
  const wait = taskWaitText(task);
  return wait ? ` (${wait})` : '';
}

export function renderLiveChecklist(state: RunState): string {
  const lines = [`${state.request}  (${state.mode === 'local' ? 'local analyzers, no model' : state.modelId ?? 'model'})`, progressBar(state), ''];
  lines.push(renderChecklist(state.tasks, 'text'));
  const current = state.tasks.filter((t) => t.status === 'in_progress');
  if (current.length > 0) lines.push('', `Working on: ${current.map((t) => `${taskLabel(t.spec)}${withWait(t)}`).join(', ')}`);
  const pending = state.flags.filter((f) => f.status === 'raised');
  if (pending.length > 0) lines.push(`Flags pending: ${pending.map((f) => f.record.type).join(', ')}`);
  const cost = runCostLines(state);
  if (cost) lines.push(`Cost so far: ${cost.total}`);
  if (state.costPause) lines.push(`⏸ ${describeCostPause(state.costPause)}`);
  const review = state.flags.filter((f) => f.status === 'review');
  if (review.length > 0) lines.push(`Flags kept for your review: ${review.map((f) => `${f.record.type} from ${f.record.raisedBy.coordinator} (${f.record.reason})`).join('; ')}`);
  return plainLines(lines.join('\n'));
}

/** A line for a non-interactive terminal, or undefined when the event is not worth a line. */
export function eventLine(event: RunEvent, state: RunState): string | undefined {
  const line = describeEventLine(event, state);
  // One line, indentation kept.
  return line === undefined ? undefined : plainLines(line).replace(/\n/g, ' ');
}

function describeEventLine(event: RunEvent, state: RunState): string | undefined {
  const bar = () => progressBar(state, 10);
  /** The task's checklist line as it is now, then what the event says about it. */
  const taskNow = (taskId: string, detail?: string) => {
    const task = state.tasks.find((t) => t.spec.id === taskId);
    const line = task ? checklistLine(task, 0, 'text') : `task ${taskId}`;
    return `${bar()} ${line}${detail ? `: ${detail}` : ''}`;
  };
  switch (event.type) {
    case 'PlanCreated': {
      const summary = summarizeClassification(event.checklist.classification);
      const unsure = summary.lowConfidence ? ` — ${summary.lowConfidence.message}` : '';
      return `Plan: ${summary.headline}, ${event.checklist.tasks.length} tasks, domains ${event.checklist.domains.join(', ') || 'none'}${unsure}`;
    }
    case 'TaskStarted':
      return taskNow(event.taskId);
    case 'TaskCompleted':
      return taskNow(event.taskId, event.evidence);
    case 'TaskFailed':
      return taskNow(event.taskId, event.failure.message);
    case 'TaskSkipped':
      return taskNow(event.taskId, event.reason);
    case 'TaskWaiting': {
      const waiting = state.tasks.find((t) => t.spec.id === event.taskId);
      const wait = waiting && taskWaitText(waiting);
      return wait ? `  ⏳ ${taskLabel(waiting.spec)}: ${wait}` : undefined;
    }
    case 'TaskAdded':
      return `  + ${event.task.id}. ${event.task.title}`;
    case 'TasksPaused':
      return `  ⏸ paused ${event.taskIds.join(', ')}: ${event.reason}`;
    case 'TasksResumed':
      return `  ▶ resumed ${event.taskIds.join(', ')}`;
    case 'FlagRaised':
      return `  ⚑ ${event.flag.type} raised by ${event.flag.raisedBy.coordinator}: ${event.flag.reason}`;
    case 'FlagWaiting':
      return `  ⚑ ${event.note}`;
    case 'FlagRejected':
      return `  ⚑ ${event.reason}`;
    case 'CostLimitReached':
      return `  ⏸ ${describeCostPause(event.pause)}`;
    case 'CostLimitDecided':
      return event.decision === 'continue'
        ? `  ▶ going on with the cost limit at ${formatUsd(event.limitUsd)}`
        : `  ■ stopping at the cost limit${event.by === 'nobody' ? ' (no terminal to ask; resume with a higher --max-cost)' : ''}`;
    case 'FlagKeptForReview':
      return `  ⚑ ${event.note}`;
    case 'FlagDismissed':
      return `  ⚑ ${event.flagId}: ${event.note}`;
    case 'RunResumed':
      return `Resuming run ${state.runId}${event.requeuedTaskIds.length ? ` (re-queued ${event.requeuedTaskIds.join(', ')})` : ''}`;
    case 'RunCompleted':
      return `Run ${state.runId} completed.`;
    case 'RunFailed':
      return `Run ${state.runId} failed: ${event.failure.message}`;
    case 'RunCancelled':
      return `Run ${state.runId} cancelled: ${event.reason}`;
    default:
      return undefined;
  }
}
