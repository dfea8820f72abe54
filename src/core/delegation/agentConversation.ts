import { z } from 'zod';
import { coordinatorReportSchema, type CoordinatorReport } from '../kernel/contract';
import { CoordinatorFailure } from '../run/ports';
import { parseReportInput, parseReportText, type ReportParse } from './reportParsing';
import {
  addUsage,
  ModelError,
  ZERO_USAGE,
  type ModelClient,
  type ModelMessage,
  type SystemBlock,
  type TokenUsage,
  type ToolDefinition,
  type ToolResultBlock,
  type ToolUseBlock,
} from '../model/port';
import { errorMessage } from '../kernel/format';

export interface AgentConversationInput {
  readonly coordinator: { readonly name: string; readonly systemPrompt: string; readonly model?: string };
  /** Appended after the coordinator prompt: how to answer (the response contract). */
  readonly contractInstructions: string;
  /** Rendered CLAUDE.md and module notes; the end of the cached prefix. */
  readonly projectMemory: string;
  /** The task prompt: the request, earlier findings, flag context. The first user message. */
  readonly prompt: string;
  /** Workspace tools; the loop adds `submit_report` itself. */
  readonly tools: readonly ToolDefinition[];
  readonly executeTool: (name: string, input: unknown, signal: AbortSignal) => Promise<ToolExecution>;
  readonly model: string;
  readonly maxTokens: number;
  readonly maxTurns?: number;
  readonly taskId: string;
  readonly onProgress?: (message: string) => void;
}

/** A tool's answer to the model, and (`note`) what the user should know about it: a refusal, redacted secrets. */
export interface ToolExecution {
  readonly content: string;
  readonly isError: boolean;
  readonly note?: string;
}

export interface AgentConversationResult {
  readonly report: CoordinatorReport;
  readonly usage: TokenUsage;
  readonly turns: number;
  readonly transcript: ModelMessage[];
}

export const SUBMIT_REPORT_TOOL_NAME = 'submit_report';

function reportInputSchema(): Record<string, unknown> {
  // Input mode: fields with defaults are optional to the model, as the parser treats them.
  const schema: Record<string, unknown> = { ...z.toJSONSchema(coordinatorReportSchema, { io: 'input' }) };
  delete schema.$schema;
  return schema;
}

/** Built once: its bytes are part of the cached prefix, so they must not vary between calls. */
export const SUBMIT_REPORT_TOOL: ToolDefinition = {
  name: SUBMIT_REPORT_TOOL_NAME,
  description:
    'Submit your final report for this task. Call it exactly once, when your investigation is done: a summary, ' +
    'findings with evidence (workspace-relative file and line), flags for other domains, and notes worth keeping in project memory.',
  inputSchema: reportInputSchema(),
};

const DEFAULT_MAX_TURNS = 12;

// Built here rather than imported from model/errors so the loop does not load the Anthropic SDK.
const cancelledError = (): ModelError => new ModelError('cancelled', 'The delegation was cancelled.');

/**
 * Runs one coordinator: model turns and read-only tool calls until it submits a report. An invalid
 * report is sent back once with what was wrong; ModelErrors propagate for the scheduler to record.
 */
export async function runAgentConversation(client: ModelClient, input: AgentConversationInput, signal: AbortSignal): Promise<AgentConversationResult> {
  const name = input.coordinator.name;
  const maxTurns = input.maxTurns ?? DEFAULT_MAX_TURNS;
  const system = systemBlocks(input);
  const tools = [...input.tools, SUBMIT_REPORT_TOOL];
  const transcript: ModelMessage[] = [{ role: 'user', content: [{ type: 'text', text: input.prompt }] }];
  let usage: TokenUsage = ZERO_USAGE;
  let repairRequested = false;

  const rejectOrRepair = (problem: string): void => {
    if (repairRequested) throw new CoordinatorFailure(`${name} returned an invalid report twice: ${problem}`, usage);
    repairRequested = true;
    input.onProgress?.(`${name}: report was invalid, asking again (${problem})`);
  };

  for (let turn = 1; turn <= maxTurns; turn++) {
    if (signal.aborted) throw cancelledError();
    const result = await client.turn(
      { model: input.coordinator.model ?? input.model, maxTokens: input.maxTokens, system, tools, messages: transcript, purpose: { taskId: input.taskId, coordinator: name } },
      undefined,
      signal,
    );
    usage = addUsage(usage, result.usage);
    transcript.push({ role: 'assistant', content: result.content });

    const toolUses = result.content.filter((block): block is ToolUseBlock => block.type === 'tool_use');
    if (toolUses.length > 0) {
      const submitted = toolUses.find((block) => block.name === SUBMIT_REPORT_TOOL_NAME);
      const submission = submitted ? parseReportInput(submitted.input) : undefined;
      if (submission?.ok) return { report: submission.report, usage, turns: turn, transcript };
      if (submission && !submission.ok) rejectOrRepair(submission.problem);
      const results = await runTools(input, toolUses, submission, signal);
      transcript.push({ role: 'user', content: results });
      continue;
    }

    const text = result.content.map((block) => (block.type === 'text' ? block.text : '')).join('\n');
    const parsed: ReportParse =
      result.stopReason === 'max_tokens'
        ? { ok: false, problem: `the reply was cut off at the ${input.maxTokens}-token limit before a report was complete` }
        : parseReportText(text);
    if (parsed.ok) return { report: parsed.report, usage, turns: turn, transcript };
    rejectOrRepair(parsed.problem);
    transcript.push({ role: 'user', content: [{ type: 'text', text: repairMessage(parsed.problem) }] });
  }
  throw new CoordinatorFailure(`${name} did not submit a report within ${maxTurns} turns.`, usage);
}

/**
 * The shared part first: response contract and project memory are the same for every coordinator,
 * so with identical tools the cache-marked prefix is byte-identical across all coordinator calls
 * of a run, and only the short domain prompt after it differs.
 */
function systemBlocks(input: AgentConversationInput): SystemBlock[] {
  const memory = input.projectMemory.trim() === '' ? '' : `\n\n${input.projectMemory}`;
  return [
    { text: `${input.contractInstructions}${memory}`, cache: true },
    { text: `You are the ${input.coordinator.name} coordinator.\n\n${input.coordinator.systemPrompt}` },
  ];
}

/** Every tool_use needs a tool_result in the next message, the rejected submit_report included. */
async function runTools(
  input: AgentConversationInput,
  toolUses: readonly ToolUseBlock[],
  submission: ReportParse | undefined,
  signal: AbortSignal,
): Promise<ToolResultBlock[]> {
  const results: ToolResultBlock[] = [];
  for (const toolUse of toolUses) {
    if (toolUse.name === SUBMIT_REPORT_TOOL_NAME) {
      const problem = submission && !submission.ok ? submission.problem : 'the report could not be read';
      results.push({ type: 'tool_result', toolUseId: toolUse.id, content: repairMessage(problem), isError: true });
      continue;
    }
    if (signal.aborted) throw cancelledError();
    const call = `${input.coordinator.name}: ${describeToolCall(toolUse)}`;
    input.onProgress?.(call);
    const { content, isError, note } = await executeSafely(input, toolUse, signal);
    // What was refused or redacted is part of the task's record, beside the call itself.
    if (note) input.onProgress?.(`${call} — ${note}`);
    results.push({ type: 'tool_result', toolUseId: toolUse.id, content, isError });
  }
  return results;
}

async function executeSafely(
  input: AgentConversationInput,
  toolUse: ToolUseBlock,
  signal: AbortSignal,
): Promise<ToolExecution> {
  try {
    return await input.executeTool(toolUse.name, toolUse.input, signal);
  } catch (error) {
    if (signal.aborted) throw cancelledError();
    // A broken tool should not end the delegation: the model reads the failure and works around it.
    const message = errorMessage(error);
    return { content: `The tool ${toolUse.name} failed: ${message}`, isError: true };
  }
}

function repairMessage(problem: string): string {
  return (
    `Your report was not valid: ${problem}. ` +
    `Call the ${SUBMIT_REPORT_TOOL_NAME} tool once more with a corrected report that matches its input schema.`
  );
}

/** "read_file backend/src/cart.js": the tool and its most telling argument. */
function describeToolCall(toolUse: ToolUseBlock): string {
  const input = toolUse.input;
  if (input && typeof input === 'object') {
    for (const key of ['path', 'file', 'pattern', 'query', 'glob']) {
      const value = (input as Record<string, unknown>)[key];
      if (typeof value === 'string' && value !== '') return `${toolUse.name} ${value}`;
    }
  }
  return toolUse.name;
}
