import type { CoordinatorReport } from '../kernel/contract';
import { redactSecrets } from '../workspace/secretText';
import { flagContext } from './flagPolicy';
import type { RunState, TaskView } from './state';

/**
 * The task prompt a coordinator receives. Built only from run state, with no clock or randomness,
 * so a resumed run sends the same prompt the interrupted one did. A secret quoted in it (by a flag's
 * context or an earlier finding) is replaced, here, so the journal records what the model was sent.
 */
export function buildDelegationPrompt(state: RunState, task: TaskView): string {
  const spec = task.spec;
  const parts: string[] = [
    `User request: ${state.request}`,
    `Your task: ${spec.title} (task ${spec.id} of the checklist).`,
  ];
  if (spec.context) parts.push(`Why you are asked:\n${spec.context}`);
  if (spec.followUpOf) {
    parts.push(`You already answered this request in task ${spec.followUpOf} (your report is among the findings below). This is a follow-up: report only what the context above adds or changes, and do not repeat your earlier findings.`);
  }
  const coveredFlags = state.flags.filter((f) => f.coveredBy === spec.id);
  if (coveredFlags.length > 0) parts.push(`Flags raised for you by other coordinators:\n${coveredFlags.map((f) => flagContext(f.record)).join('\n\n')}`);

  const earlier = state.tasks.filter((t) => t !== task && t.delegation?.status === 'completed' && t.delegation.report);
  if (earlier.length > 0) {
    parts.push('Findings from coordinators that already ran:\n' + earlier.map((t) => renderReport(t.delegation!.coordinator, t.delegation!.report!)).join('\n'));
  }

  const related = state.checklist?.relatedMemory ?? [];
  if (related.length > 0) {
    parts.push('Related prior work in project memory:\n' + related.map((m) => `- ${m.file} › ${m.heading}: ${m.excerpt}`).join('\n'));
  }
  parts.push('Investigate with the read-only workspace tools, cite file and line for every finding, raise flags for other domains, then call submit_report.');
  return redactSecrets(parts.join('\n\n')).text;
}

export function renderReport(coordinator: string, report: CoordinatorReport): string {
  const lines = [`- ${coordinator}: ${report.summary}`];
  for (const f of report.findings) {
    const where = f.evidence.map((e) => `${e.file}:${e.line}`).join(', ');
    lines.push(`  - [${f.severity}] ${f.title}${where ? ` (${where})` : ''}: ${f.detail}`);
  }
  for (const flag of report.flags) lines.push(`  - flag ${flag.type}: ${flag.reason}`);
  return lines.join('\n');
}
