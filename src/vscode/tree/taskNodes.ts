import type { DisplayStatus } from '../../core/run/display';
import type { RunState, TaskStatus, TaskView } from '../../core/run/state';
import { taskWaitText } from '../../core/run/waiting';

/**
 * The task tree as data: node kinds, stable ids and parent links, computed from run state.
 * Pure (no `vscode`), so the shape of the tree is unit-tested without an editor.
 */

export type TaskTreeNode =
  | { readonly kind: 'run'; readonly id: string; readonly runId: string }
  | { readonly kind: 'task'; readonly id: string; readonly runId: string; readonly taskId: string }
  | { readonly kind: 'group'; readonly id: string; readonly runId: string; readonly group: 'delegation' | 'flags' }
  | { readonly kind: 'delegation'; readonly id: string; readonly runId: string; readonly taskId: string }
  | { readonly kind: 'flag'; readonly id: string; readonly runId: string; readonly flagId: string };

export const runNode = (runId: string): TaskTreeNode => ({ kind: 'run', id: runId, runId });
export const taskNode = (runId: string, taskId: string): TaskTreeNode => ({ kind: 'task', id: `${runId}/${taskId}`, runId, taskId });
const groupNode = (runId: string, group: 'delegation' | 'flags'): TaskTreeNode => ({ kind: 'group', id: `${runId}/#${group}`, runId, group });

export function runChildren(state: RunState): TaskTreeNode[] {
  const nodes = state.tasks.filter((t) => t.spec.parentId === undefined).map((t) => taskNode(state.runId, t.spec.id));
  if (state.tasks.some((t) => t.delegation)) nodes.push(groupNode(state.runId, 'delegation'));
  if (pendingFlags(state).length > 0) nodes.push(groupNode(state.runId, 'flags'));
  return nodes;
}

export function taskChildren(state: RunState, taskId: string): TaskTreeNode[] {
  return state.tasks.filter((t) => t.spec.parentId === taskId).map((t) => taskNode(state.runId, t.spec.id));
}

const DELEGATION_ORDER = { completed: 0, failed: 1, in_progress: 2, queued: 3 } as const;

export function groupChildren(state: RunState, group: 'delegation' | 'flags'): TaskTreeNode[] {
  if (group === 'flags') {
    return pendingFlags(state).map((f) => ({ kind: 'flag', id: `${state.runId}/#flags/${f.record.id}`, runId: state.runId, flagId: f.record.id }));
  }
  return state.tasks
    .filter((t): t is TaskView & { delegation: NonNullable<TaskView['delegation']> } => t.delegation !== undefined)
    .sort((a, b) => DELEGATION_ORDER[a.delegation.status] - DELEGATION_ORDER[b.delegation.status])
    .map((t) => ({ kind: 'delegation', id: `${state.runId}/#delegation/${t.spec.id}`, runId: state.runId, taskId: t.spec.id }));
}

export function parentOf(state: RunState | undefined, node: TaskTreeNode): TaskTreeNode | undefined {
  switch (node.kind) {
    case 'run':
      return undefined;
    case 'group':
      return runNode(node.runId);
    case 'delegation':
      return groupNode(node.runId, 'delegation');
    case 'flag':
      return groupNode(node.runId, 'flags');
    case 'task': {
      const parentId = state?.tasks.find((t) => t.spec.id === node.taskId)?.spec.parentId;
      return parentId === undefined ? runNode(node.runId) : taskNode(node.runId, parentId);
    }
  }
}

/** Flags not settled yet: raised and not processed, or kept for the user to review. */
export function pendingFlags(state: RunState): RunState['flags'] {
  return state.flags.filter((f) => f.status === 'raised' || f.status === 'review');
}

export const TASK_ICONS: Readonly<Record<TaskStatus, string>> = {
  queued: 'circle-outline',
  in_progress: 'sync~spin',
  completed: 'pass',
  failed: 'error',
  paused: 'debug-pause',
  skipped: 'circle-slash',
};

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  const seconds = ms / 1000;
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  return `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

export function formatTokens(count: number): string {
  return count >= 1000 ? `${(count / 1000).toFixed(1)}k tok` : `${count} tok`;
}

/** "backend · 2.4 s · 3.1k tok · $0.0123": who did it, how long, how much (`cost`: from core/cost, absent in local mode). */
export function describeTask(task: TaskView, cost?: string): string {
  const parts: string[] = [];
  const delegation = task.delegation;
  if (delegation) parts.push(delegation.coordinator);
  const durationMs = delegation?.durationMs ?? elapsedMs(task);
  // Bookkeeping steps take no measurable time; "0 ms" on every row is noise.
  if (durationMs !== undefined && durationMs > 0) parts.push(formatDuration(durationMs));
  const tokens = delegation ? delegation.usage.inputTokens + delegation.usage.outputTokens : 0;
  if (tokens > 0) parts.push(formatTokens(tokens));
  if (cost) parts.push(cost);
  const wait = taskWaitText(task);
  if (wait) parts.push(wait);
  return parts.join(' · ');
}

function elapsedMs(task: TaskView): number | undefined {
  if (!task.startedAt || !task.endedAt) return undefined;
  return Math.max(0, Date.parse(task.endedAt) - Date.parse(task.startedAt));
}

/** Drives the run's context menu: `run` for every run, plus its situation (see `displayStatus`). */
export function runContextValue(status: DisplayStatus): string {
  return `run run-${status === 'running' ? 'active' : status}`;
}
