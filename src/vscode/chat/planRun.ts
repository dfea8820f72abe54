import { parseChecklist } from '../../core/plan/checklistSchema';
import type { Checklist } from '../../core/plan/types';
import { isOrchestratorChatMetadata } from './metadata';

/**
 * "Run this plan": a `/plan` reply keeps the checklist it showed in its metadata (the chat keeps
 * it with the conversation), and its button asks `/run` with the same request. A request that
 * matches a plan shown in this conversation runs that checklist, exactly; otherwise it is planned.
 */

const PARTICIPANT = '@orchestrator';

/** The button under a plan: the chat sends `@orchestrator /run <request>` as if typed. */
export function runPlanButton(request: string): { command: string; title: string; arguments: unknown[] } {
  return { command: 'workbench.action.chat.open', title: 'Run this plan', arguments: [{ query: `${PARTICIPANT} /run ${request}` }] };
}

/** The newest plan shown for `request` in this conversation (metadata oldest first), if any. */
export function plannedChecklistFor(request: string, metadataNewestLast: readonly unknown[]): Checklist | undefined {
  const wanted = sameRequest(request);
  for (let i = metadataNewestLast.length - 1; i >= 0; i--) {
    const metadata = metadataNewestLast[i];
    if (!isOrchestratorChatMetadata(metadata) || metadata.command !== 'plan' || metadata.plan === undefined) continue;
    if (sameRequest(metadata.plan.request) !== wanted) continue;
    return parseChecklist(metadata.plan.checklist);
  }
  return undefined;
}

function sameRequest(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The request as typed, without the participant's name: the chat input keeps `@orchestrator`
 * and a user often types it again, which would otherwise become part of the run's title.
 */
export function requestText(prompt: string): string {
  return prompt.replace(/^(\s*@orchestrator\b)+/i, '').trim();
}
