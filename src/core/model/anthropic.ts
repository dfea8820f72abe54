import Anthropic, { APIError } from '@anthropic-ai/sdk';
import type { Middleware } from '@anthropic-ai/sdk';
import type { ModelClient, ModelTurnRequest, ModelTurnResult, TurnObserver } from './port';
import { ModelError } from './port';
import { cancelledError, isAbortLike, redactorFor, toModelError, type Redactor } from './errors';
import { toMessageParams, toTurnResult } from './anthropicParams';
import { IdleWatchdog } from './anthropicWatchdog';

export interface AnthropicModelClientOptions {
  readonly apiKey: string;
  /** Defaults to the SDK's default (ANTHROPIC_BASE_URL, else the public endpoint). */
  readonly baseURL?: string;
  /** Retries the SDK makes itself for connection errors, 408, 409, 429 and 5xx. */
  readonly maxRetries?: number;
  /** How long a request may stay silent (no headers, no bytes) before it counts as stalled. */
  readonly idleTimeoutMs?: number;
  /** How often a dropped, stalled or mid-stream-failed response is re-issued from scratch. */
  readonly maxReissues?: number;
  /** The SDK's per-attempt wait for response headers. */
  readonly requestTimeoutMs?: number;
  readonly logger?: (message: string) => void;
}

/** Why an attempt failed in a way the SDK does not retry but a fresh request may fix. */
type ReissuableFailure = { readonly kind: 'stalled' | 'dropped' | 'overloaded'; readonly error: ModelError };

/** One assistant turn over the Anthropic Messages API, streamed. */
export class AnthropicModelClient implements ModelClient {
  readonly id = 'anthropic';
  private readonly client: Anthropic;
  private readonly idleTimeoutMs: number;
  private readonly maxReissues: number;
  private readonly redact: Redactor;
  private readonly log: (message: string) => void;

  constructor(options: AnthropicModelClientOptions) {
    this.client = new Anthropic({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      maxRetries: options.maxRetries ?? 2,
      timeout: options.requestTimeoutMs,
    });
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
    this.maxReissues = options.maxReissues ?? 1;
    this.redact = redactorFor(options.apiKey);
    const logger = options.logger;
    this.log = logger ? (message) => logger(this.redact(message)) : () => {};
  }

  async turn(request: ModelTurnRequest, observer: TurnObserver | undefined, signal: AbortSignal): Promise<ModelTurnResult> {
    const params = toMessageParams(request);
    const who = `${request.purpose.coordinator}/${request.purpose.taskId}`;
    for (let issue = 0; ; issue++) {
      if (signal.aborted) throw cancelledError();
      const outcome = await this.attempt(params, request, observer, signal);
      if (outcome.ok) return outcome.result;
      const failure = outcome.failure;
      if (issue >= this.maxReissues) {
        this.log(`anthropic: ${who}: ${failure.error.message} Giving up after ${issue + 1} attempt(s).`);
        throw failure.error;
      }
      this.log(`anthropic: ${who}: ${failure.error.message} Re-issuing the request (${issue + 1}/${this.maxReissues}).`);
    }
  }

  private async attempt(
    params: ReturnType<typeof toMessageParams>,
    request: ModelTurnRequest,
    observer: TurnObserver | undefined,
    signal: AbortSignal,
  ): Promise<{ ok: true; result: ModelTurnResult } | { ok: false; failure: ReissuableFailure }> {
    const controller = new AbortController();
    const abortAttempt = (): void => controller.abort();
    signal.addEventListener('abort', abortAttempt, { once: true });
    const watchdog = new IdleWatchdog(this.idleTimeoutMs, abortAttempt);
    let streamingBegan = false;
    try {
      const stream = this.client.messages.stream(params, {
        signal: controller.signal,
        middleware: [watchAttempts(watchdog)],
      });
      stream.on('connect', () => {
        streamingBegan = true;
      });
      // Every event is progress. Pings are not: the SDK drops them, and a stream that only pings
      // for the whole idle limit is not producing an answer.
      stream.on('streamEvent', () => watchdog.touch());
      stream.on('text', (delta) => observer?.onText?.(delta));
      const message = await stream.finalMessage();
      return { ok: true, result: toTurnResult(message) };
    } catch (error) {
      if (signal.aborted) throw cancelledError();
      if (watchdog.hasFired) {
        const seconds = Math.round(this.idleTimeoutMs / 100) / 10;
        return { ok: false, failure: { kind: 'stalled', error: new ModelError('stalled', `The Anthropic API sent no part of the answer for ${seconds} s; the response stalled.`) } };
      }
      const reissuable = streamingBegan ? midStreamFailure(error, this.redact) : undefined;
      if (reissuable) return { ok: false, failure: reissuable };
      throw toModelError(error, this.redact);
    } finally {
      watchdog.stop();
      signal.removeEventListener('abort', abortAttempt);
    }
  }
}

/**
 * Failures after the stream began are never retried by the SDK: a dropped connection, an SSE
 * `error` event, a stream that ends early. A fresh request usually succeeds.
 */
function midStreamFailure(error: unknown, redact: Redactor): ReissuableFailure | undefined {
  if (isAbortLike(error)) return undefined;
  if (error instanceof APIError && error.status !== undefined) return undefined;
  // The SDK parses tool input when the message is complete (and wraps what fails there); broken
  // JSON is the model's slip, not the network's.
  if (error instanceof SyntaxError || (error instanceof Error && error.cause instanceof SyntaxError)) {
    return { kind: 'dropped', error: new ModelError('dropped', redact(`The model sent a tool call whose input is not valid JSON (${error.message}). Try again.`)) };
  }
  const modelError = toModelError(error, redact);
  if (modelError.kind === 'overloaded') return { kind: 'overloaded', error: modelError };
  const dropped = modelError.kind === 'dropped' ? modelError : new ModelError('dropped', `The response from the Anthropic API broke off (${modelError.message}). Try again.`);
  return { kind: 'dropped', error: dropped };
}

/**
 * Runs around every HTTP attempt the SDK makes: the watchdog runs while an attempt waits for
 * headers and while the stream delivers events (see `attempt`), and rests while the SDK sleeps
 * before a retry.
 */
function watchAttempts(watchdog: IdleWatchdog): Middleware {
  return async (request, next) => {
    watchdog.touch();
    let response: Response;
    try {
      response = await next(request);
    } catch (error) {
      watchdog.pause();
      throw error;
    }
    if (response.ok) watchdog.touch();
    else watchdog.pause();
    return response;
  };
}
