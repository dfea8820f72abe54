import type Anthropic from '@anthropic-ai/sdk';
import type {
  AssistantBlock,
  ModelMessage,
  ModelTurnRequest,
  ModelTurnResult,
  StopReason,
  SystemBlock,
  TokenUsage,
  ToolDefinition,
  UserBlock,
} from './port';

type MessageStreamParams = Anthropic.Messages.MessageStreamParams;
type TextBlockParam = Anthropic.Messages.TextBlockParam;
type Tool = Anthropic.Messages.Tool;
type MessageParam = Anthropic.Messages.MessageParam;
type Message = Anthropic.Messages.Message;
type ContentBlockParam = Anthropic.Messages.ContentBlockParam;

const EPHEMERAL = { type: 'ephemeral' } as const;

/**
 * The API rejects empty text blocks and empty assistant turns in the history, yet a model may end a
 * turn with nothing; this stands in for that silence when the conversation is sent back.
 */
const EMPTY_ASSISTANT_TURN: ContentBlockParam = { type: 'text', text: '(no answer)' };

/**
 * Builds the request body. Every object is created with a fixed key order from the inputs alone, so
 * the cache-marked prefix (tools, then system, then the shared start of the conversation) serializes to the same bytes on every call that
 * shares it; any difference there would silently turn cache reads into cache writes.
 */
export function toMessageParams(request: ModelTurnRequest): MessageStreamParams {
  const params: MessageStreamParams = {
    model: request.model,
    max_tokens: request.maxTokens,
    system: toSystemParam(request.system),
    messages: toMessageParamList(request.messages, request.system.some((block) => block.cache) ? 1 : 0),
  };
  if (request.tools.length > 0) params.tools = toToolParams(request.tools);
  return params;
}

export function toSystemParam(blocks: readonly SystemBlock[]): TextBlockParam[] {
  let lastCached = -1;
  blocks.forEach((block, index) => {
    if (block.cache) lastCached = index;
  });
  return blocks.map((block, index) =>
    index === lastCached ? { type: 'text', text: block.text, cache_control: EPHEMERAL } : { type: 'text', text: block.text },
  );
}

export function toToolParams(tools: readonly ToolDefinition[]): Tool[] {
  // No cache mark of their own: the system prompt's mark ends a prefix that begins with them, and
  // a request may carry only MAX_CACHE_MARKS marks.
  return tools.map((tool) => ({
    name: tool.name,
    description: tool.description,
    input_schema: { type: 'object', ...tool.inputSchema },
  }));
}

/** The API rejects a request with more blocks marked for the cache than this. */
export const MAX_CACHE_MARKS = 4;

/**
 * Marks the text blocks the engine flagged as the end of a shared prefix, and the last block of
 * the conversation, so the next turn of a tool loop reads the whole earlier conversation from
 * cache instead of paying for it again. `reserved` marks are already spent (the system prompt's);
 * when there are more candidates than marks left, the earliest flagged ones go without (a later
 * mark still reads every prefix the API finds before it).
 */
function toMessageParamList(messages: readonly ModelMessage[], reserved: number): MessageParam[] {
  const params = messages.map((message): MessageParam => {
    if (message.role === 'assistant') {
      const blocks = message.content.filter((block) => block.type !== 'text' || block.text !== '');
      return { role: 'assistant', content: blocks.length > 0 ? blocks.map(assistantBlockParam) : [EMPTY_ASSISTANT_TURN] };
    }
    return { role: 'user', content: message.content.map(userBlockParam) };
  });
  const candidates: { message: number; block: number }[] = [];
  messages.forEach((message, m) => {
    if (message.role !== 'user') return;
    message.content.forEach((block, b) => {
      if (block.type === 'text' && block.cache === true) candidates.push({ message: m, block: b });
    });
  });
  const last = params.length - 1;
  if (last >= 0) {
    const lastBlock = (params[last].content as ContentBlockParam[]).length - 1;
    if (!candidates.some((c) => c.message === last && c.block === lastBlock)) candidates.push({ message: last, block: lastBlock });
  }
  for (const { message, block } of candidates.slice(-Math.max(0, MAX_CACHE_MARKS - reserved))) {
    const content = params[message].content as ContentBlockParam[];
    content[block] = markForCache(content[block]);
  }
  return params;
}

function assistantBlockParam(block: AssistantBlock): ContentBlockParam {
  if (block.type === 'text') return { type: 'text', text: block.text };
  return { type: 'tool_use', id: block.id, name: block.name, input: block.input };
}

function userBlockParam(block: UserBlock): ContentBlockParam {
  if (block.type === 'text') return { type: 'text', text: block.text };
  const result: Anthropic.Messages.ToolResultBlockParam = { type: 'tool_result', tool_use_id: block.toolUseId, content: block.content };
  if (block.isError) result.is_error = true;
  return result;
}

function markForCache(block: ContentBlockParam): ContentBlockParam {
  // The API rejects a cache mark on an empty text block, so such a block stays unmarked.
  if (block.type === 'text' && block.text === '') return block;
  if (block.type === 'text' || block.type === 'tool_use' || block.type === 'tool_result') return { ...block, cache_control: EPHEMERAL };
  return block;
}

export function toTurnResult(message: Message): ModelTurnResult {
  const content: AssistantBlock[] = [];
  for (const block of message.content) {
    if (block.type === 'text') content.push({ type: 'text', text: block.text });
    else if (block.type === 'tool_use') content.push({ type: 'tool_use', id: block.id, name: block.name, input: block.input });
  }
  return { content, stopReason: message.stop_reason as StopReason | null, model: message.model, usage: toTokenUsage(message.usage) };
}

function toTokenUsage(usage: Message['usage']): TokenUsage {
  const hourWrites = usage.cache_creation?.ephemeral_1h_input_tokens ?? 0;
  return {
    inputTokens: usage.input_tokens ?? 0,
    outputTokens: usage.output_tokens ?? 0,
    cacheCreationInputTokens: usage.cache_creation_input_tokens ?? 0,
    // Priced at the 1-hour rate: kept apart only when there are some.
    ...(hourWrites > 0 ? { cacheCreation1hInputTokens: hourWrites } : {}),
    cacheReadInputTokens: usage.cache_read_input_tokens ?? 0,
  };
}

/** What an answer that broke off had used, as far as its stream told. */
export interface CutOffUsage {
  readonly usage: TokenUsage;
  /** The stream ended before its final output count: the output is counted from what arrived. */
  readonly outputEstimated: boolean;
}

/**
 * The tokens of an attempt cut off after the API began answering (`message_start` came): its
 * prompt, cache writes and reads were counted then, and the API bills them. The output count comes
 * with `message_delta` near the end; before it, what arrived is counted at about four characters a
 * token. Undefined when the answer never began (nothing was billed).
 */
export function cutOffUsage(snapshot: Message | undefined, outputCounted: boolean): CutOffUsage | undefined {
  if (!snapshot) return undefined;
  const usage = toTokenUsage(snapshot.usage);
  if (outputCounted) return { usage, outputEstimated: false };
  const chars = snapshot.content.reduce((sum, block) => sum + streamedChars(block), 0);
  return { usage: { ...usage, outputTokens: Math.max(usage.outputTokens, Math.ceil(chars / 4)) }, outputEstimated: true };
}

function streamedChars(block: Message['content'][number]): number {
  if (block.type === 'text') return block.text.length;
  if (block.type !== 'tool_use') return 0;
  try {
    // The SDK parses a tool's input lazily from what arrived, and throws when that is not JSON yet.
    return JSON.stringify(block.input ?? '').length;
  } catch {
    return 0;
  }
}
