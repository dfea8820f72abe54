import { renderRunAudit } from '../core/audit/runAudit';
import type { Orchestrator } from '../core/orchestrator';
import type { CliCommand } from './args';

/**
 * `task-orchestrator report RUN_ID`: the run's audit as Markdown (checklist, delegations with every
 * model turn, flags, answer, proposed memory edits), or with `--json` the folded run state.
 */
export async function printReport(command: Extract<CliCommand, { kind: 'report' }>, orchestrator: Orchestrator): Promise<number> {
  // An unknown run id is a RunNotFoundError naming the recent runs, printed like any error.
  const state = await orchestrator.loadRun(command.runId);
  process.stdout.write(command.json ? `${JSON.stringify(state, null, 2)}\n` : renderRunAudit(state));
  return 0;
}
