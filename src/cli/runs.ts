import { shortCostWithCache } from '../core/cost/describe';
import { oneLine, thousands } from '../core/kernel/format';
import type { RunSummary } from '../core/orchestrator';
import { displayStatus, type DisplayStatus } from '../core/run/display';

/** `task-orchestrator runs`: the run index as a table for people, or JSON for tools. */

/** A summary with the status a person should read: a "running" run no live process drives was interrupted. */
export type ListedRun = RunSummary & { readonly displayStatus: DisplayStatus };

export function listedRun(run: RunSummary, driven: boolean): ListedRun {
  return { ...run, displayStatus: displayStatus(run, driven) };
}

/** `total`: runs there are in all; when the table shows fewer, its last line says how many and how to see them. */
export function renderRunsTable(runs: readonly ListedRun[], total = runs.length): string {
  if (runs.length === 0) return 'No runs in this workspace yet.';
  const rows = runs.map((r) => [
    r.runId, r.displayStatus, `${r.progress.ended}/${r.progress.total}`, started(r), r.mode === 'local' ? 'local' : r.modelId ?? 'model',
    (r.mode === 'model' && r.cost && shortCostWithCache(r.cost)) || '-', oneLine(r.request, 70),
  ]);
  const header = ['RUN', 'STATUS', 'TASKS', 'STARTED', 'MODEL', 'COST', 'REQUEST'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join('  ');
  const older = total - runs.length;
  const more = older > 0 ? [`… ${thousands(older)} older run${older === 1 ? '' : 's'} not shown (--limit N or --all shows them)`] : [];
  return [line(header), ...rows.map(line), ...more].join('\n');
}

function started(run: RunSummary): string {
  return run.startedAt ? run.startedAt.slice(0, 16).replace('T', ' ') : '-';
}
