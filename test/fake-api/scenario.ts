import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DEFAULT_PROMPT_CACHE } from './promptCache';

/**
 * The scenario a fake API server plays: an ordered list of canned replies, each chosen by what the
 * request looks like. Documented for scenario writers in docs/testing.md.
 */

const oneOrMany = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);

export const replyMatchSchema = z
  .object({
    /** Who asks, exact: the name in "You are the <name> coordinator." of the first user message (else the system prompt), or `synthesis`. */
    coordinator: z.string().min(1).optional(),
    /** The task id in "(task <id> of the checklist)" of the first user message, exact. */
    task: z.string().min(1).optional(),
    /** Case-insensitive substring(s) of all text in system + messages; a list means all must appear. */
    contains: oneOrMany.optional(),
    /** Case-insensitive substring(s) of the last user message (its text and tool_result content). */
    lastMessageContains: oneOrMany.optional(),
    /** 1 + the number of assistant messages already in the conversation. */
    turn: z.number().int().positive().optional(),
    /** Whether the last user message carries a tool_result block. */
    hasToolResult: z.boolean().optional(),
    /** Only streaming (true) or only non-streaming (false) requests. */
    stream: z.boolean().optional(),
  })
  .strict();
export type ReplyMatch = z.infer<typeof replyMatchSchema>;

const textBlockSchema = z.object({ text: z.string() }).strict();
const toolUseBlockSchema = z
  .object({
    toolUse: z
      .object({
        name: z.string().min(1),
        input: z.record(z.string(), z.unknown()).default({}),
        /** Fixed id; by default a fresh `toolu_…` id is generated per call. */
        id: z.string().min(1).optional(),
      })
      .strict(),
  })
  .strict();
export const respondBlockSchema = z.union([textBlockSchema, toolUseBlockSchema]);
export type RespondBlock = z.infer<typeof respondBlockSchema>;

export const API_ERROR_TYPES = [
  'invalid_request_error', 'authentication_error', 'billing_error', 'permission_error', 'not_found_error',
  'rate_limit_error', 'timeout_error', 'api_error', 'overloaded_error',
] as const;
const errorTypeSchema = z.enum(API_ERROR_TYPES);
export type ApiErrorType = z.infer<typeof errorTypeSchema>;

const afterEvents = z.number().int().nonnegative();

export const faultSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('http'),
      status: z.number().int().min(400).max(599),
      errorType: errorTypeSchema.optional(),
      message: z.string().optional(),
      /** Seconds, sent as `retry-after`. */
      retryAfter: z.number().nonnegative().optional(),
      /** Milliseconds, sent as `retry-after-ms` (the SDK prefers it over `retry-after`). */
      retryAfterMs: z.number().nonnegative().optional(),
      /** Sent as `x-should-retry`, which overrides the SDK's own retry decision. */
      shouldRetry: z.boolean().optional(),
    })
    .strict(),
  z.object({ kind: z.literal('reset') }).strict(),
  z.object({ kind: z.literal('drop'), afterEvents: afterEvents.default(3) }).strict(),
  z.object({ kind: z.literal('truncate'), afterEvents: afterEvents.default(3) }).strict(),
  z.object({ kind: z.literal('stall'), afterEvents: afterEvents.default(2) }).strict(),
  z
    .object({
      kind: z.literal('sseError'),
      afterEvents: afterEvents.default(1),
      errorType: errorTypeSchema.default('overloaded_error'),
      message: z.string().default('Overloaded'),
    })
    .strict(),
  z.object({ kind: z.literal('malformedJson') }).strict(),
]);
export type Fault = z.infer<typeof faultSchema>;

export const STOP_REASONS = [
  'end_turn', 'max_tokens', 'stop_sequence', 'tool_use', 'pause_turn', 'refusal', 'model_context_window_exceeded',
] as const;

const promptCacheSchema = z
  .object({
    minTokens: z.number().int().nonnegative().optional(),
    lookbackBlocks: z.number().int().nonnegative().default(DEFAULT_PROMPT_CACHE.lookbackBlocks),
  })
  .strict();

/** Each field given replaces what the prompt cache emulation would answer; the others are emulated. */
export const usageSchema = z
  .object({
    input: z.number().int().nonnegative().optional(),
    output: z.number().int().nonnegative().optional(),
    cacheCreation: z.number().int().nonnegative().optional(),
    /** Of a scripted `cacheCreation`, the tokens written for 1 hour (the rest are 5-minute writes). */
    cacheCreation1h: z.number().int().nonnegative().optional(),
    cacheRead: z.number().int().nonnegative().optional(),
  })
  .strict()
  .refine((u) => u.cacheCreation1h === undefined || (u.cacheCreation !== undefined && u.cacheCreation1h <= u.cacheCreation), {
    message: 'cacheCreation1h is a part of cacheCreation: give both, with cacheCreation1h no larger',
  });
export type UsageSpec = z.infer<typeof usageSchema>;

export const replySchema = z
  .object({
    id: z.string().min(1),
    match: replyMatchSchema.default({}),
    /** How many calls this reply may answer; then it stops matching. Unlimited when absent. */
    times: z.number().int().positive().optional(),
    /** Delay before the response headers, per call. Falls back to `defaults.latencyMs`. */
    latencyMs: z.number().nonnegative().optional(),
    /** Delay between streamed events. Falls back to `defaults.eventDelayMs`. */
    eventDelayMs: z.number().nonnegative().optional(),
    fault: faultSchema.optional(),
    respond: z.array(respondBlockSchema).default([]),
    stopReason: z.enum(STOP_REASONS).optional(),
    usage: usageSchema.optional(),
    model: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((reply, ctx) => {
    const needsContent = reply.fault === undefined || reply.fault.kind === 'sseError';
    if (needsContent && reply.respond.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['respond'], message: 'a reply without a fault needs at least one respond block' });
    }
    if (reply.fault?.kind === 'malformedJson' && !reply.respond.some((block) => 'toolUse' in block)) {
      ctx.addIssue({ code: 'custom', path: ['respond'], message: 'a malformedJson fault needs a toolUse block to break' });
    }
  });
export type Reply = z.infer<typeof replySchema>;

export const scenarioSchema = z
  .object({
    /** When set, requests must carry this key (Bearer or x-api-key) or get 401 authentication_error. */
    requireKey: z.string().min(1).optional(),
    defaults: z
      .object({
        latencyMs: z.number().nonnegative().default(0),
        eventDelayMs: z.number().nonnegative().default(0),
        model: z.string().min(1).default('claude-sonnet-4-6'),
        /** The prompt cache (promptCache.ts); `false` turns it off: nothing is read or written. */
        promptCache: z.union([z.literal(false), promptCacheSchema]).default(DEFAULT_PROMPT_CACHE),
      })
      .strict()
      .default({ latencyMs: 0, eventDelayMs: 0, model: 'claude-sonnet-4-6', promptCache: DEFAULT_PROMPT_CACHE }),
    replies: z.array(replySchema),
  })
  .strict()
  .superRefine((scenario, ctx) => {
    const seen = new Set<string>();
    scenario.replies.forEach((reply, index) => {
      if (seen.has(reply.id)) {
        ctx.addIssue({ code: 'custom', path: ['replies', index, 'id'], message: `duplicate reply id "${reply.id}"` });
      }
      seen.add(reply.id);
    });
  });
/** A scenario as written (defaults may be left out). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A validated scenario with every default filled in. */
export type Scenario = z.output<typeof scenarioSchema>;

export class ScenarioError extends Error {
  constructor(readonly source: string, reason: string) {
    super(`fake API scenario ${source} is invalid:\n${reason}`);
    this.name = 'ScenarioError';
  }
}

/** Validates a scenario object; `source` names it in the error (a file path, or "inline scenario"). */
export function parseScenario(input: unknown, source = 'inline scenario'): Scenario {
  const result = scenarioSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  throw new ScenarioError(source, lines.join('\n'));
}

/** Reads a YAML (.yaml/.yml) or JSON scenario file and validates it. */
export function loadScenario(path: string): Scenario {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ScenarioError(path, `cannot read the file: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = extname(path).toLowerCase() === '.json' ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new ScenarioError(path, `not valid ${extname(path) === '.json' ? 'JSON' : 'YAML'}: ${(error as Error).message}`);
  }
  return parseScenario(raw, path);
}
