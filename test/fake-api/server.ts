import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { countTokensRequestSchema, describeConversation, estimateTokens, messagesRequestSchema } from './conversation';
import { Exchange } from './exchange';
import { cacheMarkCount, MAX_CACHE_MARKS, PromptCache } from './promptCache';
import { playReply } from './replyPlayer';
import { ReplySelector } from './replySelector';
import { loadScenario, parseScenario, type Scenario, type ScenarioInput } from './scenario';

/**
 * A local stand-in for the Anthropic Messages API, faithful to the wire format the real SDK reads,
 * that answers from a scenario and records every request for tests to inspect.
 */

export { loadScenario, parseScenario, ScenarioError } from './scenario';
export type { Scenario, ScenarioInput, Reply, Fault } from './scenario';

export interface RecordedRequest {
  /** ms epoch when the request arrived. */
  at: number;
  /** When the response finished or the connection closed. */
  endedAt?: number;
  /** True when the client closed the connection before the response was complete. */
  closedByClient: boolean;
  method: string;
  path: string;
  headers: Record<string, string>;
  // Recorded wire data for tests to poke at freely; the server itself only reads it through zod.
   
  body: any;
  /** Who asked, read from the request's content (see `describeConversation`). */
  coordinator?: string;
  taskId?: string;
  /** Id of the scenario reply that answered, absent when none matched. */
  matchedReply?: string;
}

export interface FakeApi {
  /** Pass to `new Anthropic({ baseURL })`; has no trailing /v1. */
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
  /** Swaps the scenario; reply use counts (`times`) start again from zero. */
  setScenario(scenario: Scenario | ScenarioInput): void;
}

export interface FakeApiOptions {
  scenario: Scenario | ScenarioInput | string;
  port?: number;
  host?: '127.0.0.1';
  /** Receives one line per request answered, for a standalone server's console. */
  log?: (line: string) => void;
  /** The prompt cache's clock (ms epoch): a test moves it to expire cached prefixes. */
  now?: () => number;
}

const MAX_BODY_BYTES = 32 * 1024 * 1024;

function flattenHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

function presentedKey(headers: Record<string, string>): string | undefined {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers['authorization'] ?? '');
  return bearer?.[1]?.trim() ?? headers['x-api-key'];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function toScenario(scenario: Scenario | ScenarioInput | string): Scenario {
  return typeof scenario === 'string' ? loadScenario(scenario) : parseScenario(scenario);
}

function excerpt(text: string, max = 200): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}…` : oneLine;
}

class FakeApiServer {
  readonly requests: RecordedRequest[] = [];
  private selector: ReplySelector;
  /** Like the real API's, it outlives a scenario: swapping replies does not empty it. */
  private readonly promptCache = new PromptCache();

  constructor(scenario: Scenario, private readonly log: (line: string) => void, private readonly now: () => number) {
    this.selector = new ReplySelector(scenario);
  }

  setScenario(scenario: Scenario): void {
    this.selector = new ReplySelector(scenario);
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const headers = flattenHeaders(req.headers);
    const record: RecordedRequest = {
      at: Date.now(),
      closedByClient: false,
      method: req.method ?? 'GET',
      path: (req.url ?? '/').split('?')[0] ?? '/',
      headers,
      body: undefined,
    };
    this.requests.push(record);
    const exchange = new Exchange(res, (endedAt, closedByClient) => {
      record.endedAt = endedAt;
      record.closedByClient = closedByClient;
    });

    let text: string;
    try {
      text = await readBody(req);
    } catch (error) {
      return exchange.sendError(413, 'invalid_request_error', (error as Error).message);
    }
    if (text.length > 0) {
      try {
        record.body = JSON.parse(text);
      } catch {
        return exchange.sendError(400, 'invalid_request_error', 'fake API: the request body is not valid JSON');
      }
    }

    const scenario = this.selector.scenario;
    if (scenario.requireKey !== undefined && presentedKey(headers) !== scenario.requireKey) {
      return exchange.sendError(401, 'authentication_error', 'invalid x-api-key');
    }
    if (record.method === 'POST' && record.path === '/v1/messages') return this.answerMessages(record, exchange);
    if (record.method === 'POST' && record.path === '/v1/messages/count_tokens') return this.answerCountTokens(record, exchange);
    return exchange.sendError(404, 'not_found_error', `fake API: no endpoint ${record.method} ${record.path}`);
  }

  private async answerMessages(record: RecordedRequest, exchange: Exchange): Promise<void> {
    const parsed = messagesRequestSchema.safeParse(record.body);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      return exchange.sendError(400, 'invalid_request_error', `fake API: invalid Messages request: ${issues}`);
    }
    // As the real API does, before anything else is looked at.
    const marks = cacheMarkCount(parsed.data);
    if (marks > MAX_CACHE_MARKS) {
      return exchange.sendError(400, 'invalid_request_error', `A maximum of ${MAX_CACHE_MARKS} blocks with cache_control may be provided. Found ${marks}.`);
    }
    const conversation = describeConversation(parsed.data);
    record.coordinator = conversation.coordinator;
    record.taskId = conversation.taskId;
    const reply = this.selector.select(conversation);
    const who = `coordinator=${record.coordinator ?? '(none)'} task=${record.taskId ?? '(none)'} turn=${conversation.turn}`;
    if (!reply) {
      const message = `fake API: no scenario reply matches ${who}; last user message: ${excerpt(conversation.lastUserText)}`;
      this.log(message);
      // A retry would meet the same scenario, so tell the SDK not to: the test fails at once, clearly.
      return exchange.sendError(500, 'api_error', message, { 'x-should-retry': 'false' });
    }
    record.matchedReply = reply.id;
    this.log(`fake API: ${who} -> ${reply.id}${reply.fault ? ` (fault ${reply.fault.kind})` : ''}`);
    const scenario = this.selector.scenario;
    const options = scenario.defaults.promptCache;
    const cache = options === false ? undefined : { usage: this.promptCache.usage(parsed.data, this.now(), options), now: this.now };
    await playReply(exchange, reply, scenario, parsed.data, cache);
  }

  private answerCountTokens(record: RecordedRequest, exchange: Exchange): void {
    const parsed = countTokensRequestSchema.safeParse(record.body);
    if (!parsed.success) {
      return exchange.sendError(400, 'invalid_request_error', 'fake API: count_tokens needs model and messages');
    }
    const { system, messages, tools } = parsed.data;
    exchange.sendJson(200, JSON.stringify({ input_tokens: estimateTokens({ system, messages, tools }) }));
  }
}

export async function startFakeApi(options: FakeApiOptions): Promise<FakeApi> {
  const fake = new FakeApiServer(toScenario(options.scenario), options.log ?? (() => {}), options.now ?? Date.now);
  const server = createServer((req, res) => {
    fake.handle(req, res).catch((error: unknown) => {
      options.log?.(`fake API: internal failure: ${String(error)}`);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: `fake API crashed: ${String(error)}` } }));
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    baseURL: `http://${host}:${port}`,
    requests: fake.requests,
    setScenario: (scenario) => fake.setScenario(toScenario(scenario)),
    close: () => {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Stalled streams and keep-alive sockets would otherwise hold close() open forever.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
