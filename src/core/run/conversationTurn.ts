import type { ModelClient, ModelTurnRequest } from '../model/port';
import type { ModelTurnRecord } from './events';
import type { ConversationRecorder } from './ports';

/**
 * One model turn of a task's conversation, asked and journaled: the delegation loop and the
 * synthesis both go through here, so every turn is recorded the same way.
 */
export async function askAndRecord(
  client: ModelClient,
  request: ModelTurnRequest,
  index: number,
  recorder: ConversationRecorder,
  signal: AbortSignal,
): Promise<ModelTurnRecord> {
  const started = performance.now();
  const result = await client.turn(request, { onWait: (wait) => recorder.wait(wait) }, signal);
  const record: ModelTurnRecord = {
    index,
    model: result.model,
    stopReason: result.stopReason,
    usage: result.usage,
    durationMs: Math.round(performance.now() - started),
    maxTokens: request.maxTokens,
    content: result.content,
  };
  recorder.turn(record);
  return record;
}

/** An answer cut off at the output limit is asked again once with this budget: double, up to 64k tokens. */
export function largerOutputBudget(maxTokens: number): number | undefined {
  const larger = Math.min(maxTokens * 2, 64_000);
  return larger > maxTokens ? larger : undefined;
}
