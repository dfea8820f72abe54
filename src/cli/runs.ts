import { oneLine } from '../core/kernel/format';
import type { RunSummary } from '../core/orchestrator';
import { displayStatus, type DisplayStatus } from '../core/run/display';

/** `task-orchestrator runs`: the run index as a table for people, or JSON for tools. */

/** A summary with the status a person should read: a "running" run no live process drives was interrupted. */
export type ListedRun = RunSummary & { readonly displayStatus: DisplayStatus };

export function listedRun(run: RunSummary, driven: boolean): ListedRun {
  return { ...run, displayStatus: displayStatus(run, driven) };
}

export function renderRunsTable(runs: readonly ListedRun[]): string {
  if (runs.length === 0) return 'No runs in this workspace yet.';
  const rows = runs.map((r) => [r.runId, r.displayStatus, `${r.progress.ended}/${r.progress.total}`, started(r), r.mode === 'local' ? 'local' : r.modelId ?? 'model', oneLine(r.request, 70)]);
  const header = ['RUN', 'STATUS', 'TASKS', 'STARTED', 'MODEL', 'REQUEST'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

function started(run: RunSummary): string {
  return run.startedAt ? run.startedAt.slice(0, 16).replace('T', ' ') : '-';
}
