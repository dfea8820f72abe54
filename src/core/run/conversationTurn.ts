import type { AssistantBlock, ModelClient, ModelTurnRequest } from '../model/port';
import { redactSecrets } from '../workspace';
import type { ModelTurnRecord } from './events';
import type { ConversationRecorder } from './ports';

/**
 * One model turn of a task's conversation, asked and journaled: the delegation loop and the
 * synthesis both go through here, so every turn is recorded (and held to the run's cost limit)
 * the same way.
 */
export async function askAndRecord(
  client: ModelClient,
  request: ModelTurnRequest,
  index: number,
  recorder: ConversationRecorder,
  signal: AbortSignal,
): Promise<ModelTurnRecord> {
  const callRecorded = await recorder.beforeCall(request, signal);
  try {
    const started = performance.now();
    const result = await client.turn(request, { onWait: (wait) => recorder.wait(wait), onAnswerStart: () => recorder.answerStarted() }, signal);
    const record: ModelTurnRecord = {
      index,
      model: result.model,
      stopReason: result.stopReason,
      usage: result.usage,
      ...(result.usageEstimated ? { usageEstimated: true } : {}),
      durationMs: Math.round(performance.now() - started),
      maxTokens: request.maxTokens,
      content: withoutSecrets(result.content),
    };
    recorder.turn(record);
    return record;
  } finally {
    callRecorded();
  }
}

/**
 * A secret in what the model wrote is replaced by its placeholder before anything keeps it (the
 * journal, task details, the conversation sent back on the next turn), as in what the tools return.
 * The model only sees redacted text, so this is a second line of defence, one scan per block.
 */
function withoutSecrets(content: readonly AssistantBlock[]): AssistantBlock[] {
  return content.map((block) => {
    if (block.type === 'text') return { ...block, text: redactSecrets(block.text).text };
    if (redactSecrets(JSON.stringify(block.input ?? null)).redactions.length === 0) return block;
    return { ...block, input: redactStrings(block.input) };
  });
}

function redactStrings(value: unknown): unknown {
  if (typeof value === 'string') return redactSecrets(value).text;
  if (Array.isArray(value)) return value.map(redactStrings);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactStrings(item)]));
  return value;
}

/** An answer cut off at the output limit is asked again once with this budget: double, up to 64k tokens. */
export function largerOutputBudget(maxTokens: number): number | undefined {
  const larger = Math.min(maxTokens * 2, 64_000);
  return larger > maxTokens ? larger : undefined;
}
