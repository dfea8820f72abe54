import * as vscode from 'vscode';
import { statusWord, taskLabel } from '../../core/run/checklistLines';
import { describeProgress, displayStatus, runProgress, tasksLeft, type DisplayStatus } from '../../core/run/display';
import type { RunState } from '../../core/run/state';
import { Disposable } from '../lifecycle';
import type { RunService } from '../runService';
import {
  TASK_ICONS, describeTask, formatDuration, groupChildren, parentOf, pendingFlags, runChildren, runContextValue, runNode,
  taskChildren, type TaskTreeNode,
} from './taskNodes';

const REFRESH_DELAY_MS = 100;

/** The Tasks view: runs newest first, the current one expanded into its checklist. Renders run state only. */
export class TaskTreeProvider extends Disposable implements vscode.TreeDataProvider<TaskTreeNode> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<TaskTreeNode | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly _onDidRefresh = this._register(new vscode.EventEmitter<void>());
  /** After each coalesced refresh; the badge and tests follow it. */
  readonly onDidRefresh = this._onDidRefresh.event;
  private readonly stateCache = new Map<string, RunState>();
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly runs: RunService) {
    super();
    this._register(runs.onDidChangeRun(() => this.scheduleRefresh()));
    this._register({ dispose: () => clearTimeout(this.refreshTimer) });
  }

  /** Coalesced: a burst of run events becomes one redraw. */
  scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refresh();
    }, REFRESH_DELAY_MS);
  }

  refresh(): void {
    this.stateCache.clear();
    this._onDidChangeTreeData.fire(undefined);
    this._onDidRefresh.fire();
  }

  state(runId: string): RunState | undefined {
    const current = this.runs.currentRun;
    if (current?.runId === runId) return current.state;
    let state = this.stateCache.get(runId);
    if (!state) {
      state = this.runs.loadRun(runId);
      if (state) this.stateCache.set(runId, state);
    }
    return state;
  }

  getChildren(node?: TaskTreeNode): TaskTreeNode[] {
    if (!node) return this.runs.listRuns().map((r) => runNode(r.runId));
    const state = this.state(node.runId);
    if (!state) return [];
    switch (node.kind) {
      case 'run':
        return runChildren(state);
      case 'task':
        return taskChildren(state, node.taskId);
      case 'group':
        return groupChildren(state, node.group);
      default:
        return [];
    }
  }

  getParent(node: TaskTreeNode): TaskTreeNode | undefined {
    return parentOf(this.state(node.runId), node);
  }

  /** Tasks not yet done in the run this window drives (the view badge). */
  tasksLeftInCurrentRun(): number {
    const current = this.runs.currentRun;
    return current?.running ? tasksLeft(current.state) : 0;
  }

  /** The in-progress task nodes of the current run, for `reveal`. */
  activeTaskNodes(): TaskTreeNode[] {
    return this.currentTaskNodes((t) => t.status === 'in_progress');
  }

  private currentTaskNodes(include: (task: RunState['tasks'][number]) => boolean): TaskTreeNode[] {
    const current = this.runs.currentRun;
    if (!current) return [];
    return current.state.tasks.filter(include).map((t) => ({ kind: 'task', id: `${current.runId}/${t.spec.id}`, runId: current.runId, taskId: t.spec.id }));
  }

  getTreeItem(node: TaskTreeNode): vscode.TreeItem {
    const state = this.state(node.runId);
    if (!state) return new vscode.TreeItem(`Run ${node.runId} (journal unreadable)`);
    switch (node.kind) {
      case 'run':
        return this.runItem(node, state);
      case 'task':
        return this.taskItem(node, state, node.taskId);
      case 'group':
        return this.groupItem(node, state);
      case 'delegation':
        return this.delegationItem(node, state, node.taskId);
      case 'flag':
        return this.flagItem(node, state, node.flagId);
    }
  }

  private runItem(node: TaskTreeNode, state: RunState): vscode.TreeItem {
    const current = this.runs.currentRun;
    const isCurrent = current?.runId === state.runId;
    const item = new vscode.TreeItem(truncate(state.request, 60), isCurrent ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    const status = displayStatus(state, this.runs.isActive(state.runId));
    const progress = runProgress(state);
    const folder = this.runs.folderLabel(state.workspace);
    item.description = `${status} · ${progress.ended}/${progress.total}${state.mode === 'local' ? ' · local' : ''}${folder ? ` · ${folder}` : ''}`;
    item.tooltip = new vscode.MarkdownString(
      `**${state.request}**\n\nRun \`${state.runId}\` — ${status}, ${describeProgress(progress)}, started ${state.startedAt}, in ${state.workspace}${state.failure ? `\n\n${state.failure.message}` : ''}`,
    );
    item.iconPath = new vscode.ThemeIcon(runIcon(status));
    item.contextValue = runContextValue(status);
    return item;
  }

  private taskItem(node: TaskTreeNode, state: RunState, taskId: string): vscode.TreeItem {
    const task = state.tasks.find((t) => t.spec.id === taskId);
    if (!task) return new vscode.TreeItem(`Task ${taskId}`);
    const hasChildren = state.tasks.some((t) => t.spec.parentId === taskId);
    const item = new vscode.TreeItem(taskLabel(task.spec), hasChildren ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    // VS Code keeps the collapse state it first saw for an id: a task that gains sub-tasks from a
    // flag would stay folded. A distinct id once it has children makes it open, expanded, as new.
    item.id = hasChildren ? `${node.id}/with-sub-tasks` : node.id;
    item.description = describeTask(task);
    item.iconPath = new vscode.ThemeIcon(TASK_ICONS[task.status], statusColor(task.status));
    const detail = task.failure?.message ?? task.evidence;
    item.tooltip = new vscode.MarkdownString(`**${task.spec.title}** — ${statusWord(task.status)}${detail ? `\n\n${detail}` : ''}`);
    item.contextValue = `task task-${task.status}`;
    item.accessibilityInformation = { label: `${taskLabel(task.spec)}, ${statusWord(task.status)}` };
    item.command = { command: 'taskOrchestrator.showTaskDetails', title: 'Show Task Details', arguments: [node] };
    return item;
  }

  private groupItem(node: TaskTreeNode & { kind: 'group' }, state: RunState): vscode.TreeItem {
    const isDelegation = node.group === 'delegation';
    const count = isDelegation ? state.tasks.filter((t) => t.delegation).length : pendingFlags(state).length;
    const item = new vscode.TreeItem(isDelegation ? 'Delegation' : 'Flags pending', vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = String(count);
    item.iconPath = new vscode.ThemeIcon(isDelegation ? 'organization' : 'flag');
    item.contextValue = `group-${node.group}`;
    return item;
  }

  private delegationItem(node: TaskTreeNode, state: RunState, taskId: string): vscode.TreeItem {
    const task = state.tasks.find((t) => t.spec.id === taskId);
    const d = task?.delegation;
    const item = new vscode.TreeItem(d?.coordinator ?? taskId);
    item.id = node.id;
    if (d) {
      item.description = `${d.status.replace('_', ' ')} · task ${taskId}${d.durationMs !== undefined ? ` · ${formatDuration(d.durationMs)}` : ''}`;
      item.iconPath = new vscode.ThemeIcon(d.status === 'completed' ? 'pass' : d.status === 'failed' ? 'error' : d.status === 'in_progress' ? 'sync~spin' : 'circle-outline');
      item.tooltip = d.report?.summary ?? d.failure?.message;
    }
    item.contextValue = 'delegation';
    item.command = { command: 'taskOrchestrator.showTaskDetails', title: 'Show Task Details', arguments: [{ runId: state.runId, taskId }] };
    return item;
  }

  private flagItem(node: TaskTreeNode, state: RunState, flagId: string): vscode.TreeItem {
    const flag = state.flags.find((f) => f.record.id === flagId);
    const item = new vscode.TreeItem(flag?.record.type ?? flagId);
    item.id = node.id;
    if (flag) {
      item.description = `${flag.record.priority} · from ${flag.record.raisedBy.coordinator}`;
      item.tooltip = flag.record.reason;
      item.iconPath = new vscode.ThemeIcon('flag', flag.record.priority === 'critical' ? new vscode.ThemeColor('errorForeground') : undefined);
    }
    item.contextValue = 'flag';
    return item;
  }
}

function truncate(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

function runIcon(status: DisplayStatus): string {
  switch (status) {
    case 'running':
      return 'sync~spin';
    case 'completed':
      return 'pass-filled';
    case 'failed':
      return 'error';
    case 'cancelled':
      return 'circle-slash';
    case 'interrupted':
      return 'debug-pause';
  }
}

function statusColor(status: RunState['tasks'][number]['status']): vscode.ThemeColor | undefined {
  if (status === 'completed') return new vscode.ThemeColor('testing.iconPassed');
  if (status === 'failed') return new vscode.ThemeColor('testing.iconFailed');
  return undefined;
}
