import { escapeMarkdown, plainText } from '../kernel/untrustedText';
import type { TaskSpec } from '../plan/types';
import type { TaskStatus } from './state';

/**
 * How a checklist line looks, the same on every surface: a box, the task id, its title and what
 * happened to it. A completed or skipped task has its box ticked (it will not run again; the
 * suffix says it was skipped); everything else is open and says why when it is not simply queued.
 */

export interface ChecklistItem {
  readonly spec: TaskSpec;
  /** Absent: not started (a plan that has not run). */
  readonly status?: TaskStatus;
}

const STATUS_WORDS: Readonly<Record<TaskStatus, string>> = {
  queued: 'queued', in_progress: 'in progress', completed: 'completed', failed: 'failed', skipped: 'skipped', paused: 'paused',
};

export function statusWord(status: TaskStatus): string {
  return STATUS_WORDS[status];
}

export function taskBox(status: TaskStatus = 'queued'): '[x]' | '[ ]' {
  return status === 'completed' || status === 'skipped' ? '[x]' : '[ ]';
}

/** " — skipped", " — failed", …; nothing for a queued or completed task. */
export function statusSuffix(status: TaskStatus = 'queued'): string {
  return status === 'queued' || status === 'completed' ? '' : ` — ${STATUS_WORDS[status]}`;
}

/** "5. Delegate to backend coordinator", on one line (titles may carry a model's flag reason). */
export function taskLabel(spec: TaskSpec): string {
  return `${spec.id}. ${oneLine(spec.title)}`;
}

export type ChecklistFormat = 'markdown' | 'text';

/**
 * One line. Markdown escapes the title and writes "5\." so VS Code's chat does not open an ordered
 * list inside the task-list item (which puts the box and the title on separate lines).
 */
export function checklistLine(item: ChecklistItem, depth: number, format: ChecklistFormat): string {
  const indent = '  '.repeat(depth);
  const box = taskBox(item.status);
  const suffix = statusSuffix(item.status);
  if (format === 'text') return `${indent}${box} ${taskLabel(item.spec)}${suffix}`;
  return `${indent}- ${box} ${item.spec.id}\\. ${escapeMarkdown(oneLine(item.spec.title))}${suffix}`;
}

/** The whole checklist, in order, each sub-task indented under its parent; no trailing newline. */
export function renderChecklist(items: readonly ChecklistItem[], format: ChecklistFormat): string {
  const parents = new Map(items.map((item) => [item.spec.id, item.spec.parentId]));
  return items.map((item) => checklistLine(item, depthOf(parents, item.spec.parentId), format)).join('\n');
}

function depthOf(parents: ReadonlyMap<string, string | undefined>, parentId: string | undefined): number {
  let depth = 0;
  // A parent that is not in the list (or a loop) stops the count: the task still shows.
  for (let id = parentId; id !== undefined && parents.has(id) && depth < 10; id = parents.get(id)) depth++;
  return depth;
}

/** Titles may carry a model's words (a flag's target): control characters go too. */
function oneLine(text: string): string {
  return plainText(text);
}
