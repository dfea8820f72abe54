import type { CoordinatorReport } from '../kernel/contract';
import { quoteOneLine as quote } from '../kernel/format';
import { assistantText, type AssistantBlock, type StopReason, type ToolUseBlock } from '../model/port';
import { largerOutputBudget } from '../run/conversationTurn';
import type { CoordinatorFailureKind } from '../run/events';
import { parseReportInput, parseReportText } from './reportParsing';

/**
 * Every answer of a coordinator's model is judged here before anything in it is believed: its stop
 * reason first (a refusal, an answer cut off at the output limit, a full context window), then its
 * shape (a valid report, tool calls, or words that are no report). Pure, so a resumed conversation
 * that judges its journaled turns again reaches the same decisions.
 */

export const SUBMIT_REPORT_TOOL_NAME = 'submit_report';

/** What the conversation has used up so far. */
export interface JudgeState {
  readonly coordinator: string;
  /** The one repair turn (an invalid report, or an answer without one) was spent. */
  readonly repairUsed: boolean;
  /** The one retry with a larger budget (after an answer cut off at the limit) was spent. */
  readonly budgetRaised: boolean;
  readonly maxTokens: number;
}

export interface JudgedTurn {
  readonly index: number;
  readonly stopReason: StopReason | null;
  readonly content: readonly AssistantBlock[];
}

export type Verdict =
  | { readonly kind: 'report'; readonly report: CoordinatorReport }
  | { readonly kind: 'fail'; readonly failure: CoordinatorFailureKind; readonly reason: string }
  /** Ask the same turn again with a larger budget; the cut-off answer is not kept in the conversation. */
  | { readonly kind: 'retry'; readonly maxTokens: number; readonly note: string }
  /** The API paused the turn: send it back as it is so the model carries on. */
  | { readonly kind: 'continue'; readonly note: string }
  /** Words that are no report: ask once for the report. */
  | { readonly kind: 'repair'; readonly problem: string; readonly note: string }
  /** Run the tool calls; a rejected `submit_report` gets the problem as its (error) result. */
  | { readonly kind: 'tools'; readonly toolUses: readonly ToolUseBlock[]; readonly rejectedReport?: string };

export function judgeTurn(turn: JudgedTurn, state: JudgeState): Verdict {
  const name = state.coordinator;
  const text = assistantText(turn.content);
  const toolUses = turn.content.filter((block): block is ToolUseBlock => block.type === 'tool_use');
  const submitted = toolUses.find((block) => block.name === SUBMIT_REPORT_TOOL_NAME);

  if (turn.stopReason === 'refusal') {
    return { kind: 'fail', failure: 'refused', reason: text ? `${name} refused the task: "${quote(text)}"` : `${name} refused the task without giving a reason.` };
  }
  if (turn.stopReason === 'model_context_window_exceeded') {
    return {
      kind: 'fail', failure: 'context_full',
      reason: `${name}'s conversation outgrew the model's context window at turn ${turn.index}, before a report was submitted.`,
    };
  }
  if (turn.stopReason === 'max_tokens') {
    const where = submitted ? ' in the middle of its report' : '';
    const larger = state.budgetRaised ? undefined : largerOutputBudget(state.maxTokens);
    if (larger !== undefined) {
      return { kind: 'retry', maxTokens: larger, note: `The answer was cut off at the ${state.maxTokens}-token output limit${where}; asked again with ${larger} tokens.` };
    }
    const again = state.budgetRaised ? ' again, after a retry with a larger budget' : '';
    return { kind: 'fail', failure: 'cut_off', reason: `${name}'s answer was cut off at the ${state.maxTokens}-token output limit${where}${again}; the report is incomplete.` };
  }
  if (turn.stopReason === 'pause_turn' && toolUses.length === 0) {
    return { kind: 'continue', note: 'The API paused this turn; it was sent back for the model to carry on.' };
  }

  if (submitted) {
    const parsed = parseReportInput(submitted.input);
    if (parsed.ok) return { kind: 'report', report: parsed.report };
    if (state.repairUsed) return { kind: 'fail', failure: 'invalid_report', reason: `${name} returned an invalid report twice: ${parsed.problem}` };
    return { kind: 'tools', toolUses, rejectedReport: parsed.problem };
  }
  if (toolUses.length > 0) return { kind: 'tools', toolUses };

  const parsed = parseReportText(text);
  if (parsed?.ok) return { kind: 'report', report: parsed.report };
  if (parsed) {
    if (state.repairUsed) return { kind: 'fail', failure: 'invalid_report', reason: `${name} returned an invalid report twice: ${parsed.problem}` };
    return { kind: 'repair', problem: parsed.problem, note: `The report was not valid (${parsed.problem}); asked once more.` };
  }
  if (text === '') {
    if (state.repairUsed) return { kind: 'fail', failure: 'no_report', reason: `${name} gave an empty answer twice and submitted no report.` };
    return { kind: 'repair', problem: 'the reply was empty', note: 'The answer was empty; asked once more for the report.' };
  }
  if (state.repairUsed) {
    return { kind: 'fail', failure: 'no_report', reason: `${name} answered in words instead of submitting a report, twice: "${quote(text)}"` };
  }
  return {
    kind: 'repair',
    problem: `the reply was text, not a report; the ${SUBMIT_REPORT_TOOL_NAME} tool was not called`,
    note: 'The answer was text without a report; asked once more for the report.',
  };
}

/** What the model is told when its report was missing or invalid. */
export function repairMessage(problem: string): string {
  return (
    `Your report was not valid: ${problem}. ` +
    `Call the ${SUBMIT_REPORT_TOOL_NAME} tool once more with a corrected report that matches its input schema.`
  );
}
