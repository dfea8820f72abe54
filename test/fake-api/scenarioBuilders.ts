import type { z } from 'zod';
import type { coordinatorReportSchema } from '../../src/core/kernel/contract';
import {
  parseScenario, type Fault, type faultSchema, type Reply, type ReplyMatch, type replySchema, type Scenario, type ScenarioInput,
} from './scenario';

/** Builds scenarios in code for tests; each helper returns a reply as a scenario file would hold it. */

type ReplyInput = z.input<typeof replySchema>;
type ReportInput = z.input<typeof coordinatorReportSchema>;
type FaultInput = z.input<typeof faultSchema>;

/** The tool a coordinator calls to hand in its CoordinatorReport. */
export const SUBMIT_REPORT_TOOL = 'submit_report';

export interface ReplyOptions {
  /** Defaults to a readable id built from the coordinator and a counter. */
  id?: string;
  /** Extra match conditions on top of the coordinator. */
  match?: Omit<ReplyMatch, 'coordinator'>;
  times?: number;
  latencyMs?: number;
  eventDelayMs?: number;
  usage?: Reply['usage'];
  /** Text the assistant says before its tool call. */
  preamble?: string;
  /** Why the turn ended (`refusal`, `max_tokens`, …); by default tool_use or end_turn from the content. */
  stopReason?: Reply['stopReason'];
}

let replyCounter = 0;

function baseReply(coordinator: string | undefined, kind: string, options: ReplyOptions): Omit<ReplyInput, 'respond'> {
  replyCounter += 1;
  return {
    id: options.id ?? `${coordinator ?? 'any'}-${kind}-${replyCounter}`,
    match: coordinator === undefined ? { ...options.match } : { coordinator, ...options.match },
    times: options.times,
    latencyMs: options.latencyMs,
    eventDelayMs: options.eventDelayMs,
    usage: options.usage,
    stopReason: options.stopReason,
  };
}

type RespondInput = NonNullable<ReplyInput['respond']>;

function preamble(options: ReplyOptions): RespondInput {
  return options.preamble === undefined ? [] : [{ text: options.preamble }];
}

/** The coordinator's final turn: a `submit_report` tool call whose input is the report. */
export function reportReply(coordinator: string, report: ReportInput, options: ReplyOptions = {}): ReplyInput {
  return {
    ...baseReply(coordinator, 'report', options),
    respond: [...preamble(options), { toolUse: { name: SUBMIT_REPORT_TOOL, input: report as Record<string, unknown> } }],
  };
}

/** A turn that calls one workspace tool, e.g. `toolCallReply('backend', 'read_file', { path })`. */
export function toolCallReply(
  coordinator: string, tool: string, input: Record<string, unknown>, options: ReplyOptions = {},
): ReplyInput {
  return { ...baseReply(coordinator, tool, options), respond: [...preamble(options), { toolUse: { name: tool, input } }] };
}

/** A plain text answer (synthesis, or a coordinator that ignores the report tool). */
export function textReply(coordinator: string | undefined, text: string, options: ReplyOptions = {}): ReplyInput {
  return { ...baseReply(coordinator, 'text', options), respond: [{ text }] };
}

/**
 * A failing call. `times` defaults to 1 so the next matching reply answers the retry; pass
 * `respond` for stream faults that should send some content first.
 */
export function faultReply(
  coordinator: string | undefined, fault: FaultInput, options: ReplyOptions & { respond?: RespondInput } = {},
): ReplyInput {
  return {
    ...baseReply(coordinator, fault.kind, { times: 1, ...options }),
    fault,
    respond: options.respond ?? [],
  };
}

/** Validates replies into a scenario, so a mistake in a test fails where it was written. */
export function buildScenario(
  replies: ReplyInput[], options: Omit<ScenarioInput, 'replies'> = {},
): Scenario {
  return parseScenario({ ...options, replies }, 'scenario built in code');
}

/** A copy of the scenario with every reply answering after `latencyMs` (the bench's knob). */
export function withLatency(scenario: Scenario, latencyMs: number, eventDelayMs?: number): Scenario {
  return {
    ...scenario,
    defaults: { ...scenario.defaults, latencyMs, eventDelayMs: eventDelayMs ?? scenario.defaults.eventDelayMs },
    replies: scenario.replies.map((reply) => ({ ...reply, latencyMs, eventDelayMs: eventDelayMs ?? reply.eventDelayMs })),
  };
}

export type { Fault, Reply, ReplyMatch, Scenario, ScenarioInput };

/** A copy of a scenario with these replies tried first: a fault or a bad answer injected into a shipped scenario. */
export function withRepliesFirst(scenario: Scenario, replies: ReplyInput[]): Scenario {
  return parseScenario({ ...scenario, replies: [...replies, ...scenario.replies] }, 'scenario built in code');
}
