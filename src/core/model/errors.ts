import {
  AnthropicError,
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import { ModelError } from './port';
import { errorMessage } from '../kernel/format';

/** Removes a secret from text that may reach a user, a log or a journal. */
export type Redactor = (text: string) => string;

export function redactorFor(secret: string): Redactor {
  // Short secrets would turn ordinary words into "[redacted]"; real keys are long.
  if (secret.length < 8) return (text) => text;
  return (text) => text.split(secret).join('[redacted]');
}

const keepText: Redactor = (text) => text;

export function cancelledError(): ModelError {
  return new ModelError('cancelled', 'The model request was cancelled.');
}

export function isAbortLike(error: unknown): boolean {
  return error instanceof APIUserAbortError || (error instanceof Error && error.name === 'AbortError');
}

/**
 * Maps whatever the SDK threw to a ModelError whose message tells the user what happened and what to
 * do. Runs after the SDK's own retries, so "rate limited" means retries ran out.
 */
export function toModelError(error: unknown, redact: Redactor = keepText): ModelError {
  if (error instanceof ModelError) return new ModelError(error.kind, redact(error.message), error.status);
  if (isAbortLike(error)) return cancelledError();
  if (error instanceof APIConnectionTimeoutError) {
    return new ModelError('network', 'The Anthropic API did not answer in time. Check the network connection and the base URL.');
  }
  if (error instanceof APIConnectionError) {
    const cause = causeMessage(error);
    return new ModelError(
      'network',
      redact(`Could not reach the Anthropic API${cause ? ` (${cause})` : ''}. Check the network connection and the base URL.`),
    );
  }
  if (error instanceof APIError) return fromApiError(error, redact);
  if (error instanceof AnthropicError) {
    return new ModelError('dropped', redact(`The response from the Anthropic API broke off (${error.message}). Try again.`));
  }
  const message = errorMessage(error);
  return new ModelError('server', redact(`Unexpected failure while calling the Anthropic API: ${message}`));
}

function fromApiError(error: APIError, redact: Redactor): ModelError {
  const status = error.status;
  const apiMessage = error.apiMessage ? redact(error.apiMessage) : undefined;
  const detail = apiMessage ? `: ${apiMessage}` : '';
  if (status === undefined) return fromStreamErrorEvent(error, detail);
  if (status === 401) {
    return new ModelError('auth', 'The Anthropic API rejected the key (401). Check the API key.', status);
  }
  if (status === 403) {
    return new ModelError('auth', `The Anthropic API refused this key access (403)${detail}. Check the API key and its permissions.`, status);
  }
  if (status === 429) {
    const retryAfter = error.headers?.get('retry-after');
    const wait = retryAfter ? ` The server asked to wait ${retryAfter} s before the next request.` : '';
    return new ModelError('rate_limit', `The Anthropic API rate limit was reached (429) and retries ran out.${wait} Wait a moment and try again.`, status);
  }
  if (status === 529) {
    return new ModelError('overloaded', 'The Anthropic API is overloaded (529). Try again in a few minutes.', status);
  }
  if (status >= 500) {
    return new ModelError('server', `The Anthropic API had a server error (${status})${detail}. Try again later.`, status);
  }
  if (status === 400) {
    return new ModelError('bad_request', `The Anthropic API rejected the request (400)${detail}.`, status);
  }
  return new ModelError('bad_request', `The Anthropic API answered ${status}${detail}. Check the model id and the settings.`, status);
}

/** An SSE `error` event mid-stream: no HTTP status, only the error type from the event body. */
function fromStreamErrorEvent(error: APIError, detail: string): ModelError {
  if (error.type === 'overloaded_error') {
    return new ModelError('overloaded', `The Anthropic API became overloaded while answering${detail}. Try again in a few minutes.`);
  }
  return new ModelError('dropped', `The Anthropic API stopped the response with an error (${error.type ?? 'unknown'})${detail}. Try again.`);
}

function causeMessage(error: Error): string | undefined {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : undefined;
}
