import { z } from 'zod';

/**
 * What the matcher needs to know about a Messages API request body. Parsed loosely: the fake
 * server must accept every block type the real API accepts, and only reads the ones it matches on.
 */

const blockSchema = z
  .object({
    type: z.string(),
    text: z.string().optional(),
    input: z.unknown().optional(),
    content: z.union([z.string(), z.array(z.object({ type: z.string(), text: z.string().optional() }).loose())]).optional(),
  })
  .loose();
type Block = z.infer<typeof blockSchema>;

const messageSchema = z.object({
  role: z.enum(['user', 'assistant']),
  content: z.union([z.string(), z.array(blockSchema)]),
}).loose();
type Message = z.infer<typeof messageSchema>;

export const messagesRequestSchema = z
  .object({
    model: z.string().min(1),
    max_tokens: z.number().int().positive(),
    messages: z.array(messageSchema).min(1),
    system: z.union([z.string(), z.array(blockSchema)]).optional(),
    tools: z.array(z.unknown()).optional(),
    stream: z.boolean().optional(),
  })
  .loose();
export type MessagesRequest = z.infer<typeof messagesRequestSchema>;

export const countTokensRequestSchema = messagesRequestSchema.omit({ max_tokens: true, stream: true });

export interface Conversation {
  /**
   * Who asks, read from the request itself as the real API would see it: a coordinator's first user
   * message says "You are the backend coordinator" (its system prompt holds every coordinator's
   * brief), the synthesis' system prompt "You are the synthesis step".
   */
  readonly coordinator?: string;
  /** The checklist task, from "(task 5 of the checklist)" in the first user message. */
  readonly taskId?: string;
  /** All text of system + messages (text, tool input, tool results), lower-cased, newline-joined. */
  readonly allTextLower: string;
  /** Text of the last user message, including its tool_result content, lower-cased. */
  readonly lastUserTextLower: string;
  /** The same, as sent, for error messages. */
  readonly lastUserText: string;
  /** 1 + the number of assistant messages in the request. */
  readonly turn: number;
  readonly lastHasToolResult: boolean;
  readonly stream: boolean;
}

function blockText(block: Block): string {
  if (typeof block.text === 'string') return block.text;
  if (block.type === 'tool_use') return JSON.stringify(block.input ?? {});
  if (block.type === 'tool_result') {
    if (typeof block.content === 'string') return block.content;
    return (block.content ?? []).map((part) => part.text ?? '').join('\n');
  }
  return '';
}

function messageText(message: Message): string {
  if (typeof message.content === 'string') return message.content;
  return message.content.map(blockText).join('\n');
}

const WHO_ASKS = /You are the ([\w-]+) (?:coordinator|step)\b/g;
const TASK_ID = /\(task ([\w.-]+) of the checklist\)/;

/** Who is asking is said last: at the end of the first user message, or else of the system text. */
function lastMatch(pattern: RegExp, text: string): string | undefined {
  let found: string | undefined;
  for (const match of text.matchAll(pattern)) found = match[1];
  return found;
}

export function describeConversation(request: MessagesRequest): Conversation {
  const systemText = request.system === undefined
    ? ''
    : typeof request.system === 'string' ? request.system : request.system.map(blockText).join('\n');
  const lastUser = [...request.messages].reverse().find((message) => message.role === 'user');
  const lastUserText = lastUser ? messageText(lastUser) : '';
  const lastHasToolResult = lastUser !== undefined && typeof lastUser.content !== 'string'
    && lastUser.content.some((block) => block.type === 'tool_result');
  const firstUser = request.messages.find((message) => message.role === 'user');
  return {
    coordinator: (firstUser ? lastMatch(WHO_ASKS, messageText(firstUser)) : undefined) ?? lastMatch(WHO_ASKS, systemText),
    taskId: firstUser ? TASK_ID.exec(messageText(firstUser))?.[1] : undefined,
    allTextLower: [systemText, ...request.messages.map(messageText)].join('\n').toLowerCase(),
    lastUserTextLower: lastUserText.toLowerCase(),
    lastUserText,
    turn: 1 + request.messages.filter((message) => message.role === 'assistant').length,
    lastHasToolResult,
    stream: request.stream === true,
  };
}

/** A rough token count, as the fake API's estimates go: four characters a token. */
export function estimateTokens(value: unknown): number {
  const text = typeof value === 'string' ? value : JSON.stringify(value ?? '');
  return Math.max(1, Math.ceil(text.length / 4));
}
