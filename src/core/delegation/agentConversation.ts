import { z } from 'zod';
import { coordinatorReportSchema, type CoordinatorReport } from '../kernel/contract';
import { errorMessage } from '../kernel/format';
import {
  addUsage,
  ModelError,
  ZERO_USAGE,
  type ModelClient,
  type ModelMessage,
  type SystemBlock,
  type TextBlock,
  type TokenUsage,
  type ToolDefinition,
  type ToolResultBlock,
  type ToolUseBlock,
} from '../model/port';
import type { ModelTurnRecord, ToolResultRecord } from '../run/events';
import { askAndRecord } from '../run/conversationTurn';
import { CoordinatorFailure, type ConversationRecorder } from '../run/ports';
import type { TurnView } from '../run/state';
import { toolResultBlock, toolResultRecord, wholeResult, type ToolExecution } from './toolResults';
import { judgeTurn, repairMessage, SUBMIT_REPORT_TOOL_NAME, type JudgeState } from './turnJudge';

export { SUBMIT_REPORT_TOOL_NAME } from './turnJudge';
export type { ToolExecution } from './toolResults';

export interface AgentConversationInput {
  readonly coordinator: { readonly name: string; readonly model?: string };
  /** How to answer (the response contract); the same for every coordinator. */
  readonly contractInstructions: string;
  /** Rendered CLAUDE.md and module notes. */
  readonly projectMemory: string;
  /**
   * The briefs of every coordinator of the run (coordinatorBriefs.ts), this one's among them; the
   * end of the system prompt, so the cached prefix is the same for all of the run's coordinators.
   */
  readonly coordinatorBriefs: string;
  /**
   * The task prompt (the request, earlier findings, this task) in the blocks that make the first
   * user message: each but the last ends a prefix that other coordinators share.
   */
  readonly promptBlocks: readonly string[];
  /** Workspace tools; the loop adds `submit_report` itself. */
  readonly tools: readonly ToolDefinition[];
  readonly executeTool: (name: string, input: unknown, signal: AbortSignal) => Promise<ToolExecution>;
  readonly model: string;
  readonly maxTokens: number;
  readonly maxTurns?: number;
  readonly taskId: string;
  /** Journals every turn; its `recorded` turns are replayed instead of asked again. */
  readonly recorder: ConversationRecorder;
}

export interface AgentConversationResult {
  readonly report: CoordinatorReport;
  /** Over every turn of the conversation, the replayed ones included. */
  readonly usage: TokenUsage;
  readonly turns: number;
  readonly transcript: ModelMessage[];
}

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
 * Runs one coordinator: model turns and read-only tool calls until it submits a report. Every turn
 * is judged (turnJudge.ts) and journaled through the recorder. A conversation that was cut off
 * (a crash, a Stop) continues from its journaled turns: those are judged again, not asked again,
 * and only tool results the journal does not hold whole are fetched again.
 */
export async function runAgentConversation(client: ModelClient, input: AgentConversationInput, signal: AbortSignal): Promise<AgentConversationResult> {
  const name = input.coordinator.name;
  const maxTurns = input.maxTurns ?? DEFAULT_MAX_TURNS;
  const system = systemBlocks(input);
  const tools = [...input.tools, SUBMIT_REPORT_TOOL];
  const recorder = input.recorder;
  const messages: ModelMessage[] = [{ role: 'user', content: firstMessage(input) }];
  const replay = new Map(recorder.recorded.map((turn) => [turn.record.index, turn]));
  let usage: TokenUsage = ZERO_USAGE;
  let judge: JudgeState = { coordinator: name, repairUsed: false, budgetRaised: false, maxTokens: input.maxTokens };
  if (replay.size > 0) recorder.progress(`${name}: continuing the conversation after turn ${Math.max(...replay.keys())}`);

  const ask = (index: number): Promise<ModelTurnRecord> => askAndRecord(
    client,
    { model: input.coordinator.model ?? input.model, maxTokens: judge.maxTokens, system, tools, messages, purpose: { taskId: input.taskId, coordinator: name } },
    index,
    recorder,
    signal,
  );

  for (let index = 1; index <= maxTurns; index++) {
    if (signal.aborted) throw cancelledError();
    const recorded = replay.get(index);
    const turn = recorded?.record ?? (await ask(index));
    usage = addUsage(usage, turn.usage);
    const verdict = judgeTurn(turn, judge);
    // A turn whose handling reached the journal is not journaled twice.
    const handled = recorded?.handling !== undefined ? () => {} : recorder.handled.bind(recorder);
    switch (verdict.kind) {
      case 'report':
        messages.push({ role: 'assistant', content: turn.content });
        return { report: verdict.report, usage, turns: index, transcript: messages };
      case 'fail':
        throw new CoordinatorFailure(verdict.reason, usage, verdict.failure);
      case 'retry':
        judge = { ...judge, budgetRaised: true, maxTokens: verdict.maxTokens };
        recorder.progress(`${name}: ${verdict.note}`);
        handled({ turnIndex: index, toolResults: [], note: verdict.note });
        continue;
      case 'continue':
        if (turnHasContent(turn)) messages.push({ role: 'assistant', content: turn.content });
        handled({ turnIndex: index, toolResults: [], note: verdict.note });
        continue;
      case 'repair': {
        judge = { ...judge, repairUsed: true };
        const text = repairMessage(verdict.problem);
        recorder.progress(`${name}: ${verdict.note}`);
        messages.push({ role: 'assistant', content: turn.content }, { role: 'user', content: [{ type: 'text', text }] });
        handled({ turnIndex: index, toolResults: [], text, note: verdict.note });
        continue;
      }
      case 'tools': {
        if (verdict.rejectedReport !== undefined) {
          judge = { ...judge, repairUsed: true };
          recorder.progress(`${name}: report was invalid, asking again (${verdict.rejectedReport})`);
        }
        messages.push({ role: 'assistant', content: turn.content });
        const { blocks, records } = await runTools(input, verdict.toolUses, verdict.rejectedReport, recorded, signal);
        messages.push({ role: 'user', content: blocks });
        handled({ turnIndex: index, toolResults: records });
        continue;
      }
    }
  }
  throw new CoordinatorFailure(`${name} did not submit a report within ${maxTurns} turns.`, usage, 'turn_limit');
}

/**
 * Nothing in the system prompt is this coordinator's alone: the contract, project memory and the
 * briefs of all the run's coordinators are the same bytes for each of them, so with identical
 * tools one cached prefix serves every coordinator call of the run.
 */
function systemBlocks(input: AgentConversationInput): SystemBlock[] {
  const memory = input.projectMemory.trim() === '' ? '' : `\n\n${input.projectMemory}`;
  return [{ text: `${input.contractInstructions}${memory}\n\n${input.coordinatorBriefs}`, cache: true }];
}

/**
 * The prompt's shared blocks, marked for the cache, then this coordinator's own part, which opens
 * with who it is (run/prompts.ts). A prompt journaled before the own part said so itself (a
 * conversation cut off then, continued now) is sent as it was then: with that line put before it.
 */
function firstMessage(input: AgentConversationInput): TextBlock[] {
  const blocks = input.promptBlocks.length > 0 ? input.promptBlocks : [''];
  const last = blocks[blocks.length - 1].trimStart();
  const who = `You are the ${input.coordinator.name} coordinator`;
  const own = last.startsWith(who) ? last : `${who}.\n\n${last}`;
  return [...blocks.slice(0, -1).map((text): TextBlock => ({ type: 'text', text, cache: true })), { type: 'text', text: own }];
}

/**
 * Every tool_use needs a tool_result in the next message, the rejected submit_report included.
 * Results a replayed turn journaled whole are reused; the others are run (they are read-only).
 */
async function runTools(
  input: AgentConversationInput,
  toolUses: readonly ToolUseBlock[],
  rejectedReport: string | undefined,
  recorded: TurnView | undefined,
  signal: AbortSignal,
): Promise<{ blocks: ToolResultBlock[]; records: ToolResultRecord[] }> {
  const journaled = new Map((recorded?.handling?.toolResults ?? []).map((r) => [r.toolUseId, r]));
  const blocks: ToolResultBlock[] = [];
  const records: ToolResultRecord[] = [];
  for (const toolUse of toolUses) {
    let result: ToolExecution | undefined;
    if (toolUse.name === SUBMIT_REPORT_TOOL_NAME) {
      result = { content: repairMessage(rejectedReport ?? 'the report could not be read'), isError: true };
    } else {
      result = wholeResult(journaled.get(toolUse.id));
      if (!result) {
        if (signal.aborted) throw cancelledError();
        const call = `${input.coordinator.name}: ${describeToolCall(toolUse)}`;
        input.recorder.progress(call);
        result = await executeSafely(input, toolUse, signal);
        // What was refused or redacted is part of the task's record, beside the call itself.
        if (result.note) input.recorder.progress(`${call} — ${result.note}`);
      }
    }
    blocks.push(toolResultBlock(toolUse, result));
    records.push(toolResultRecord(toolUse, result));
  }
  return { blocks, records };
}

async function executeSafely(input: AgentConversationInput, toolUse: ToolUseBlock, signal: AbortSignal): Promise<ToolExecution> {
  try {
    return await input.executeTool(toolUse.name, toolUse.input, signal);
  } catch (error) {
    if (signal.aborted) throw cancelledError();
    // A broken tool should not end the delegation: the model reads the failure and works around it.
    return { content: `The tool ${toolUse.name} failed: ${errorMessage(error)}`, isError: true };
  }
}

function turnHasContent(turn: ModelTurnRecord): boolean {
  return turn.content.some((block) => block.type !== 'text' || block.text.trim() !== '');
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
