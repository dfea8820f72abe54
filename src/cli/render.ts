import type { RunEvent } from '../core/run/events';
import { runProgress, taskDepth, type RunState, type TaskStatus, type TaskView } from '../core/run/state';

/** Terminal views of run state: the live checklist for people, one line per change for logs. */

const ICONS: Record<TaskStatus, string> = {
  queued: '○', in_progress: '◐', completed: '✔', failed: '✖', skipped: '⊘', paused: '⏸',
};

export function progressBar(state: RunState, width = 24): string {
  const { done, total, percent } = runProgress(state);
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(percent).padStart(3)}% ${done}/${total} tasks`;
}

export function taskLine(state: RunState, task: TaskView): string {
  const indent = '  '.repeat(taskDepth(state, task.spec.id));
  const who = task.delegation ? ` [${task.delegation.status}]` : '';
  return `${indent}${ICONS[task.status]} ${task.spec.id}. ${task.spec.title}${who}`;
}

export function renderLiveChecklist(state: RunState): string {
  const lines = [`${state.request}  (${state.mode === 'local' ? 'local analyzers, no model' : state.modelId ?? 'model'})`, progressBar(state), ''];
  for (const task of state.tasks) lines.push(taskLine(state, task));
  const current = state.tasks.filter((t) => t.status === 'in_progress');
  if (current.length > 0) lines.push('', `Working on: ${current.map((t) => t.spec.title).join(', ')}`);
  const pending = state.flags.filter((f) => f.status === 'raised');
  if (pending.length > 0) lines.push(`Flags pending: ${pending.map((f) => f.record.type).join(', ')}`);
  return lines.join('\n');
}

/** A line for a non-interactive terminal, or undefined when the event is not worth a line. */
export function eventLine(event: RunEvent, state: RunState): string | undefined {
  const task = (id: string) => state.tasks.find((t) => t.spec.id === id);
  const bar = () => progressBar(state, 10);
  switch (event.type) {
    case 'PlanCreated': {
      const c = event.checklist.classification;
      return `Plan: ${c.templateId}@${c.templateVersion}, ${event.checklist.tasks.length} tasks, domains ${event.checklist.domains.join(', ') || 'none'}`;
    }
    case 'TaskStarted':
      return `${bar()} ◐ ${task(event.taskId)?.spec.id}. ${task(event.taskId)?.spec.title}`;
    case 'TaskCompleted':
      return `${bar()} ✔ ${event.taskId}. ${task(event.taskId)?.spec.title} — ${event.evidence}`;
    case 'TaskFailed':
      return `${bar()} ✖ ${event.taskId}. ${task(event.taskId)?.spec.title} — ${event.reason}`;
    case 'TaskSkipped':
      return `${bar()} ⊘ ${event.taskId}. ${task(event.taskId)?.spec.title} — ${event.reason}`;
    case 'TaskAdded':
      return `  + ${event.task.id}. ${event.task.title}`;
    case 'TasksPaused':
      return `  ⏸ paused ${event.taskIds.join(', ')}: ${event.reason}`;
    case 'TasksResumed':
      return `  ▶ resumed ${event.taskIds.join(', ')}`;
    case 'FlagRaised':
      return `  ⚑ ${event.flag.type} raised by ${event.flag.raisedBy.coordinator}: ${event.flag.reason}`;
    case 'FlagRejected':
      return `  ⚑ ${event.reason}`;
    case 'RunResumed':
      return `Resuming run ${state.runId}${event.requeuedTaskIds.length ? ` (re-queued ${event.requeuedTaskIds.join(', ')})` : ''}`;
    case 'RunCompleted':
      return `Run ${state.runId} completed.`;
    case 'RunFailed':
      return `Run ${state.runId} failed: ${event.reason}`;
    case 'RunCancelled':
      return `Run ${state.runId} cancelled: ${event.reason}`;
    default:
      return undefined;
  }
}
