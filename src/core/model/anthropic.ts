import Anthropic, { APIError } from '@anthropic-ai/sdk';
import type { ModelClient, ModelTurnRequest, ModelTurnResult, TokenUsage, TurnObserver } from './port';
import { addUsage, ModelError, ZERO_USAGE } from './port';
import { cancelledError, isAbortLike, redactorFor, toModelError, type Redactor } from './errors';
import { cutOffUsage, toMessageParams, toTurnResult, type CutOffUsage } from './anthropicParams';
import { IdleWatchdog } from './anthropicWatchdog';
import { backoffMs, retryableFailure, type RetryableFailure } from './retryPolicy';
import { formatWaitSeconds, sleepWithCountdown } from './wait';

export interface AnthropicModelClientOptions {
  readonly apiKey: string;
  /** Defaults to the SDK's default (ANTHROPIC_BASE_URL, else the public endpoint). */
  readonly baseURL?: string;
  /** New requests after a failure that came before any answer: connection errors, 408, 409, 429 and 5xx. Default 2. */
  readonly maxRetries?: number;
  /**
   * The longest wait before such a retry. A server that asks for longer (`retry-after`) fails the
   * turn at once with that reason instead of holding the run. Default 60 s.
   */
  readonly maxRetryWaitMs?: number;
  /** How long a request may stay silent (no headers, no bytes) before it counts as stalled. Default 60 s. */
  readonly idleTimeoutMs?: number;
  /** How often a dropped, stalled or mid-stream-failed response is re-issued from scratch. */
  readonly maxReissues?: number;
  /** The SDK's per-attempt wait for response headers. */
  readonly requestTimeoutMs?: number;
  readonly logger?: (message: string) => void;
}

export const DEFAULT_MAX_RETRY_WAIT_MS = 60_000;

/** Why an attempt failed in a way the SDK does not retry but a fresh request may fix. */
type ReissuableFailure =
  | { readonly kind: 'stalled'; readonly quietMs: number }
  | { readonly kind: 'dropped' | 'overloaded'; readonly error: ModelError };

type AttemptOutcome =
  | { readonly kind: 'ok'; readonly result: ModelTurnResult }
  /** Nothing was answered; the retry policy decides (the SDK makes no retries of its own). */
  | { readonly kind: 'retry'; readonly failure: RetryableFailure; readonly error: ModelError }
  /** The answer broke off; `spent` when it had begun (the API bills what it had counted). */
  | { readonly kind: 'reissue'; readonly failure: ReissuableFailure; readonly spent: CutOffUsage | undefined };

/** One assistant turn over the Anthropic Messages API, streamed. */
export class AnthropicModelClient implements ModelClient {
  readonly id = 'anthropic';
  private readonly client: Anthropic;
  private readonly maxRetries: number;
  private readonly maxRetryWaitMs: number;
  private readonly idleTimeoutMs: number;
  private readonly maxReissues: number;
  private readonly redact: Redactor;
  private readonly log: (message: string) => void;

  constructor(options: AnthropicModelClientOptions) {
    // The SDK sleeps through any retry-after without a cap or a word; retries are made here instead.
    this.client = new Anthropic({ apiKey: options.apiKey, baseURL: options.baseURL, maxRetries: 0, timeout: options.requestTimeoutMs });
    this.maxRetries = options.maxRetries ?? 2;
    this.maxRetryWaitMs = options.maxRetryWaitMs ?? DEFAULT_MAX_RETRY_WAIT_MS;
    this.idleTimeoutMs = options.idleTimeoutMs ?? 60_000;
    this.maxReissues = options.maxReissues ?? 1;
    this.redact = redactorFor(options.apiKey);
    const logger = options.logger;
    this.log = logger ? (message) => logger(this.redact(message)) : () => {};
  }

  async turn(request: ModelTurnRequest, observer: TurnObserver | undefined, signal: AbortSignal): Promise<ModelTurnResult> {
    const params = toMessageParams(request);
    const who = `${request.purpose.coordinator}/${request.purpose.taskId}`;
    let retries = 0;
    let reissues = 0;
    const stalls: number[] = [];
    const cutOff = new CutOffTokens();
    for (;;) {
      if (signal.aborted) throw cancelledError();
      const outcome = await this.attempt(params, observer, signal);
      if (outcome.kind === 'ok') return cutOff.addedTo(outcome.result, (line) => this.log(`anthropic: ${who}: ${line}`));
      if (outcome.kind === 'retry') {
        const { failure, error } = outcome;
        if (retries >= this.maxRetries) {
          this.log(`anthropic: ${who}: ${error.message} No retries left.`);
          throw error;
        }
        const waitMs = failure.requestedWaitMs ?? Math.min(backoffMs(retries), this.maxRetryWaitMs);
        if (waitMs > this.maxRetryWaitMs) throw waitTooLong(failure, waitMs, this.maxRetryWaitMs, error);
        retries++;
        this.log(`anthropic: ${who}: ${failure.reason}; retrying in ${formatWaitSeconds(waitMs)} (${retries}/${this.maxRetries}).`);
        await waitToRetry(waitMs, failure.reason, retries, observer, signal);
        continue;
      }
      const failure = outcome.failure;
      cutOff.add(outcome.spent);
      if (failure.kind === 'stalled') stalls.push(failure.quietMs);
      const error = failure.kind === 'stalled' ? stalledError(stalls) : failure.error;
      if (reissues >= this.maxReissues) {
        this.log(`anthropic: ${who}: ${error.message} Giving up after ${reissues + 1} attempt(s).${cutOff.notCounted()}`);
        throw error;
      }
      reissues++;
      this.log(`anthropic: ${who}: ${error.message} Re-issuing the request (${reissues}/${this.maxReissues}).`);
    }
  }

  private async attempt(params: ReturnType<typeof toMessageParams>, observer: TurnObserver | undefined, signal: AbortSignal): Promise<AttemptOutcome> {
    const controller = new AbortController();
    const abortAttempt = (): void => controller.abort();
    signal.addEventListener('abort', abortAttempt, { once: true });
    const onWait = observer?.onWait?.bind(observer);
    const limitMs = this.idleTimeoutMs;
    const watchdog = new IdleWatchdog(limitMs, abortAttempt, onWait && ((quietMs) => onWait(quietMs === undefined ? undefined : { kind: 'stall', quietMs, limitMs })));
    let streamingBegan = false;
    // The answer so far, as the SDK accumulates it: what a cut-off attempt had used.
    let snapshot: Anthropic.Messages.Message | undefined;
    let outputCounted = false;
    try {
      watchdog.touch();
      const stream = this.client.messages.stream(params, { signal: controller.signal });
      stream.on('connect', () => {
        streamingBegan = true;
        watchdog.touch();
      });
      // Every event is progress. Pings are not: the SDK drops them, and a stream that only pings
      // for the whole idle limit is not producing an answer.
      let answering = false;
      stream.on('streamEvent', (event, messageSnapshot) => {
        watchdog.touch();
        snapshot = messageSnapshot;
        if (event.type === 'message_delta') outputCounted = true;
        // The first event (message_start) is the answer beginning: the API's cache holds the prompt from then on.
        if (!answering) observer?.onAnswerStart?.();
        answering = true;
      });
      stream.on('text', (delta) => observer?.onText?.(delta));
      const message = await stream.finalMessage();
      return { kind: 'ok', result: toTurnResult(message) };
    } catch (error) {
      if (signal.aborted) throw cancelledError();
      const quietMs = watchdog.quietMsWhenFired;
      const spent = cutOffUsage(snapshot, outputCounted);
      if (quietMs !== undefined) return { kind: 'reissue', failure: { kind: 'stalled', quietMs }, spent };
      const reissuable = streamingBegan ? midStreamFailure(error, this.redact) : undefined;
      if (reissuable) return { kind: 'reissue', failure: reissuable, spent };
      const retryable = retryableFailure(error);
      if (retryable) return { kind: 'retry', failure: retryable, error: toModelError(error, this.redact) };
      throw toModelError(error, this.redact);
    } finally {
      watchdog.stop();
      signal.removeEventListener('abort', abortAttempt);
    }
  }
}

/**
 * The tokens of attempts that broke off after the API began answering. They are billed, so the turn
 * that finally answers carries them: the run's cost and its limit count what was spent, not only
 * what was kept.
 */
class CutOffTokens {
  private usage: TokenUsage = ZERO_USAGE;
  private attempts = 0;
  private outputEstimated = false;

  add(spent: CutOffUsage | undefined): void {
    if (!spent) return;
    this.usage = addUsage(this.usage, spent.usage);
    this.attempts++;
    this.outputEstimated ||= spent.outputEstimated;
  }

  addedTo(result: ModelTurnResult, log: (line: string) => void): ModelTurnResult {
    if (this.attempts === 0) return result;
    log(`${this.describe()} counted in this call's usage${this.outputEstimated ? ' (their output estimated from what arrived)' : ''}.`);
    return { ...result, usage: addUsage(result.usage, this.usage), ...(result.usageEstimated || this.outputEstimated ? { usageEstimated: true } : {}) };
  }

  /** A call that fails records no turn: its cut-off attempts are said in the log, not counted. */
  notCounted(): string {
    return this.attempts === 0 ? '' : ` ${this.describe()} not counted in the run's cost (the call recorded no turn).`;
  }

  private describe(): string {
    const { inputTokens, cacheCreationInputTokens, cacheReadInputTokens, outputTokens } = this.usage;
    const prompt = inputTokens + cacheCreationInputTokens + cacheReadInputTokens;
    return `The ${this.attempts === 1 ? 'attempt' : `${this.attempts} attempts`} cut off used ${prompt} prompt and ${outputTokens} output tokens,`;
  }
}

/** Sleeps before a retry with a countdown the user sees; Stop ends it at once. */
async function waitToRetry(waitMs: number, reason: string, retry: number, observer: TurnObserver | undefined, signal: AbortSignal): Promise<void> {
  try {
    await sleepWithCountdown(waitMs, (remainingMs) => observer?.onWait?.({ kind: 'retry', reason, totalMs: waitMs, remainingMs, retry }), signal);
  } catch {
    throw cancelledError();
  } finally {
    observer?.onWait?.(undefined);
  }
}

function waitTooLong(failure: RetryableFailure, waitMs: number, limitMs: number, error: ModelError): ModelError {
  return new ModelError(
    error.kind,
    `The Anthropic API asked to wait ${formatWaitSeconds(waitMs)} before trying again (${failure.reason}); that is longer than the ` +
      `${formatWaitSeconds(limitMs)} Task Orchestrator waits (setting taskOrchestrator.maxRetryWaitSeconds, or --max-retry-wait in the CLI). ` +
      'Try again later, or raise the limit.',
    error.status,
  );
}

/** The real time waited, over every attempt that stalled. */
function stalledError(stalls: readonly number[]): ModelError {
  if (stalls.length === 1) {
    return new ModelError('stalled', `The Anthropic API sent no part of the answer for ${formatWaitSeconds(stalls[0])}; the response stalled. Try again later.`);
  }
  const total = stalls.reduce((sum, ms) => sum + ms, 0);
  const each = stalls.map(formatWaitSeconds).join(', then ');
  return new ModelError(
    'stalled',
    `The response from the Anthropic API stalled on ${stalls.length} attempts: no part of the answer for ${each} (${formatWaitSeconds(total)} waited in all). Try again later.`,
  );
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
