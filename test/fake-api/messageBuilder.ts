import { randomBytes } from 'node:crypto';
import { estimateTokens, type MessagesRequest } from './conversation';
import type { CacheUsage } from './promptCache';
import type { Reply, Scenario } from './scenario';

/** Wire shapes of the Messages API, as the fake server writes them. */

export interface WireUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
  cache_creation: { ephemeral_5m_input_tokens: number; ephemeral_1h_input_tokens: number };
  server_tool_use: null;
  service_tier: 'standard';
}

export type WireBlock =
  | { type: 'text'; text: string; citations: null }
  | { type: 'tool_use'; id: string; name: string; input: Record<string, unknown>; caller: { type: 'direct' } };

export interface WireMessage {
  id: string;
  type: 'message';
  role: 'assistant';
  model: string;
  content: WireBlock[];
  stop_reason: string | null;
  stop_sequence: null;
  usage: WireUsage;
}

export interface SseEvent {
  readonly event: string;
  readonly data: unknown;
}

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomId(prefix: string, length = 24): string {
  const bytes = randomBytes(length);
  return prefix + Array.from(bytes, (byte) => BASE62[byte % BASE62.length]).join('');
}

/**
 * Tool input that the SDK's partial-JSON parser cannot recover from, so the stream fails the way
 * it does when a real model emits broken tool JSON.
 */
export function breakJson(json: string): string {
  return `${json.slice(0, -1)}, oops: }`;
}

/** Splits a string into up to `parts` non-empty pieces so deltas arrive the way real ones do. */
export function splitIntoChunks(text: string, parts = 3): string[] {
  if (text.length <= 1) return [text];
  const size = Math.ceil(text.length / parts);
  const chunks: string[] = [];
  for (let start = 0; start < text.length; start += size) chunks.push(text.slice(start, start + size));
  return chunks;
}

export interface BuiltReply {
  readonly message: WireMessage;
  /** The exact input_json_delta text of each tool_use block, by content index (broken on malformedJson). */
  readonly toolInputJson: ReadonlyMap<number, string>;
}

/** `cache`: what the prompt cache answers for this request (absent when it is off); scripted usage overrides it field by field. */
export function buildReply(reply: Reply, scenario: Scenario, request: MessagesRequest, cache?: CacheUsage): BuiltReply {
  const content: WireBlock[] = reply.respond.map((block) =>
    'text' in block
      ? { type: 'text', text: block.text, citations: null }
      : { type: 'tool_use', id: block.toolUse.id ?? randomId('toolu_'), name: block.toolUse.name, input: block.toolUse.input, caller: { type: 'direct' } });
  const toolInputJson = new Map<number, string>();
  let broken = false;
  content.forEach((block, index) => {
    if (block.type !== 'tool_use') return;
    const json = JSON.stringify(block.input);
    const breakThis = reply.fault?.kind === 'malformedJson' && !broken;
    toolInputJson.set(index, breakThis ? breakJson(json) : json);
    broken ||= breakThis;
  });
  const stopReason = reply.stopReason ?? (content.some((block) => block.type === 'tool_use') ? 'tool_use' : 'end_turn');
  const scripted = reply.usage;
  const cacheCreation = scripted?.cacheCreation ?? cache?.cacheCreation ?? 0;
  const split = scripted?.cacheCreation === undefined && cache
    ? { ephemeral_5m_input_tokens: cache.cacheCreation5m, ephemeral_1h_input_tokens: cache.cacheCreation1h }
    : { ephemeral_5m_input_tokens: cacheCreation - (scripted?.cacheCreation1h ?? 0), ephemeral_1h_input_tokens: scripted?.cacheCreation1h ?? 0 };
  const usage: WireUsage = {
    input_tokens: scripted?.input ?? cache?.input ?? estimateTokens({ system: request.system, messages: request.messages, tools: request.tools }),
    output_tokens: scripted?.output ?? estimateTokens(content),
    cache_creation_input_tokens: cacheCreation,
    cache_read_input_tokens: scripted?.cacheRead ?? cache?.cacheRead ?? 0,
    cache_creation: split,
    server_tool_use: null,
    service_tier: 'standard',
  };
  const message: WireMessage = {
    id: randomId('msg_'),
    type: 'message',
    role: 'assistant',
    model: reply.model ?? scenario.defaults.model,
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage,
  };
  return { message, toolInputJson };
}

/** The event sequence of a streamed reply, in the order the real API sends it. */
export function streamEvents(built: BuiltReply): SseEvent[] {
  const { message } = built;
  const events: SseEvent[] = [
    {
      event: 'message_start',
      data: { type: 'message_start', message: { ...message, content: [], stop_reason: null, usage: { ...message.usage, output_tokens: 1 } } },
    },
    { event: 'ping', data: { type: 'ping' } },
  ];
  message.content.forEach((block, index) => {
    if (block.type === 'text') {
      events.push({ event: 'content_block_start', data: { type: 'content_block_start', index, content_block: { type: 'text', text: '', citations: null } } });
      for (const text of splitIntoChunks(block.text)) {
        events.push({ event: 'content_block_delta', data: { type: 'content_block_delta', index, delta: { type: 'text_delta', text } } });
      }
    } else {
      events.push({ event: 'content_block_start', data: { type: 'content_block_start', index, content_block: { ...block, input: {} } } });
      for (const partial_json of splitIntoChunks(built.toolInputJson.get(index) ?? '{}')) {
        events.push({ event: 'content_block_delta', data: { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json } } });
      }
    }
    events.push({ event: 'content_block_stop', data: { type: 'content_block_stop', index } });
  });
  const { input_tokens, output_tokens, cache_creation_input_tokens, cache_read_input_tokens } = message.usage;
  events.push({
    event: 'message_delta',
    data: {
      type: 'message_delta',
      delta: { stop_reason: message.stop_reason, stop_sequence: null },
      usage: { input_tokens, output_tokens, cache_creation_input_tokens, cache_read_input_tokens, server_tool_use: null },
    },
  });
  events.push({ event: 'message_stop', data: { type: 'message_stop' } });
  return events;
}

export function formatSse(event: SseEvent): string {
  return `event: ${event.event}\ndata: ${JSON.stringify(event.data)}\n\n`;
}

/**
 * The JSON body of a non-streamed reply. With a malformedJson fault the tool input is spliced in
 * raw, so the body itself is not valid JSON — the closest a non-streamed reply gets to broken input.
 */
export function messageBody(built: BuiltReply, malformed: boolean): string {
  if (!malformed) return JSON.stringify(built.message);
  const placeholders = new Map<string, string>();
  const content = built.message.content.map((block, index) => {
    if (block.type !== 'tool_use' || !built.toolInputJson.has(index)) return block;
    const marker = `__RAW_INPUT_${index}__`;
    placeholders.set(`"${marker}"`, built.toolInputJson.get(index) ?? '{}');
    return { ...block, input: marker };
  });
  let body = JSON.stringify({ ...built.message, content });
  for (const [marker, raw] of placeholders) body = body.replace(marker, raw);
  return body;
}
