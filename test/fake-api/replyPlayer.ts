import type { MessagesRequest } from './conversation';
import { defaultErrorMessage, defaultErrorType, type Exchange } from './exchange';
import { buildReply, formatSse, messageBody, streamEvents } from './messageBuilder';
import type { CacheUsage } from './promptCache';
import type { Fault, Reply, Scenario } from './scenario';

/** What the prompt cache answers for the request, and the clock it commits by when the answer begins. */
export interface CacheAnswer {
  readonly usage: CacheUsage;
  readonly now: () => number;
}

type HttpFault = Extract<Fault, { kind: 'http' }>;

function playHttpFault(exchange: Exchange, fault: HttpFault): void {
  const type = fault.errorType ?? defaultErrorType(fault.status);
  const headers: Record<string, string> = {};
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  if (fault.retryAfterMs !== undefined) headers['retry-after-ms'] = String(fault.retryAfterMs);
  if (fault.shouldRetry !== undefined) headers['x-should-retry'] = String(fault.shouldRetry);
  exchange.sendError(fault.status, type, fault.message ?? defaultErrorMessage(type), headers);
}

async function playStream(exchange: Exchange, reply: Reply, scenario: Scenario, request: MessagesRequest, cache?: CacheAnswer): Promise<void> {
  const events = streamEvents(buildReply(reply, scenario, request, cache?.usage));
  const delayMs = reply.eventDelayMs ?? scenario.defaults.eventDelayMs;
  const fault = reply.fault;
  exchange.startStream();
  cache?.usage.commit(cache.now());
  switch (fault?.kind) {
    case 'drop':
      if (await exchange.writeEvents(events.slice(0, fault.afterEvents), delayMs)) exchange.destroyConnection();
      return;
    case 'truncate':
      if (await exchange.writeEvents(events.slice(0, fault.afterEvents), delayMs)) exchange.end();
      return;
    case 'stall':
      await exchange.writeEvents(events.slice(0, fault.afterEvents), delayMs);
      await exchange.waitForClose();
      return;
    case 'sseError': {
      if (!(await exchange.writeEvents(events.slice(0, fault.afterEvents), delayMs))) return;
      const error = { type: 'error', error: { type: fault.errorType, message: fault.message }, request_id: exchange.requestId };
      if (await exchange.write(formatSse({ event: 'error', data: error }))) exchange.end();
      return;
    }
    default:
      if (await exchange.writeEvents(events, delayMs)) exchange.end();
  }
}

async function playJson(exchange: Exchange, reply: Reply, scenario: Scenario, request: MessagesRequest, cache?: CacheAnswer): Promise<void> {
  const fault = reply.fault;
  const body = messageBody(buildReply(reply, scenario, request, cache?.usage), fault?.kind === 'malformedJson');
  // An answer that begins (even one cut off after its headers) has written its prefix; an error reply has not.
  if (fault?.kind !== 'sseError') cache?.usage.commit(cache.now());
  switch (fault?.kind) {
    case 'drop':
    case 'truncate':
    case 'stall': {
      // The non-streamed equivalent of a mid-stream fault: headers and half a body.
      exchange.res.writeHead(200, { 'content-type': 'application/json', 'request-id': exchange.requestId });
      const sent = await exchange.write(body.slice(0, Math.floor(body.length / 2)));
      if (fault.kind === 'drop' && sent) exchange.destroyConnection();
      else if (fault.kind === 'truncate' && sent) exchange.end();
      else await exchange.waitForClose();
      return;
    }
    case 'sseError': {
      const status = fault.errorType === 'overloaded_error' ? 529 : 500;
      exchange.sendError(status, fault.errorType, fault.message);
      return;
    }
    default:
      exchange.sendJson(200, body);
  }
}

/** Writes one matched reply, its latency and its fault included. */
export async function playReply(exchange: Exchange, reply: Reply, scenario: Scenario, request: MessagesRequest, cache?: CacheAnswer): Promise<void> {
  if (!(await exchange.sleep(reply.latencyMs ?? scenario.defaults.latencyMs))) return;
  const fault = reply.fault;
  if (fault?.kind === 'http') return playHttpFault(exchange, fault);
  if (fault?.kind === 'reset') return exchange.destroyConnection();
  if (request.stream === true) return playStream(exchange, reply, scenario, request, cache);
  return playJson(exchange, reply, scenario, request, cache);
}
