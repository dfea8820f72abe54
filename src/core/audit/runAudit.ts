import { codeFence, escapeMarkdown } from '../kernel/untrustedText';
import { safeInlineMarkdown, safeMarkdown } from '../kernel/safeMarkdown';
import { renderChecklist } from '../run/checklistLines';
import { describeProgress, displayStatus, runProgress } from '../run/display';
import { countEvidence, describeEvidenceCounts, evidenceMarkdown } from '../run/evidence';
import { turnsOf, type RunState, type TaskView } from '../run/state';
import { plural } from '../kernel/format';
import { renderTranscript } from './transcript';
import { describeCostPause, formatUsd, priceLines, runCostLines, taskCostLine } from '../cost/describe';

/**
 * The audit trail of one run as Markdown: the checklist with every task's state and evidence, each
 * delegation's prompt and report, flags, usage, the answer and the proposed memory edits.
 * Built from run state only, so an exported run and a replayed journal say the same. Everything a
 * model wrote is kept (unverified evidence too, labelled so) and goes through the sanitizer.
 */
export function renderRunAudit(state: RunState, options: { readonly driven: boolean } = { driven: false }): string {
  const progress = runProgress(state);
  const c = state.checklist?.classification;
  const out: string[] = [
    `# Run ${state.runId}`,
    '',
    `- Request: ${escapeMarkdown(state.request)}`,
    `- Status: ${displayStatus(state, options.driven)}${state.failure ? ` — ${escapeMarkdown(state.failure.message)}` : ''}`,
    `- Mode: ${state.mode === 'local' ? 'local analyzers (no model)' : escapeMarkdown(`model ${state.modelId ?? ''}`.trim())}`,
    `- Started: ${state.startedAt}${state.endedAt ? `, ended: ${state.endedAt}` : ''}`,
    `- Progress: ${describeProgress(progress)} (${progress.percent} %)`,
    `- Priority: ${state.priority}`,
  ];
  if (c) out.push(`- Template: ${c.templateId}@${c.templateVersion} (${escapeMarkdown(c.matchedRule)})`);
  out.push(`- Tokens: ${state.usage.inputTokens} in, ${state.usage.outputTokens} out, ${state.usage.cacheReadInputTokens} read from cache`);
  const cost = runCostLines(state);
  if (cost) out.push(`- Cost: ${cost.total}`);

  out.push('', '## Checklist', '');
  // The checklist as every surface shows it, each line followed by its evidence or failure.
  const lines = renderChecklist(state.tasks, 'markdown').split('\n');
  state.tasks.forEach((task, i) => {
    const detail = task.failure?.message ?? task.evidence;
    out.push(detail ? `${lines[i]}: ${escapeMarkdown(detail)}` : lines[i]);
  });

  const delegations = state.tasks.filter((t) => t.delegation && t.delegation.status !== 'queued');
  if (delegations.length > 0) out.push('', '## Delegations');
  for (const task of delegations) {
    const d = task.delegation!;
    out.push('', `### ${task.spec.id}. ${escapeMarkdown(d.coordinator)} — ${d.status}${d.durationMs !== undefined ? ` in ${(d.durationMs / 1000).toFixed(1)} s` : ''}`);
    if (d.prompt) out.push('', 'Asked:', '', codeFence(d.prompt));
    if (d.report) {
      out.push('', `Answered: ${safeInlineMarkdown(d.report.summary)}`);
      if (d.report.findings.length > 0) out.push('', `Evidence: ${describeEvidenceCounts(countEvidence(d.report.findings))}`, '');
      for (const f of d.report.findings) {
        const where = f.evidence.map(evidenceMarkdown).join(', ');
        out.push(`- [${f.severity}] ${escapeMarkdown(f.title)} — ${safeInlineMarkdown(f.detail)}${where ? ` (${where})` : ''}`);
      }
    }
    if (d.failure) out.push('', `Error: ${escapeMarkdown(d.failure.message)}`);
    out.push(`Tokens: ${d.usage.inputTokens} in, ${d.usage.outputTokens} out`);
    const taskCost = taskCostLine(state, task.spec.id);
    if (taskCost) out.push(`Cost: ${taskCost}`);
    out.push(...conversation(task));
  }

  if (state.flags.length > 0) {
    out.push('', '## Flags', '');
    for (const f of state.flags) {
      out.push(`- ${f.record.type} (${f.record.priority}) from ${escapeMarkdown(f.record.raisedBy.coordinator)}, task ${f.record.raisedBy.taskId}: ${f.status} — ${escapeMarkdown(f.record.reason)}${f.note ? `. ${escapeMarkdown(f.note)}` : ''}`);
    }
  }
  if (state.synthesis) out.push('', '## Answer', '', safeMarkdown(state.synthesis));
  const synthesis = state.tasks.find((t) => t.spec.kind === 'synthesize');
  if (synthesis) out.push(...conversation(synthesis));
  if (cost) out.push(...costSection(state, cost));
  if (state.memoryEdits.length > 0) {
    out.push('', '## Proposed memory edits (not written until reviewed)');
    for (const e of state.memoryEdits) out.push('', `### ${e.kind === 'create' ? 'Create' : 'Append to'} ${escapeMarkdown(e.path)}`, '', codeFence(e.text, 'markdown'));
  }
  return out.join('\n') + '\n';
}

/** What the run cost, by coordinator, at which prices, and every stop at its cost limit. */
function costSection(state: RunState, cost: NonNullable<ReturnType<typeof runCostLines>>): string[] {
  const out = ['', '## Cost', '', `- Run: ${cost.total}`, ...cost.coordinators.map((line) => `- ${line}`)];
  if (cost.note) out.push('', `Note: ${cost.note}.`);
  out.push('', 'Prices (USD per million tokens):', '', ...priceLines(state).map((line) => `- ${line}`));
  const limit = state.costTerms?.limitUsd;
  out.push('', limit === undefined ? 'No cost limit.' : `Cost limit: ${formatUsd(limit)}.`);
  for (const { pause, decision } of state.costDecisions ?? []) {
    const outcome = !decision ? 'no decision (the run was stopped meanwhile)'
      : decision.decision === 'continue' ? `continued with the limit at ${formatUsd(decision.limitUsd)}`
        : `stopped (${decision.by === 'user' ? 'decided by the user' : 'no one to ask'})`;
    out.push(`- ${describeCostPause(pause)} Then: ${outcome}.`);
  }
  return out;
}

/** The task's model conversation, each turn folded away: the audit stays readable, nothing is left out. */
function conversation(task: TaskView): string[] {
  const turns = turnsOf(task);
  if (turns.length === 0) return [];
  return ['', `Conversation (${plural(turns.length, 'model turn')}):`, '', ...renderTranscript(turns, { collapsible: true })];
}
