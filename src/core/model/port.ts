/**
 * The model port: one assistant turn in, one assistant turn out. The tool-use loop, the response
 * contract and retries of invalid output live in core/delegation, so every implementation of this
 * port (Anthropic SDK, VS Code's language models) only has to do a single turn well.
 */

export interface TextBlock {
  readonly type: 'text';
  readonly text: string;
  /**
   * In a user message: the end of a prefix other calls share (the run's part of a task prompt), so
   * the client asks the API to cache it. Clients without a prompt cache ignore it.
   */
  readonly cache?: boolean;
}
export interface ToolUseBlock { readonly type: 'tool_use'; readonly id: string; readonly name: string; readonly input: unknown }
export interface ToolResultBlock {
  readonly type: 'tool_result';
  readonly toolUseId: string;
  readonly content: string;
  readonly isError?: boolean;
}
export type AssistantBlock = TextBlock | ToolUseBlock;
export type UserBlock = TextBlock | ToolResultBlock;

export type ModelMessage =
  | { readonly role: 'user'; readonly content: readonly UserBlock[] }
  | { readonly role: 'assistant'; readonly content: readonly AssistantBlock[] };

/** A system block; `cache: true` marks the end of the stable, cacheable prefix. */
export interface SystemBlock { readonly text: string; readonly cache?: boolean }

export interface ToolDefinition {
  readonly name: string;
  readonly description: string;
  /** JSON Schema (object) for the tool's input. */
  readonly inputSchema: Readonly<Record<string, unknown>>;
}

export interface ModelTurnRequest {
  readonly model: string;
  readonly maxTokens: number;
  readonly system: readonly SystemBlock[];
  readonly tools: readonly ToolDefinition[];
  readonly messages: readonly ModelMessage[];
  /** Who is asking, for logs only: it is never sent (a request carries nothing the real API has no use for). */
  readonly purpose: { readonly taskId: string; readonly coordinator: string };
}

export type StopReason =
  | 'end_turn' | 'max_tokens' | 'stop_sequence' | 'tool_use' | 'pause_turn' | 'refusal'
  | 'model_context_window_exceeded';

export interface TokenUsage {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheCreationInputTokens: number;
  /** Of `cacheCreationInputTokens`, those written for one hour (priced higher); absent: none, all were 5-minute writes. */
  readonly cacheCreation1hInputTokens?: number;
  readonly cacheReadInputTokens: number;
}

export const ZERO_USAGE: TokenUsage = { inputTokens: 0, outputTokens: 0, cacheCreationInputTokens: 0, cacheReadInputTokens: 0 };

export function addUsage(a: TokenUsage, b: TokenUsage): TokenUsage {
  const hour = (a.cacheCreation1hInputTokens ?? 0) + (b.cacheCreation1hInputTokens ?? 0);
  return {
    inputTokens: a.inputTokens + b.inputTokens,
    outputTokens: a.outputTokens + b.outputTokens,
    cacheCreationInputTokens: a.cacheCreationInputTokens + b.cacheCreationInputTokens,
    ...(hour > 0 ? { cacheCreation1hInputTokens: hour } : {}),
    cacheReadInputTokens: a.cacheReadInputTokens + b.cacheReadInputTokens,
  };
}

/** The words of an answer: its text blocks, joined and trimmed. */
export function assistantText(content: readonly AssistantBlock[]): string {
  return content.map((block) => (block.type === 'text' ? block.text : '')).join('\n').trim();
}

export interface ModelTurnResult {
  readonly content: readonly AssistantBlock[];
  readonly stopReason: StopReason | null;
  readonly usage: TokenUsage;
  readonly model: string;
  /** The client counted the tokens itself (VS Code's chat models report none): what they cost is an estimate. */
  readonly usageEstimated?: boolean;
}

/**
 * A wait the client is in the middle of, reported while it lasts so a user sees it (and can stop
 * it): a countdown before a retry the server asked for, or a response that has gone quiet.
 */
export type ModelWait =
  | {
    readonly kind: 'retry';
    /** Why, in words: "rate limited (429)", "overloaded (529)", "connection failed". */
    readonly reason: string;
    readonly totalMs: number;
    readonly remainingMs: number;
    /** 1 for the first retry of this turn. */
    readonly retry: number;
  }
  | {
    readonly kind: 'stall';
    /** How long nothing has arrived. */
    readonly quietMs: number;
    /** When the client gives up on this attempt. */
    readonly limitMs: number;
  };

export interface TurnObserver {
  /** Streamed text as it arrives (for live views); the result still carries the full text. */
  onText?(delta: string): void;
  /** A wait began or ticked (`wait`), or ended (`undefined`). */
  onWait?(wait: ModelWait | undefined): void;
  /**
   * The server began to answer (its first stream event arrived). From then on the API's prompt
   * cache holds this request's prefix, so a sibling sending the same prefix reads it from cache.
   */
  onAnswerStart?(): void;
}

export interface ModelClient {
  /** A short id shown in the UI and journal, e.g. "anthropic" or "vscode-lm:copilot". */
  readonly id: string;
  turn(request: ModelTurnRequest, observer: TurnObserver | undefined, signal: AbortSignal): Promise<ModelTurnResult>;
}

/** Why a model call failed, in words for the user; `kind` lets hosts offer the right fix. */
export type ModelErrorKind = 'auth' | 'rate_limit' | 'overloaded' | 'network' | 'stalled' | 'dropped' | 'bad_request' | 'server' | 'cancelled';

export class ModelError extends Error {
  constructor(readonly kind: ModelErrorKind, message: string, readonly status?: number) {
    super(message);
    this.name = 'ModelError';
  }
}

/**
 * Whether `error` is a ModelError, by its name and kind rather than its class: the extension loads
 * the engine and the Anthropic client as bundles of their own, each with its own copy of the class.
 */
export function isModelError(error: unknown): error is ModelError {
  return error instanceof Error && error.name === 'ModelError' && typeof (error as { kind?: unknown }).kind === 'string';
}
