import * as vscode from 'vscode';
import { isModelError, ModelError, ZERO_USAGE, type AssistantBlock, type ModelClient, type ModelTurnRequest, type ModelTurnResult, type TurnObserver } from '../../core/model/port';
import { toChatMessages, toChatTools, tokenFromSignal } from './lmMessages';
import { errorMessage } from '../../core/kernel/format';

/**
 * The engine's model port over a VS Code language model (the one picked in the chat), for users
 * without an Anthropic key. VS Code chooses the actual model; `request.model` is ignored.
 */
export class VsCodeLmModelClient implements ModelClient {
  readonly id: string;

  constructor(private readonly model: vscode.LanguageModelChat) {
    this.id = `vscode-lm:${model.vendor}/${model.id}`;
  }

  /**
   * VS Code reports no usage: the tokens are counted with the model's own tokenizer instead, so the
   * run's cost is an estimate (and says so). Undefined when the model cannot count them.
   */
  private async countUsage(sent: readonly (string | vscode.LanguageModelChatMessage)[], content: readonly AssistantBlock[], token: vscode.CancellationToken): Promise<ModelTurnResult['usage'] | undefined> {
    try {
      const answer = content.map((b) => (b.type === 'text' ? b.text : `${b.name} ${JSON.stringify(b.input)}`)).filter((s) => s !== '');
      const [inputTokens, outputTokens] = await Promise.all([countTokens(this.model, sent, token), countTokens(this.model, answer, token)]);
      return { ...ZERO_USAGE, inputTokens, outputTokens };
    } catch {
      return undefined;
    }
  }

  async turn(request: ModelTurnRequest, observer: TurnObserver | undefined, signal: AbortSignal): Promise<ModelTurnResult> {
    if (signal.aborted) throw new ModelError('cancelled', 'The model request was cancelled.');
    const tokenSource = tokenFromSignal(signal);
    try {
      const messages = toChatMessages(request);
      const response = await this.model.sendRequest(
        messages,
        {
          justification: 'Task Orchestrator delegates the tasks of your request to domain coordinators.',
          tools: request.tools.length > 0 ? toChatTools(request.tools) : undefined,
          toolMode: vscode.LanguageModelChatToolMode.Auto,
        },
        tokenSource.token,
      );
      const content: AssistantBlock[] = [];
      let text = '';
      for await (const part of response.stream) {
        if (part instanceof vscode.LanguageModelTextPart) {
          text += part.value;
          observer?.onText?.(part.value);
        } else if (part instanceof vscode.LanguageModelToolCallPart) {
          if (text) content.push({ type: 'text', text });
          text = '';
          content.push({ type: 'tool_use', id: part.callId, name: part.name, input: part.input });
        }
      }
      if (text) content.push({ type: 'text', text });
      if (signal.aborted) throw new ModelError('cancelled', 'The model request was cancelled.');
      const usage = await this.countUsage(request.tools.length > 0 ? [...messages, JSON.stringify(request.tools)] : messages, content, tokenSource.token);
      return {
        content,
        stopReason: content.some((b) => b.type === 'tool_use') ? 'tool_use' : 'end_turn',
        usage: usage ?? ZERO_USAGE,
        model: this.model.id,
        ...(usage ? { usageEstimated: true } : {}),
      };
    } catch (error) {
      throw toModelError(error, signal);
    } finally {
      tokenSource.dispose();
    }
  }
}

/** Nothing is cached through VS Code: every token sent is plain input. */
async function countTokens(model: vscode.LanguageModelChat, parts: readonly (string | vscode.LanguageModelChatMessage)[], token: vscode.CancellationToken): Promise<number> {
  let total = 0;
  for (const part of parts) total += await model.countTokens(part, token);
  return total;
}

function toModelError(error: unknown, signal: AbortSignal): ModelError {
  if (isModelError(error)) return error;
  if (signal.aborted || error instanceof vscode.CancellationError) return new ModelError('cancelled', 'The model request was cancelled.');
  if (error instanceof vscode.LanguageModelError) {
    const detail = error.message ? `: ${error.message}` : '';
    if (error.code === vscode.LanguageModelError.NoPermissions.name) {
      return new ModelError('auth', `VS Code did not allow Task Orchestrator to use the chat model${detail}. Allow it, or set an Anthropic API key.`);
    }
    if (error.code === vscode.LanguageModelError.Blocked.name) {
      return new ModelError('rate_limit', `The chat model refused the request (quota or content policy)${detail}. Wait a moment or set an Anthropic API key.`);
    }
    if (error.code === vscode.LanguageModelError.NotFound.name) {
      return new ModelError('bad_request', `The chat model is no longer available${detail}. Pick another model in the chat.`);
    }
    return new ModelError('server', `The chat model failed${detail}.`);
  }
  const message = errorMessage(error);
  return new ModelError('server', `The chat model failed: ${message}`);
}
