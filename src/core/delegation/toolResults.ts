import type { ToolResultBlock, ToolUseBlock } from '../model/port';
import type { ToolResultRecord } from '../run/events';

/**
 * Tool results as the model gets them and as the journal keeps them. The journal keeps each result
 * cut to a budget (saying how much it left out); a resumed conversation that needs a result the
 * journal only holds in part runs that read-only tool again.
 */

/** What a tool call answered. `note` is the tool's own account of what it refused or redacted. */
export interface ToolExecution {
  readonly content: string;
  readonly isError: boolean;
  readonly note?: string;
}

/** Characters of one tool result kept in the journal. */
export const TOOL_RESULT_JOURNAL_CHARS = 8000;

export function toolResultRecord(toolUse: ToolUseBlock, result: ToolExecution): ToolResultRecord {
  const { content } = result;
  let kept = content;
  if (content.length > TOOL_RESULT_JOURNAL_CHARS) {
    // Never split a surrogate pair: the journal is UTF-8 and the half would be garbage.
    const end = isHighSurrogate(content.charCodeAt(TOOL_RESULT_JOURNAL_CHARS - 1)) ? TOOL_RESULT_JOURNAL_CHARS - 1 : TOOL_RESULT_JOURNAL_CHARS;
    kept = content.slice(0, end);
  }
  return {
    toolUseId: toolUse.id,
    name: toolUse.name,
    isError: result.isError,
    content: kept,
    ...(kept.length < content.length ? { omittedChars: content.length - kept.length } : {}),
    ...(result.note ? { note: result.note } : {}),
  };
}

/** A journaled result that holds the whole text, as the model saw it; undefined when it was cut. */
export function wholeResult(record: ToolResultRecord | undefined): ToolExecution | undefined {
  if (!record || record.omittedChars !== undefined) return undefined;
  return { content: record.content, isError: record.isError, ...(record.note ? { note: record.note } : {}) };
}

export function toolResultBlock(toolUse: ToolUseBlock, result: ToolExecution): ToolResultBlock {
  return { type: 'tool_result', toolUseId: toolUse.id, content: result.content, isError: result.isError };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
