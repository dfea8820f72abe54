import type { ServerResponse } from 'node:http';
import { randomId, formatSse, type SseEvent } from './messageBuilder';
import type { ApiErrorType } from './scenario';

/**
 * One request/response in flight, with the primitives every reply is written from. Waits end as
 * soon as the connection closes, so an aborted client or a closing server never leaves timers behind.
 */
export class Exchange {
  readonly requestId = randomId('req_');
  private destroyedByServer = false;
  private closedAt: number | undefined;
  private readonly closed: Promise<void>;

  constructor(readonly res: ServerResponse, onEnded: (endedAt: number, closedByClient: boolean) => void) {
    this.closed = new Promise((resolve) => {
      res.on('close', () => {
        this.closedAt = Date.now();
        onEnded(this.closedAt, !res.writableFinished && !this.destroyedByServer);
        resolve();
      });
    });
  }

  get isClosed(): boolean {
    return this.closedAt !== undefined;
  }

  /** Resolves true after `ms`, or false as soon as the connection closes. */
  async sleep(ms: number): Promise<boolean> {
    if (this.isClosed) return false;
    if (ms <= 0) return true;
    let timer: NodeJS.Timeout | undefined;
    const elapsed = new Promise<boolean>((resolve) => { timer = setTimeout(() => resolve(true), ms); });
    const outcome = await Promise.race([elapsed, this.closed.then(() => false)]);
    clearTimeout(timer);
    return outcome;
  }

  /** Stays silent until the client (or the server shutting down) closes the connection. */
  waitForClose(): Promise<void> {
    return this.closed;
  }

  /** Resolves true once the chunk is handed to the socket, false if the connection closed first. */
  async write(chunk: string): Promise<boolean> {
    if (this.isClosed) return false;
    const written = new Promise<boolean>((resolve) => this.res.write(chunk, (error) => resolve(!error)));
    return Promise.race([written, this.closed.then(() => false)]);
  }

  /** Kills the TCP connection without an HTTP ending, as a network fault would. */
  destroyConnection(): void {
    this.destroyedByServer = true;
    this.res.socket?.destroy();
  }

  sendJson(status: number, body: string, headers: Record<string, string> = {}): void {
    if (this.isClosed) return;
    this.res.writeHead(status, {
      'content-type': 'application/json',
      'request-id': this.requestId,
      'content-length': Buffer.byteLength(body).toString(),
      ...headers,
    });
    this.res.end(body);
  }

  sendError(status: number, type: ApiErrorType, message: string, headers: Record<string, string> = {}): void {
    this.sendJson(status, JSON.stringify({ type: 'error', error: { type, message }, request_id: this.requestId }), headers);
  }

  startStream(): void {
    this.res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'request-id': this.requestId,
    });
    // Headers go out now, not with the first event, so a stall after headers is a real stall.
    this.res.flushHeaders();
  }

  /** Writes events one by one, pausing `delayMs` between them; false if the connection closed. */
  async writeEvents(events: readonly SseEvent[], delayMs: number): Promise<boolean> {
    for (const [index, event] of events.entries()) {
      if (index > 0 && !(await this.sleep(delayMs))) return false;
      if (!(await this.write(formatSse(event)))) return false;
    }
    return true;
  }

  end(): void {
    if (!this.isClosed) this.res.end();
  }
}

export function defaultErrorType(status: number): ApiErrorType {
  switch (status) {
    case 400: return 'invalid_request_error';
    case 401: return 'authentication_error';
    case 402: return 'billing_error';
    case 403: return 'permission_error';
    case 404: return 'not_found_error';
    case 408: case 504: return 'timeout_error';
    case 429: return 'rate_limit_error';
    case 529: return 'overloaded_error';
    default: return status >= 500 ? 'api_error' : 'invalid_request_error';
  }
}

export function defaultErrorMessage(type: ApiErrorType): string {
  switch (type) {
    case 'rate_limit_error': return 'Number of request tokens has exceeded your per-minute rate limit';
    case 'overloaded_error': return 'Overloaded';
    case 'authentication_error': return 'invalid x-api-key';
    case 'timeout_error': return 'Request timed out';
    case 'api_error': return 'Internal server error';
    default: return `fake API ${type}`;
  }
}
