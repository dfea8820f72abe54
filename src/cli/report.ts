import { existsSync } from 'node:fs';
import { renderRunAudit } from '../core/audit/runAudit';
import type { Orchestrator } from '../core/orchestrator';
import type { CliCommand } from './args';

/**
 * `task-orchestrator report RUN_ID`: the run's audit as Markdown (checklist, delegations with every
 * model turn, flags, answer, proposed memory edits), or with `--json` the folded run state.
 */
export function printReport(command: Extract<CliCommand, { kind: 'report' }>, orchestrator: Orchestrator): number {
  if (!existsSync(orchestrator.journalPath(command.runId))) {
    const recent = orchestrator.listRuns().slice(0, 5).map((run) => `  ${run.runId}  ${run.status.padEnd(9)}  ${run.request}`);
    const list = recent.length > 0 ? `Recent runs:\n${recent.join('\n')}` : 'There are no runs in this folder yet.';
    process.stderr.write(`task-orchestrator: no run ${command.runId} in ${command.cwd}. ${list}\n`);
    return 1;
  }
  const state = orchestrator.loadRun(command.runId);
  process.stdout.write(command.json ? `${JSON.stringify(state, null, 2)}\n` : renderRunAudit(state));
  return 0;
}
