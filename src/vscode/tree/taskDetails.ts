import { statusWord, taskLabel } from '../../core/run/checklistLines';
import { runTitle } from '../../core/run/display';
import { waitingFor } from '../../core/run/waitingFor';
import { turnsOf, type RunState, type TaskView } from '../../core/run/state';
import { renderTranscript } from '../../core/audit/transcript';
import { codeFence as fence, codeSpan, escapeMarkdown } from '../../core/kernel/untrustedText';
import { safeInlineMarkdown, safeMarkdown } from '../../core/kernel/safeMarkdown';
import { countEvidence, describeEvidenceCounts, evidenceMarkdown } from '../../core/run/evidence';
import { taskWaitText } from '../../core/run/waiting';
import { describeTask, formatDuration } from './taskNodes';
import { taskCostLine } from '../../core/cost/describe';

/**
 * "Show Task Details", as Markdown for the Markdown preview: what the task waits for or did, what
 * it was asked, each tool call, what came back and what it cost. Whatever a model or the workspace
 * wrote (prompts, summaries, findings, flag reasons) goes through the sanitizer: the preview renders
 * Markdown the user Ctrl+clicks in, and model text must stay text (links only http(s)).
 */
export function renderTaskDetails(state: RunState, taskId: string): string {
  const task = state.tasks.find((t) => t.spec.id === taskId);
  if (!task) return `# Task ${escapeMarkdown(taskId)}\n\nRun ${state.runId} has no task ${escapeMarkdown(taskId)}.\n`;
  const lines: string[] = [`# ${escapeMarkdown(taskLabel(task.spec))}`, ''];
  const facts: string[] = [
    `**Status:** ${statusWord(task.status)}`,
    `**Run:** ${escapeMarkdown(runTitle(state.request))} (\`${state.runId}\`)`,
  ];
  const waits = waitingFor(state, taskId);
  if (waits) facts.push(`**Waiting for:** ${escapeMarkdown(waits)}`);
  // Coordinator, time and tokens belong to delegations; a step says how long it took, if at all.
  if (task.delegation) facts.push(`**Coordinator / time / tokens:** ${describeTask(task)}`);
  else if (describeTask(task)) facts.push(`**Time:** ${describeTask(task)}`);
  const cost = taskCostLine(state, taskId);
  if (cost) facts.push(`**Cost:** ${cost}`);
  if (task.spec.parentId) facts.push(`**Sub-task of:** ${task.spec.parentId}${flagOrigin(state, task)}`);
  if (task.spec.followUpOf) facts.push(`**Follow-up of:** task ${task.spec.followUpOf} (asked again with the new context only)`);
  if (task.startedAt) facts.push(`**Started:** ${task.startedAt}${task.endedAt ? ` · **Ended:** ${task.endedAt}` : ''}`);
  if (task.evidence) facts.push(`**${task.status === 'skipped' ? 'Why skipped' : 'Evidence'}:** ${escapeMarkdown(task.evidence)}`);
  if (task.failure) facts.push(`**Error:** ${escapeMarkdown(task.failure.message)}`);
  const wait = taskWaitText(task);
  if (wait) facts.push(`**Waiting:** ${escapeMarkdown(wait)}`);
  lines.push(facts.join('  \n'), '');
  if (task.spec.context) lines.push('## Why it was asked', '', fence(task.spec.context), '');
  lines.push(...delegationSection(task, state));
  const turns = turnsOf(task);
  if (turns.length > 0) lines.push('## Conversation', '', ...renderTranscript(turns, { headingLevel: 3 }));
  return lines.join('\n') + '\n';
}

function flagOrigin(state: RunState, task: TaskView): string {
  const flag = task.spec.flagId ? state.flags.find((f) => f.record.id === task.spec.flagId) : undefined;
  return flag ? ` (flag ${flag.record.type} from ${flag.record.raisedBy.coordinator})` : '';
}

function delegationSection(task: TaskView, state: RunState): string[] {
  const d = task.delegation;
  if (!d) return [];
  const lines: string[] = [`## Delegation to ${d.coordinator} (${d.status.replace('_', ' ')})`, ''];
  const time = d.durationMs !== undefined ? `Time: ${formatDuration(d.durationMs)} · ` : '';
  lines.push(`${time}Tokens: ${d.usage.inputTokens} in, ${d.usage.outputTokens} out, ${d.usage.cacheReadInputTokens} cache read, ${d.usage.cacheCreationInputTokens} cache write`, '');
  if (d.prompt) lines.push('### What it was asked', '', fence(d.prompt), '');
  if (d.progress.length > 0) {
    lines.push('### Tool calls and what came of them', '', ...d.progress.map((p) => `- ${codeSpan(p)}`), '');
  } else if (d.status === 'completed' || d.status === 'failed') {
    lines.push('### Tool calls and what came of them', '', 'None: it answered from its prompt.', '');
  }
  if (d.failure) lines.push('### Error', '', escapeMarkdown(d.failure.message), '');
  const report = d.report;
  if (report) {
    lines.push('### What came back', '', safeMarkdown(report.summary), '');
    if (report.findings.length > 0) {
      lines.push('### Findings', '', `Evidence: ${describeEvidenceCounts(countEvidence(report.findings))}.`, '');
      for (const f of report.findings) {
        lines.push(`#### ${escapeMarkdown(f.title)} (${f.severity})`, '', safeMarkdown(f.detail), '');
        for (const e of f.evidence) lines.push(`- ${evidenceMarkdown(e)}${e.excerpt ? ` — ${codeSpan(e.excerpt.trim())}` : ''}`);
        if (f.evidence.length > 0) lines.push('');
      }
    }
    if (report.memoryNotes.length > 0) {
      lines.push('### Memory notes', '', ...report.memoryNotes.map((n) => `- ${n.module ? `modules/${escapeMarkdown(n.module)}.md` : 'CLAUDE.md'}: ${safeInlineMarkdown(n.note)}`), '');
    }
  }
  const raised = state.flags.filter((f) => f.record.raisedBy.taskId === task.spec.id);
  if (raised.length > 0) {
    lines.push('### Flags raised', '');
    for (const f of raised) lines.push(`- **${f.record.type}** (${f.record.priority}, ${f.status}): ${escapeMarkdown(f.record.reason)}${f.note ? ` — ${escapeMarkdown(f.note)}` : ''}`);
    lines.push('');
  }
  return lines;
}
