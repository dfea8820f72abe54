import type { TaskKind } from '../plan/types';
import type { RunStore } from './runStore';
import type { RunState } from './state';

/**
 * How a stopped run continues: the same for Resume (every failed task) and Retry Task (one). Work
 * that was in progress goes back to the queue unless its result already reached the journal, and a
 * retried task brings back what was derived without its result.
 */

/** Steps that summed up the run: done again once a failed task has been retried or a flag delegated. */
const REDONE_AFTER_RETRY: ReadonlySet<TaskKind> = new Set<TaskKind>(['check_flags', 'synthesize', 'update_claude_md', 'update_module_notes', 'respond']);

/** The tasks given, the `process_response` they left skipped, and the steps that summed up without them; in checklist order. */
export function retryTargets(state: RunState, taskIds: readonly string[]): string[] {
  if (taskIds.length === 0) return [];
  const retried = new Set(taskIds);
  const failed = state.tasks.filter((t) => retried.has(t.spec.id));
  return state.tasks
    .filter((t) => {
      if (retried.has(t.spec.id)) return true;
      const dependent = t.spec.kind === 'process_response' && t.status === 'skipped'
        && failed.some((f) => f.spec.coordinator === t.spec.coordinator && f.spec.parentId === t.spec.parentId);
      return dependent || isConcluding(t);
    })
    .map((t) => t.spec.id);
}

/** The steps that summed up the run and are done: what new work (a retry, a delegated flag) makes them do again. */
export function concludingTaskIds(state: RunState): string[] {
  return state.tasks.filter(isConcluding).map((t) => t.spec.id);
}

function isConcluding(t: RunState['tasks'][number]): boolean {
  return REDONE_AFTER_RETRY.has(t.spec.kind) && t.status !== 'queued';
}

export function failedTaskIds(state: RunState): string[] {
  return state.tasks.filter((t) => t.status === 'failed').map((t) => t.spec.id);
}

/** Tasks a resume puts back in the queue: in progress, and not already settled by a journaled report. */
export function interruptedTaskIds(state: RunState): string[] {
  return state.tasks.filter((t) => t.status === 'in_progress' && t.delegation?.status !== 'completed').map((t) => t.spec.id);
}

/** Whether resuming would do anything: a completed run with nothing interrupted is left as it is. */
export function hasWorkToResume(state: RunState): boolean {
  return state.status !== 'completed' || !state.checklist || interruptedTaskIds(state).length > 0 || failedTaskIds(state).length > 0;
}

/** Retries and the resume itself, as one journal line: a crash leaves all of it or none. */
export function reopenRun(store: RunStore, retry: readonly string[], tornTail?: { readonly bytes: number; readonly keptIn: string }): void {
  store.atomically(() => {
    for (const taskId of retryTargets(store.state, retry)) store.emit('TaskRetried', { taskId });
    store.emit('RunResumed', { requeuedTaskIds: interruptedTaskIds(store.state), ...(tornTail ? { tornTail } : {}) });
  });
}
