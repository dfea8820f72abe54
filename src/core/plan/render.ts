import type { TaskSpec } from './types';

export type TaskState = 'queued' | 'in_progress' | 'completed' | 'failed' | 'skipped' | 'paused';

const STATE_SUFFIX: Readonly<Record<TaskState, string>> = {
  queued: '',
  in_progress: ' _(in progress)_',
  completed: '',
  failed: ' _(failed)_',
  skipped: ' _(skipped)_',
  paused: ' _(paused)_',
};

/** Titles can carry a flag's reason written by a model: keep them from turning into links or markup. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (char) => `\\${char}`).replace(/\s+/g, ' ');
}

function line(task: TaskSpec, depth: number, state: TaskState): string {
  const box = state === 'completed' ? '[x]' : '[ ]';
  const title = escapeMarkdown(task.title);
  const shown = state === 'skipped' ? `~~${title}~~` : title;
  return `${'  '.repeat(depth)}- ${box} ${task.id}. ${shown}${STATE_SUFFIX[state]}`;
}

/**
 * The checklist as a Markdown task list, sub-tasks indented under their parent task. Used by chat and
 * the CLI; tasks added during the run (from flags) are included when passed in `checklist.tasks`.
 */
export function renderChecklistMarkdown(
  checklist: { readonly tasks: readonly TaskSpec[] },
  states: Readonly<Record<string, TaskState>> = {},
): string {
  const ids = new Set(checklist.tasks.map((t) => t.id));
  const children = new Map<string, TaskSpec[]>();
  const roots: TaskSpec[] = [];
  for (const task of checklist.tasks) {
    // A sub-task whose parent is unknown still shows, at the top level, rather than disappearing.
    if (task.parentId !== undefined && ids.has(task.parentId) && task.parentId !== task.id) {
      const siblings = children.get(task.parentId) ?? [];
      siblings.push(task);
      children.set(task.parentId, siblings);
    } else {
      roots.push(task);
    }
  }
  const lines: string[] = [];
  const visited = new Set<string>();
  const visit = (task: TaskSpec, depth: number): void => {
    if (visited.has(task.id)) return;
    visited.add(task.id);
    lines.push(line(task, depth, states[task.id] ?? 'queued'));
    for (const child of children.get(task.id) ?? []) visit(child, depth + 1);
  };
  roots.forEach((task) => visit(task, 0));
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
