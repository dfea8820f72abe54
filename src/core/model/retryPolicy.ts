import { APIConnectionError, APIConnectionTimeoutError, APIError } from '@anthropic-ai/sdk';

/**
 * When a failed request is worth sending again, and after how long. The SDK would decide the same
 * way, but it obeys any `retry-after` without a cap and sleeps silently; the client makes the SDK
 * try once (`maxRetries: 0`) and applies this policy itself, so a wait is shown, can be stopped,
 * and one longer than the user's limit fails at once with the reason.
 */

export interface RetryableFailure {
  /** In words, for the countdown: "rate limited (429)". */
  readonly reason: string;
  /** What the server asked for (`retry-after-ms`, `retry-after`), when it asked. */
  readonly requestedWaitMs?: number;
  readonly status?: number;
}

export function retryableFailure(error: unknown): RetryableFailure | undefined {
  if (error instanceof APIConnectionTimeoutError) return { reason: 'no answer in time' };
  if (error instanceof APIConnectionError) return { reason: 'connection failed' };
  if (!(error instanceof APIError) || error.status === undefined) return undefined;
  const status = error.status;
  const serverSays = error.headers?.get('x-should-retry');
  if (serverSays === 'false') return undefined;
  if (serverSays !== 'true' && !(status === 408 || status === 409 || status === 429 || status >= 500)) return undefined;
  return { reason: statusReason(status), requestedWaitMs: requestedWaitMs(error.headers ?? undefined), status };
}

function statusReason(status: number): string {
  if (status === 429) return 'rate limited (429)';
  if (status === 529) return 'overloaded (529)';
  if (status === 408) return 'request timed out (408)';
  if (status === 409) return 'conflict (409)';
  return `server error (${status})`;
}

/** `retry-after-ms`, else `retry-after` in seconds or as an HTTP date; undefined when absent or not a positive wait. */
export function requestedWaitMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  if (!headers) return undefined;
  const millis = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (millis > 0) return millis;
  const header = headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number.parseFloat(header);
  const ms = Number.isNaN(seconds) ? Date.parse(header) - now : seconds * 1000;
  return ms > 0 ? ms : undefined;
}

/** The SDK's own backoff: 0.5 s, 1 s, 2 s, … up to 8 s, less up to a quarter of jitter. `retry` counts from 0. */
export function backoffMs(retry: number): number {
  const seconds = Math.min(0.5 * 2 ** retry, 8);
  return seconds * (1 - Math.random() * 0.25) * 1000;
}
