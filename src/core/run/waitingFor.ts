import { taskLabel } from './checklistLines';
import { TERMINAL_TASK_STATUSES, type RunState, type TaskView } from './state';

/**
 * What a task that has not started is waiting for, in words, the way the scheduler decides it: a
 * task starts when every task before it in the checklist has ended (a paused one aside), except
 * that the delegations of one batch start together once what they depend on has ended; a paused
 * task waits for the critical flag that paused it to be handled. Undefined for a task under way
 * or ended. Every surface that says why a task is queued uses this.
 */
export function waitingFor(state: RunState, taskId: string): string | undefined {
  const index = state.tasks.findIndex((t) => t.spec.id === taskId);
  const task = state.tasks[index];
  if (!task) return undefined;
  if (task.status === 'paused') return pausedBy(state, task);
  if (task.status !== 'queued') return undefined;
  const open = (t: TaskView) => !TERMINAL_TASK_STATUSES.has(t.status) && t.status !== 'paused';
  const ahead = state.tasks.slice(0, index).filter((t) => open(t) && !startsTogether(t, task));
  const dependencies = (task.spec.dependsOn ?? []).map((id) => state.tasks.find((t) => t.spec.id === id)).filter((t): t is TaskView => t !== undefined && open(t));
  const blockers = [...new Set([...dependencies, ...ahead])];
  if (blockers.length === 0) return 'Runs next';
  const running = blockers.filter((t) => t.status === 'in_progress');
  const named = [...running, ...blockers.filter((t) => t.status !== 'in_progress')].slice(0, 3);
  const more = blockers.length - named.length;
  const batch = batchAhead(blockers, task);
  return `Waits for ${batch ?? ''}${named.map((t) => `${taskLabel(t.spec)}${t.status === 'in_progress' ? ' (in progress)' : ''}`).join(', ')}${more > 0 ? ` and ${more} more task${more === 1 ? '' : 's'} before it` : ''}`;
}

/** Delegations of the same batch (or the same flag's parent) start together. */
function startsTogether(other: TaskView, task: TaskView): boolean {
  if (task.spec.kind !== 'delegate' || other.spec.kind !== 'delegate') return false;
  if (task.spec.parentId !== undefined || other.spec.parentId !== undefined) return task.spec.parentId === other.spec.parentId;
  return task.spec.batch === other.spec.batch && !(task.spec.dependsOn ?? []).includes(other.spec.id);
}

/** "batch 1 — " when the first blockers are the delegations of an earlier batch. */
function batchAhead(blockers: readonly TaskView[], task: TaskView): string | undefined {
  if (task.spec.kind !== 'delegate' || task.spec.batch === undefined) return undefined;
  const earlier = blockers.filter((t) => t.spec.kind === 'delegate' && t.spec.batch !== undefined && t.spec.batch < task.spec.batch! && t.spec.parentId === undefined);
  if (earlier.length === 0) return undefined;
  const batches = [...new Set(earlier.map((t) => t.spec.batch! + 1))].sort((a, b) => a - b);
  return `batch ${batches.join(', ')} — `;
}

function pausedBy(state: RunState, task: TaskView): string {
  const flag = state.flags.find((f) => f.pausedTaskIds.includes(task.spec.id));
  if (!flag) return 'Paused';
  const left = flag.addedTaskIds.filter((id) => !TERMINAL_TASK_STATUSES.has(state.tasks.find((t) => t.spec.id === id)?.status ?? 'completed'));
  const until = left.length === 0 ? 'it is handled' : `${left.join(', ')} ${left.length === 1 ? 'ends' : 'end'}`;
  return `Paused by ${flag.record.type} from ${flag.record.raisedBy.coordinator} until ${until}`;
}
