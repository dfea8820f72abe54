import { basename } from 'node:path';
import * as vscode from 'vscode';
import { runShortCost, shortCostWithCache, taskShortCost } from '../../core/cost/describe';
import { plainLines, plainText } from '../../core/kernel/untrustedText';
import { statusWord, taskLabel } from '../../core/run/checklistLines';
import { describeProgress, displayStatus, runTitle, tasksLeft, type DisplayStatus } from '../../core/run/display';
import type { RunSummary } from '../../core/orchestrator';
import { runIdOfJournal } from '../../core/run/journalNames';
import { summarizeRun } from '../../core/run/runSummary';
import { waitingFor } from '../../core/run/waitingFor';
import type { RunState } from '../../core/run/state';
import { Disposable } from '../lifecycle';
import type { RunService } from '../runService';
import { JournalFolderWatch } from './journalFolderWatch';
import {
  TASK_ICONS, describeTask, formatDuration, groupChildren, parentOf, pendingFlags, runChildren, runContextValue, runNode,
  taskChildren, type TaskTreeNode,
} from './taskNodes';

const REFRESH_DELAY_MS = 100;

/**
 * The Tasks view: runs newest first, the current one expanded into its checklist. Renders run state
 * only. Runs are listed from the engine's run index (their summaries: no journal is folded to draw
 * the list), and a run's journal is read (in slices) only when that run is expanded.
 */
export class TaskTreeProvider extends Disposable implements vscode.TreeDataProvider<TaskTreeNode> {
  private readonly _onDidChangeTreeData = this._register(new vscode.EventEmitter<TaskTreeNode | undefined>());
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private readonly _onDidRefresh = this._register(new vscode.EventEmitter<void>());
  /** After each coalesced refresh; the badge and tests follow it. */
  readonly onDidRefresh = this._onDidRefresh.event;
  /** What the last listing said about each run. */
  private summaries = new Map<string, RunSummary>();
  /** States of expanded past runs, read since the last refresh. */
  private readonly stateCache = new Map<string, RunState>();
  private recheck = true;
  private refreshTimer: ReturnType<typeof setTimeout> | undefined;
  private journalWatchers: vscode.FileSystemWatcher[] = [];
  private readonly journalFolders: JournalFolderWatch;

  constructor(private readonly runs: RunService, log?: vscode.LogOutputChannel) {
    super();
    this.journalFolders = this._register(new JournalFolderWatch(() => runs.journalFolders(), (runId) => this.journalChanged(runId), (m) => log?.warn(m)));
    this._register(runs.onDidChangeRun(() => this.scheduleRefresh()));
    this._register({ dispose: () => clearTimeout(this.refreshTimer) });
    this._register({ dispose: () => this.journalWatchers.forEach((w) => w.dispose()) });
    this.watchJournals();
    this._register(vscode.workspace.onDidChangeWorkspaceFolders(() => this.watchJournals()));
  }

  /** Coalesced: a burst of run events becomes one redraw. */
  scheduleRefresh(): void {
    if (this.refreshTimer) return;
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.refresh(false);
    }, REFRESH_DELAY_MS);
  }

  /** `recheck`: compare every journal with its summary (the Refresh command), not only those known to have changed. */
  refresh(recheck = true): void {
    this.recheck ||= recheck;
    this.stateCache.clear();
    this._onDidChangeTreeData.fire(undefined);
    this._onDidRefresh.fire();
  }

  /**
   * Runs another process writes (the CLI, another window) change in the tree as they go, without
   * folding every journal: a watcher marks the run that changed. Two watch each folder: VS Code's
   * (which also sees the journal folder appear) and our own on the folder once it exists
   * (`JournalFolderWatch`, for when VS Code's is excluded, out of inotify watches or not started).
   */
  private watchJournals(): void {
    this.journalWatchers.forEach((w) => w.dispose());
    this.journalWatchers = (vscode.workspace.workspaceFolders ?? []).map((folder) => {
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '.orchestrator/runs/*.jsonl'));
      const changed = (uri: vscode.Uri) => this.journalChanged(runIdOfJournal(basename(uri.fsPath)));
      watcher.onDidChange(changed);
      watcher.onDidCreate(changed);
      watcher.onDidDelete(changed);
      return watcher;
    });
  }

  /**
   * A file watcher saw a journal change: that run is listed afresh, unless the change is this
   * window's own write echoed back (the tree has drawn it already). A redraw clears the rows' handles
   * until VS Code asks for them again, and a context-menu action picked meanwhile reaches its
   * command with no row.
   */
  journalChanged(runId: string | undefined): void {
    if (this.runs.invalidateRun(runId)) this.scheduleRefresh();
  }

  private state(runId: string): RunState | undefined {
    const current = this.runs.currentRun;
    return current?.runId === runId ? current.state : this.stateCache.get(runId);
  }

  private async loadState(runId: string): Promise<RunState | undefined> {
    const known = this.state(runId);
    if (known) return known;
    const state = await this.runs.loadRun(runId);
    if (state) this.stateCache.set(runId, state);
    return state;
  }

  async getChildren(node?: TaskTreeNode): Promise<TaskTreeNode[]> {
    if (!node) {
      const recheck = this.recheck;
      this.recheck = false;
      this.journalFolders.ensure();
      const runs = await this.runs.listRuns({ recheck });
      this.summaries = new Map(runs.map((r) => [r.runId, r]));
      return runs.map((r) => runNode(r.runId));
    }
    const state = await this.loadState(node.runId);
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

  async getParent(node: TaskTreeNode): Promise<TaskTreeNode | undefined> {
    return parentOf(node.kind === 'task' ? await this.loadState(node.runId) : undefined, node);
  }

  /** Tasks not yet done in the run this window drives (the view badge). */
  tasksLeftInCurrentRun(): number {
    const current = this.runs.currentRun;
    return current?.running ? tasksLeft(current.state) : 0;
  }

  async getTreeItem(node: TaskTreeNode): Promise<vscode.TreeItem> {
    if (node.kind === 'run') return this.runItem(node);
    const state = await this.loadState(node.runId);
    if (!state) return new vscode.TreeItem(`Run ${node.runId} (journal unreadable)`);
    switch (node.kind) {
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

  /** Drawn from the run's summary (or the live state of the run this window drives), never from its journal. */
  private runItem(node: TaskTreeNode): vscode.TreeItem {
    const current = this.runs.currentRun;
    const isCurrent = current?.runId === node.runId;
    const run = isCurrent ? summarizeRun(current.state, { updatedAt: Date.now(), size: 0 }) : this.summaries.get(node.runId);
    if (!run) return new vscode.TreeItem(`Run ${node.runId}`);
    const item = new vscode.TreeItem(plainText(runTitle(run.request)), isCurrent ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    const status = displayStatus(run, this.runs.isActive(run.runId));
    const progress = run.progress;
    const folder = this.runs.folderLabel(run.workspace);
    // The run this window drives is costed live; the others as their summary in the run index says.
    const cost = isCurrent ? runShortCost(current.state) : run.cost && shortCostWithCache(run.cost);
    item.description = `${status} · ${progress.ended}/${progress.total}${run.mode === 'local' ? ' · local' : ''}${cost ? ` · ${cost}` : ''}${folder ? ` · ${folder}` : ''}`;
    item.tooltip = textTooltip(run.request, `Run ${run.runId} — ${status}, ${describeProgress(progress)}, started ${run.startedAt}, in ${run.workspace}`, run.failure?.message);
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
    item.description = describeTask(task, taskShortCost(state, taskId));
    item.iconPath = new vscode.ThemeIcon(TASK_ICONS[task.status], statusColor(task.status));
    const detail = task.failure?.message ?? waitingFor(state, taskId) ?? task.evidence;
    item.tooltip = textTooltip(task.spec.title, statusWord(task.status), detail);
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
      item.tooltip = plainTooltip(d.report?.summary ?? d.failure?.message);
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
      const review = flag.status === 'review';
      item.description = `${review ? 'to review · ' : ''}${flag.record.priority} · from ${plainText(flag.record.raisedBy.coordinator)}`;
      item.tooltip = textTooltip(flag.record.type, review ? 'kept for your review: dismiss it, or delegate it to a coordinator' : flag.status, [flag.record.reason, flag.note].filter(Boolean).join('\n\n'));
      item.iconPath = new vscode.ThemeIcon('flag', flag.record.priority === 'critical' ? new vscode.ThemeColor('errorForeground') : undefined);
      item.contextValue = review ? 'flag flag-review' : 'flag';
      item.accessibilityInformation = { label: `${flag.record.type}${review ? ', to review' : ''}, from ${plainText(flag.record.raisedBy.coordinator)}` };
    } else {
      item.contextValue = 'flag';
    }
    return item;
  }
}

/**
 * A bold title, a status and a detail, all of it shown as text: run requests, task titles and
 * details carry model and user text, which must not become Markdown, links or HTML here.
 */
function textTooltip(title: string, status: string, detail?: string): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString();
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendMarkdown('**').appendText(plainText(title)).appendMarkdown('** — ').appendText(plainText(status));
  if (detail) tooltip.appendMarkdown('\n\n').appendText(plainLines(detail));
  return tooltip;
}

/** A plain-string tooltip is shown as text; only control characters need to go. */
function plainTooltip(text: string | undefined): string | undefined {
  return text === undefined ? undefined : plainLines(text);
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
