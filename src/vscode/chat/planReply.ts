import { describeLeftOutDomains, summarizeClassification } from '../../core/plan/explain';
import type { Checklist } from '../../core/plan/types';
import { escapeMarkdown } from '../../core/kernel/untrustedText';

/**
 * How a plan's template choice reads in the chat: the core's summary, escaped (examples and
 * signals can come from a workspace's template files), and the one-click offer of the other
 * template when the classifier was unsure.
 */

const CHAT_PARTICIPANT = '@orchestrator';

export function classificationMarkdown(checklist: Pick<Checklist, 'classification' | 'domains' | 'leftOutDomains' | 'priority'>): string {
  const summary = summarizeClassification(checklist.classification);
  const lines = [`**Template:** ${escapeMarkdown(summary.headline)}${checklist.priority === 'critical' ? ', priority **critical**' : ''}`, ''];
  for (const reason of summary.reasons) lines.push(`- ${escapeMarkdown(reason)}`);
  const leftOut = describeLeftOutDomains(checklist);
  lines.push('', `**Domains:** ${escapeMarkdown(checklist.domains.join(', ') || 'none')}${leftOut ? ` — left out: ${escapeMarkdown(leftOut)}` : ''}`);
  if (summary.lowConfidence) lines.push('', `> ⚠ ${escapeMarkdown(summary.lowConfidence.message)}`);
  return `${lines.join('\n')}\n\n`;
}

/** A chat button that plans the same request with the other template, or nothing when the plan is sure. */
export function alternativePlanButton(checklist: Pick<Checklist, 'classification'>, request: string): { command: string; title: string; arguments: unknown[] } | undefined {
  const alternative = summarizeClassification(checklist.classification).lowConfidence?.alternative;
  if (alternative === undefined) return undefined;
  return {
    command: 'workbench.action.chat.open',
    title: `Plan as ${alternative}`,
    arguments: [{ query: `${CHAT_PARTICIPANT} /plan --template ${alternative} ${request.trim()}` }],
  };
}
