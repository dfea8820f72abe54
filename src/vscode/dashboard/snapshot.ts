import type markdownItModule from 'markdown-it';
import { describeCostPause, formatUsd, runCostLines } from '../../core/cost/describe';
import { checklistLine } from '../../core/run/checklistLines';
import { describeProgress, displayStatus, runProgress, runTitle } from '../../core/run/display';
import type { RunState, TaskView } from '../../core/run/state';
import { taskWaitText } from '../../core/run/waiting';
import type { DashboardDiscovery, DashboardRun, DashboardSnapshot } from '../../protocol/dashboard';

/** Turns run state into the webview's view model. Pure: no `vscode`, so it runs under node:test. */

let markdown: ReturnType<typeof markdownItModule> | undefined;

export function renderMarkdownSafe(text: string): string {
  // Loaded on the first answer shown (its own file in the extension: scripts/build.mjs), not at activation.
  // Raw HTML off: model output is untrusted and the webview inserts this HTML as is.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
  markdown ??= (require('markdown-it') as typeof markdownItModule)({ html: false, linkify: false, typographer: false });
  return markdown.render(text);
}

function costOf(state: RunState): DashboardRun['cost'] {
  const lines = runCostLines(state);
  if (!lines) return undefined;
  const limit = state.costTerms?.limitUsd;
  return { ...lines, ...(limit !== undefined ? { limit: `limit ${formatUsd(limit)}` } : {}) };
}

function withWait(task: TaskView): string {
  const wait = taskWaitText(task);
  return wait ? ` — ${wait}` : '';
}

/** What the host found in the memory files: which proposals are still pending, which are applied. */
export interface MemoryProgress {
  readonly pending: number;
  readonly applied: readonly string[];
}

export function toDashboardRun(state: RunState, active: boolean, folder?: string, memory?: MemoryProgress): DashboardRun {
  const progress = runProgress(state);
  return {
    runId: state.runId,
    title: runTitle(state.request),
    request: state.request,
    status: displayStatus(state, active),
    active,
    mode: state.mode,
    folder,
    priority: state.priority,
    progress: { percent: progress.percent, label: `${describeProgress(progress)} · ${progress.percent}%` },
    currentTasks: state.tasks.filter((t) => t.status === 'in_progress').map((t) => `${checklistLine(t, 0, 'text')}${withWait(t)}`),
    discoveries: state.tasks.map(toDiscovery).filter((d): d is DashboardDiscovery => d !== undefined),
    flags: state.flags.map((f) => ({
      id: f.record.id,
      type: f.record.type,
      reason: f.record.reason,
      priority: f.record.priority,
      raisedBy: f.record.raisedBy.coordinator,
      state: f.status,
      note: f.note,
    })),
    tokens: {
      input: state.usage.inputTokens,
      output: state.usage.outputTokens,
      cacheRead: state.usage.cacheReadInputTokens,
      cacheWrite: state.usage.cacheCreationInputTokens,
    },
    cost: costOf(state),
    costPause: state.costPause ? describeCostPause(state.costPause) : undefined,
    synthesisHtml: state.synthesis ? renderMarkdownSafe(state.synthesis) : undefined,
    memoryEditCount: memory?.pending ?? state.memoryEdits.length,
    memoryApplied: memory?.applied ?? [],
    error: state.failure?.message,
  };
}

function toDiscovery(task: TaskView): DashboardDiscovery | undefined {
  const delegation = task.delegation;
  if (!delegation) return undefined;
  return {
    domain: delegation.coordinator,
    status: delegation.status,
    summary: delegation.report?.summary,
    error: delegation.failure?.message,
    findings: (delegation.report?.findings ?? []).map((f) => ({
      title: f.title,
      severity: f.severity,
      detailHtml: renderMarkdownSafe(f.detail),
      evidence: f.evidence.map((e) => `${e.file}:${e.line}`),
    })),
  };
}

export function buildSnapshot(
  state: RunState | undefined,
  options: { readonly active: boolean; readonly folder?: string; readonly trustNotice?: string; readonly modeNotice?: string; readonly memory?: MemoryProgress },
): DashboardSnapshot {
  return {
    trustNotice: options.trustNotice,
    modeNotice: options.modeNotice,
    run: state ? toDashboardRun(state, options.active, options.folder, options.memory) : undefined,
  };
}
