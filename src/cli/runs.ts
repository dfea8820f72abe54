import { oneLine } from '../core/kernel/format';
import type { RunSummary } from '../core/orchestrator';

/** `task-orchestrator runs`: the run index as a table for people, or JSON for tools. */

export function renderRunsTable(runs: readonly RunSummary[]): string {
  if (runs.length === 0) return 'No runs in this workspace yet.';
  const rows = runs.map((r) => [r.runId, r.status, `${r.progress.ended}/${r.progress.total}`, started(r), r.mode === 'local' ? 'local' : r.modelId ?? 'model', oneLine(r.request, 70)]);
  const header = ['RUN', 'STATUS', 'TASKS', 'STARTED', 'MODEL', 'REQUEST'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

function started(run: RunSummary): string {
  return run.startedAt ? run.startedAt.slice(0, 16).replace('T', ' ') : '-';
}
