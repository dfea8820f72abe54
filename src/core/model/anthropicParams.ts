import type Anthropic from '@anthropic-ai/sdk';
import type {
  AssistantBlock,
  ModelMessage,
  ModelTurnRequest,
  ModelTurnResult,
  StopReason,
  SystemBlock,
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
 * the cache-marked prefix (tools, then system) serializes to the same bytes on every call that
 * shares it; any difference there would silently turn cache reads into cache writes.
 */
export function toMessageParams(request: ModelTurnRequest): MessageStreamParams {
  const params: MessageStreamParams = {
    model: request.model,
    max_tokens: request.maxTokens,
    system: toSystemParam(request.system),
    messages: toMessageParamList(request.messages),
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
  return tools.map((tool, index) => {
    const param: Tool = {
      name: tool.name,
      description: tool.description,
      input_schema: { type: 'object', ...tool.inputSchema },
    };
    if (index === tools.length - 1) param.cache_control = EPHEMERAL;
    return param;
  });
}

/**
 * The last block of the conversation is marked too, so the next turn of a tool loop reads the whole
 * earlier conversation from cache instead of paying for it again.
 */
function toMessageParamList(messages: readonly ModelMessage[]): MessageParam[] {
  return messages.map((message, index): MessageParam => {
    const isLastMessage = index === messages.length - 1;
    if (message.role === 'assistant') {
      const blocks = message.content.filter((block) => block.type !== 'text' || block.text !== '');
      const content = blocks.length > 0 ? blocks.map(assistantBlockParam) : [EMPTY_ASSISTANT_TURN];
      return { role: 'assistant', content: content.map((block, i) => markForCache(block, isLastMessage && i === content.length - 1)) };
    }
    const content = message.content.map(userBlockParam);
    return { role: 'user', content: content.map((block, i) => markForCache(block, isLastMessage && i === content.length - 1)) };
  });
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

function markForCache(block: ContentBlockParam, mark: boolean): ContentBlockParam {
  // The API rejects a cache mark on an empty text block, so such a block stays unmarked.
  if (!mark || (block.type === 'text' && block.text === '')) return block;
  if (block.type === 'text' || block.type === 'tool_use' || block.type === 'tool_result') return { ...block, cache_control: EPHEMERAL };
  return block;
}

export function toTurnResult(message: Message): ModelTurnResult {
  const content: AssistantBlock[] = [];
  for (const block of message.content) {
    if (block.type === 'text') content.push({ type: 'text', text: block.text });
    else if (block.type === 'tool_use') content.push({ type: 'tool_use', id: block.id, name: block.name, input: block.input });
  }
  return {
    content,
    stopReason: message.stop_reason as StopReason | null,
    model: message.model,
    usage: {
      inputTokens: message.usage.input_tokens ?? 0,
      outputTokens: message.usage.output_tokens ?? 0,
      cacheCreationInputTokens: message.usage.cache_creation_input_tokens ?? 0,
      cacheReadInputTokens: message.usage.cache_read_input_tokens ?? 0,
    },
  };
}
