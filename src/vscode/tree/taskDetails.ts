import { statusWord, taskLabel } from '../../core/run/checklistLines';
import { turnsOf, type RunState, type TaskView } from '../../core/run/state';
import { renderTranscript } from '../../core/audit/transcript';
import { codeFence as fence } from '../../core/kernel/markdown';
import { taskWaitText } from '../../core/run/waiting';
import { describeTask, formatDuration } from './taskNodes';

/** The read-only "Show Task Details" document: what the task was asked, what came back, what it cost. */
export function renderTaskDetails(state: RunState, taskId: string): string {
  const task = state.tasks.find((t) => t.spec.id === taskId);
  if (!task) return `# Task ${taskId}\n\nRun ${state.runId} has no task ${taskId}.\n`;
  const lines: string[] = [`# ${taskLabel(task.spec)}`, ''];
  lines.push(`- **Run:** ${state.runId} — ${state.request}`);
  lines.push(`- **Status:** ${statusWord(task.status)}`);
  lines.push(`- **Kind:** ${task.spec.kind}`);
  const summary = describeTask(task);
  if (summary) lines.push(`- **Coordinator / time / tokens:** ${summary}`);
  if (task.startedAt) lines.push(`- **Started:** ${task.startedAt}`);
  if (task.endedAt) lines.push(`- **Ended:** ${task.endedAt}`);
  if (task.spec.parentId) lines.push(`- **Sub-task of:** ${task.spec.parentId}${task.spec.flagId ? ` (flag ${task.spec.flagId})` : ''}`);
  if (task.evidence) lines.push(`- **Evidence:** ${task.evidence}`);
  if (task.failure) lines.push(`- **Error:** ${task.failure.message}`);
  const wait = taskWaitText(task);
  if (wait) lines.push(`- **Waiting:** ${wait}`);
  lines.push('');
  if (task.spec.context) lines.push('## Context', '', task.spec.context, '');
  lines.push(...delegationSection(task, state));
  const turns = turnsOf(task);
  if (turns.length > 0) lines.push('## Conversation', '', ...renderTranscript(turns, { headingLevel: 3 }));
  return lines.join('\n') + '\n';
}

function delegationSection(task: TaskView, state: RunState): string[] {
  const d = task.delegation;
  if (!d) return [];
  const lines: string[] = [`## Delegation to ${d.coordinator} (${d.status})`, ''];
  if (d.durationMs !== undefined) lines.push(`Time: ${formatDuration(d.durationMs)}`, '');
  lines.push(
    `Tokens: ${d.usage.inputTokens} in, ${d.usage.outputTokens} out, ${d.usage.cacheReadInputTokens} cache read, ${d.usage.cacheCreationInputTokens} cache write`,
    '',
  );
  if (d.prompt) lines.push('### What it was asked', '', fence(d.prompt), '');
  if (d.progress.length > 0) lines.push('### Progress', '', ...d.progress.map((p) => `- ${p}`), '');
  if (d.failure) lines.push('### Error', '', d.failure.message, '');
  const report = d.report;
  if (report) {
    lines.push('### What came back', '', report.summary, '');
    if (report.findings.length > 0) {
      lines.push('### Findings', '');
      for (const f of report.findings) {
        lines.push(`#### ${f.title} (${f.severity})`, '', f.detail, '');
        for (const e of f.evidence) lines.push(`- \`${e.file}:${e.line}${e.endLine ? `-${e.endLine}` : ''}\`${e.excerpt ? ` — \`${e.excerpt.trim()}\`` : ''}`);
        if (f.evidence.length > 0) lines.push('');
      }
    }
    if (report.memoryNotes.length > 0) {
      lines.push('### Memory notes', '', ...report.memoryNotes.map((n) => `- ${n.module ? `modules/${n.module}.md` : 'CLAUDE.md'}: ${n.note}`), '');
    }
  }
  const raised = state.flags.filter((f) => f.record.raisedBy.taskId === task.spec.id);
  if (raised.length > 0) {
    lines.push('### Flags raised', '');
    for (const f of raised) lines.push(`- **${f.record.type}** (${f.record.priority}, ${f.status}): ${f.record.reason}${f.note ? ` — ${f.note}` : ''}`);
    lines.push('');
  }
  return lines;
}
