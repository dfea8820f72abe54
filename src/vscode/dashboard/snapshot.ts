import { describeCostPause, formatUsd, runCostLines } from '../../core/cost/describe';
import { loadMarkdownIt } from '../../core/kernel/markdownIt';
import { safeMarkdown } from '../../core/kernel/safeMarkdown';
import { plainText, stripControls } from '../../core/kernel/untrustedText';
import { checklistLine } from '../../core/run/checklistLines';
import { describeProgress, displayStatus, runProgress, runTitle } from '../../core/run/display';
import { countEvidence, describeEvidenceCounts, evidenceLabel, isVerified } from '../../core/run/evidence';
import type { RunState, TaskView } from '../../core/run/state';
import { taskWaitText } from '../../core/run/waiting';
import type { DashboardDiscovery, DashboardRun, DashboardSnapshot } from '../../protocol/dashboard';

/** Turns run state into the webview's view model. Pure: no `vscode`, so it runs under node:test. */

let markdown: ReturnType<ReturnType<typeof loadMarkdownIt>> | undefined;

export function renderMarkdownSafe(text: string): string {
  // Raw HTML off: model output is untrusted and the webview inserts this HTML as is. The text is
  // sanitized first, so the only links left are http(s) and images are their alt text.
  markdown ??= loadMarkdownIt()({ html: false, linkify: false, typographer: false });
  return markdown.render(safeMarkdown(text));
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
    title: plainText(runTitle(state.request)),
    request: stripControls(state.request),
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
      reason: plainText(f.record.reason),
      priority: f.record.priority,
      raisedBy: plainText(f.record.raisedBy.coordinator),
      state: f.status,
      note: f.note === undefined ? undefined : plainText(f.note),
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
    error: state.failure === undefined ? undefined : plainText(state.failure.message),
  };
}

function toDiscovery(task: TaskView): DashboardDiscovery | undefined {
  const delegation = task.delegation;
  if (!delegation) return undefined;
  const findings = delegation.report?.findings ?? [];
  return {
    domain: delegation.coordinator,
    status: delegation.status,
    summary: delegation.report ? plainText(delegation.report.summary) : undefined,
    error: delegation.failure ? plainText(delegation.failure.message) : undefined,
    evidence: findings.length > 0 ? `Evidence: ${describeEvidenceCounts(countEvidence(findings))}` : undefined,
    findings: findings.map((f) => ({
      title: plainText(f.title),
      severity: f.severity,
      detailHtml: renderMarkdownSafe(f.detail),
      evidence: f.evidence.map((e) => ({ label: plainText(evidenceLabel(e)), verified: isVerified(e) })),
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
