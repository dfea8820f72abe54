import { checklistLine } from '../../core/run/checklistLines';
import { runProgress } from '../../core/run/display';
import type { RunStore } from '../../core/run/runStore';
import { TERMINAL_TASK_STATUSES } from '../../core/run/state';

/** One MCP progress notification's fields (the progress token is added by the sender). */
export interface ProgressUpdate {
  readonly progress: number;
  readonly total: number;
  readonly message: string;
}

/**
 * A run's progress as MCP progress notifications: one when it is planned (0 of N tasks), then one
 * each time a task ends, saying which. The count only grows, as MCP requires; a flag's sub-task
 * raises the total. Returns the unsubscribe.
 */
export function followProgress(store: RunStore, send: (update: ProgressUpdate) => void): () => void {
  let last = -1;
  const report = (message: string) => {
    const { ended, total } = runProgress(store.state);
    if (ended <= last) return;
    last = ended;
    send({ progress: ended, total, message });
  };
  const plan = store.state.checklist;
  report(plan ? `Planned: ${plan.classification.templateId}, ${plan.tasks.length} tasks, domains ${plan.domains.join(', ') || 'none'}` : 'Started');
  return store.onDidEmit((event, state) => {
    if (event.type !== 'TaskCompleted' && event.type !== 'TaskFailed' && event.type !== 'TaskSkipped') return;
    const task = state.tasks.find((t) => t.spec.id === event.taskId);
    if (task && TERMINAL_TASK_STATUSES.has(task.status)) report(checklistLine(task, 0, 'text'));
  });
}
