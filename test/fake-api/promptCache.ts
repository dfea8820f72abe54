import { createHash } from 'node:crypto';
import type { MessagesRequest } from './conversation';

/**
 * The Messages API's prompt cache, as the fake server plays it. A request is a list of blocks in
 * the order the API caches them: tools, then system, then messages. A block marked with
 * `cache_control` (or the last block, with a top-level `cache_control`) ends a prefix that is
 * written to the cache, for 5 minutes or 1 hour (`ttl`). A later request whose prompt starts with
 * a cached prefix reads it: the API looks for one at each of its own marks and up to 20 blocks
 * before it. What is read is `cache_read_input_tokens`; what it writes beyond that, up to its last
 * mark, is `cache_creation_input_tokens`; `input_tokens` is the rest.
 *
 * As with the real API, a prefix is in the cache only once the response that wrote it has begun
 * (`commit`), so siblings sent at the same moment all write it; prefixes shorter than the model's
 * minimum are never cached; a request with more than MAX_CACHE_MARKS marks is refused (server.ts); reading a prefix refreshes its lifetime. Tokens are the fake's usual
 * estimate, four characters a token, block by block.
 */

export interface PromptCacheOptions {
  /** Shortest prefix that is cached, in tokens; absent: the real API's minimum for the request's model (`minCacheableTokens`). */
  readonly minTokens?: number;
  /** How many blocks before each mark the API looks back for a cached prefix. */
  readonly lookbackBlocks: number;
}

export const DEFAULT_PROMPT_CACHE: PromptCacheOptions = { lookbackBlocks: 20 };

/** The API rejects a request with more blocks marked for the cache than this. */
export const MAX_CACHE_MARKS = 4;

/**
 * The shortest prefix the API caches for a model, as Anthropic's prompt-caching page lists it:
 * 4096 tokens for Opus 4.5 and later and for Haiku 4.5 and later, 2048 for Haiku 3 and 3.5, 1024
 * for Sonnet and the older Opus models. A model the list does not name is taken as its family's newest.
 */
export function minCacheableTokens(model: string): number {
  const version = /claude-(?:opus|sonnet|haiku)-(\d+)(?:-(\d)(?!\d))?/.exec(model);
  const major = Number(version?.[1] ?? Number.POSITIVE_INFINITY);
  const minor = Number(version?.[2] ?? 0);
  const atLeast = (m: number, n: number) => major > m || (major === m && minor >= n);
  if (model.includes('haiku')) return /claude-3/.test(model) || (version && !atLeast(4, 5)) ? 2048 : 4096;
  if (model.includes('opus')) return version && !atLeast(4, 5) ? 1024 : 4096;
  return 1024;
}

/** How many blocks the request marks for the cache (a top-level mark counts as one). */
export function cacheMarkCount(request: MessagesRequest): number {
  const marked = (block: unknown) => ttlOf(block) !== undefined;
  const system = typeof request.system === 'string' || request.system === undefined ? [] : request.system;
  const messageBlocks = request.messages.flatMap((m) => (typeof m.content === 'string' ? [] : m.content));
  return [...(request.tools ?? []), ...system, ...messageBlocks].filter(marked).length + (marked(request) ? 1 : 0);
}

export interface CacheUsage {
  readonly input: number;
  readonly cacheRead: number;
  readonly cacheCreation: number;
  readonly cacheCreation5m: number;
  readonly cacheCreation1h: number;
  /** Puts what this request writes into the cache; called when its response begins. */
  commit(now: number): void;
}

interface PromptBlock {
  readonly tokens: number;
  /** How long a prefix ending here stays cached, when the block is marked. */
  readonly ttlMs?: number;
}

const FIVE_MINUTES = 5 * 60_000;
const ONE_HOUR = 60 * 60_000;

type Json = Record<string, unknown>;

function ttlOf(block: unknown): number | undefined {
  const control = (block as Json | null)?.cache_control as Json | undefined;
  if (!control || typeof control !== 'object') return undefined;
  return control.ttl === '1h' ? ONE_HOUR : FIVE_MINUTES;
}

/** The block as cached: its content, without the cache mark (a mark moved elsewhere does not change the prefix). */
function canonical(block: unknown, role?: string): string {
  const content = block !== null && typeof block === 'object' ? Object.fromEntries(Object.entries(block as Json).filter(([key]) => key !== 'cache_control')) : block;
  return JSON.stringify(role === undefined ? content : { role, content });
}

function blocksOf(request: MessagesRequest): { blocks: PromptBlock[]; texts: string[] } {
  const blocks: PromptBlock[] = [];
  const texts: string[] = [];
  const add = (block: unknown, role?: string) => {
    const text = canonical(block, role);
    texts.push(text);
    blocks.push({ tokens: Math.max(1, Math.ceil(text.length / 4)), ttlMs: ttlOf(block) });
  };
  for (const tool of request.tools ?? []) add(tool);
  if (typeof request.system === 'string') add({ type: 'text', text: request.system });
  else for (const block of request.system ?? []) add(block);
  for (const message of request.messages) {
    if (typeof message.content === 'string') add({ type: 'text', text: message.content }, message.role);
    else for (const block of message.content) add(block, message.role);
  }
  const topLevel = ttlOf(request);
  if (topLevel !== undefined && blocks.length > 0 && blocks[blocks.length - 1].ttlMs === undefined) {
    blocks[blocks.length - 1] = { ...blocks[blocks.length - 1], ttlMs: topLevel };
  }
  return { blocks, texts };
}

/** Each block's size in tokens, in the order the cache sees the request's blocks (tools, system, messages): for tools that explain a usage. */
export function cacheBlockTokens(request: MessagesRequest): number[] {
  return blocksOf(request).blocks.map((block) => block.tokens);
}

export class PromptCache {
  /** Prefix key → when it expires and for how long a read keeps it. */
  private readonly entries = new Map<string, { expiresAt: number; ttlMs: number }>();

  /** What the request reads, writes and pays as plain input, were its response to begin now. */
  usage(request: MessagesRequest, now: number, options: PromptCacheOptions = DEFAULT_PROMPT_CACHE): CacheUsage {
    const { blocks, texts } = blocksOf(request);
    const minTokens = options.minTokens ?? minCacheableTokens(request.model);
    const keys: string[] = [];
    const upTo: number[] = [];
    let hash = createHash('sha256').update(request.model).digest('hex');
    let total = 0;
    blocks.forEach((block, i) => {
      hash = createHash('sha256').update(hash).update('\u0000').update(texts[i]).digest('hex');
      keys.push(hash);
      total += block.tokens;
      upTo.push(total);
    });
    const marks = blocks.flatMap((block, i) => (block.ttlMs === undefined ? [] : [i]));
    let readAt = -1;
    for (const mark of marks) {
      for (let i = mark; i >= Math.max(0, mark - options.lookbackBlocks); i--) {
        if (i <= readAt) break;
        const entry = this.entries.get(keys[i]);
        if (entry && entry.expiresAt > now && upTo[i] >= minTokens) {
          readAt = i;
          break;
        }
      }
    }
    const cacheRead = readAt < 0 ? 0 : upTo[readAt];
    const writes = marks.filter((mark) => mark > readAt && upTo[mark] >= minTokens);
    let cacheCreation5m = 0;
    let cacheCreation1h = 0;
    let from = cacheRead;
    for (const mark of writes) {
      const written = upTo[mark] - from;
      if (blocks[mark].ttlMs === ONE_HOUR) cacheCreation1h += written;
      else cacheCreation5m += written;
      from = upTo[mark];
    }
    const cacheCreation = cacheCreation5m + cacheCreation1h;
    return {
      input: total - cacheRead - cacheCreation,
      cacheRead,
      cacheCreation,
      cacheCreation5m,
      cacheCreation1h,
      commit: (at) => {
        if (readAt >= 0) {
          const hit = this.entries.get(keys[readAt]);
          if (hit) hit.expiresAt = Math.max(hit.expiresAt, at + hit.ttlMs);
        }
        for (const mark of writes) {
          const ttlMs = blocks[mark].ttlMs ?? FIVE_MINUTES;
          this.entries.set(keys[mark], { expiresAt: at + ttlMs, ttlMs });
        }
      },
    };
  }
}
