import type { Conversation } from './conversation';
import type { Reply, ReplyMatch, Scenario } from './scenario';

function asList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function includesAll(haystackLower: string, needles: string | string[] | undefined): boolean {
  return asList(needles).every((needle) => haystackLower.includes(needle.toLowerCase()));
}

export function replyMatches(match: ReplyMatch, conversation: Conversation): boolean {
  if (match.coordinator !== undefined && match.coordinator !== conversation.coordinator) return false;
  if (match.task !== undefined && match.task !== conversation.taskId) return false;
  if (match.turn !== undefined && match.turn !== conversation.turn) return false;
  if (match.hasToolResult !== undefined && match.hasToolResult !== conversation.lastHasToolResult) return false;
  if (match.stream !== undefined && match.stream !== conversation.stream) return false;
  if (!includesAll(conversation.allTextLower, match.contains)) return false;
  return includesAll(conversation.lastUserTextLower, match.lastMessageContains);
}

/**
 * Picks the reply for each request: the first in file order whose conditions all hold and whose
 * `times` budget is not spent. Owning the use counts here is what makes "fail once, then succeed"
 * a matter of writing two replies.
 */
export class ReplySelector {
  private readonly uses = new Map<string, number>();

  constructor(readonly scenario: Scenario) {}

  select(conversation: Conversation): Reply | undefined {
    const reply = this.scenario.replies.find((candidate) =>
      (candidate.times === undefined || (this.uses.get(candidate.id) ?? 0) < candidate.times)
      && replyMatches(candidate.match, conversation));
    if (reply) this.uses.set(reply.id, (this.uses.get(reply.id) ?? 0) + 1);
    return reply;
  }
}
