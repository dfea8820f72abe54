import * as vscode from 'vscode';
import { isModelError } from '../../core/model/port';
import type { ApiKeyStore } from '../apiKeyStore';
import { readSettings } from '../settings';
import { Disposable } from '../lifecycle';
import { createAnthropicClient } from './anthropicClientFactory';
import { fromChatRequestMessages, fromChatTools, signalFromToken } from './lmMessages';
import { errorMessage } from '../../core/kernel/format';

export const MODEL_VENDOR = 'task-orchestrator';

/**
 * Claude models in VS Code's model picker, so the chat works without Copilot. Requests go through the
 * engine's Anthropic client with the key from secret storage.
 */
export class AnthropicChatProvider extends Disposable implements vscode.LanguageModelChatProvider {
  private readonly _onDidChangeLanguageModelChatInformation = this._register(new vscode.EventEmitter<void>());
  readonly onDidChangeLanguageModelChatInformation = this._onDidChangeLanguageModelChatInformation.event;

  constructor(private readonly keys: ApiKeyStore, private readonly log: vscode.LogOutputChannel) {
    super();
    this._register(keys.onDidChange(() => this._onDidChangeLanguageModelChatInformation.fire()));
    this._register(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('taskOrchestrator.models') || e.affectsConfiguration('taskOrchestrator.maxTokens')) {
        this._onDidChangeLanguageModelChatInformation.fire();
      }
    }));
  }

  provideLanguageModelChatInformation(): vscode.LanguageModelChatInformation[] {
    const settings = readSettings();
    const ids = [...new Set([settings.plannerModel, settings.coordinatorModel])];
    return ids.map((id) => ({
      id,
      name: `Claude (${id})`,
      family: id,
      version: id,
      detail: 'Task Orchestrator',
      tooltip: 'Anthropic model through Task Orchestrator (uses your Anthropic API key).',
      maxInputTokens: 200_000,
      maxOutputTokens: settings.maxTokens ?? 8192,
      capabilities: { toolCalling: true },
    }));
  }

  async provideLanguageModelChatResponse(
    model: vscode.LanguageModelChatInformation,
    messages: readonly vscode.LanguageModelChatRequestMessage[],
    options: vscode.ProvideLanguageModelChatResponseOptions,
    progress: vscode.Progress<vscode.LanguageModelResponsePart>,
    token: vscode.CancellationToken,
  ): Promise<void> {
    const apiKey = await this.keys.get();
    if (!apiKey) {
      progress.report(new vscode.LanguageModelTextPart(
        'No Anthropic API key is set. Run the command **Task Orchestrator: Set Anthropic API Key** (Command Palette), then ask again. ' +
          'The @orchestrator participant also works without a key, in local mode.',
      ));
      return;
    }
    const settings = readSettings();
    const client = await createAnthropicClient(apiKey, settings, (m) => this.log.debug(m));
    const { system, messages: converted } = fromChatRequestMessages(messages);
    const cancellation = signalFromToken(token);
    try {
      const result = await client.turn(
        {
          model: model.id,
          maxTokens: settings.maxTokens ?? 8192,
          system,
          tools: fromChatTools(options.tools),
          messages: converted,
          purpose: { taskId: 'chat', coordinator: 'chat' },
        },
        { onText: (delta) => progress.report(new vscode.LanguageModelTextPart(delta)) },
        cancellation.signal,
      );
      for (const block of result.content) {
        if (block.type === 'tool_use') {
          const input = typeof block.input === 'object' && block.input !== null ? block.input : {};
          progress.report(new vscode.LanguageModelToolCallPart(block.id, block.name, input));
        }
      }
    } catch (error) {
      if (isModelError(error) && error.kind === 'cancelled') return;
      const message = errorMessage(error);
      this.log.warn(`chat model request failed: ${message}`);
      if (isModelError(error) && error.kind === 'auth') {
        throw vscode.LanguageModelError.NoPermissions(`${message} Run "Task Orchestrator: Set Anthropic API Key".`);
      }
      throw new Error(message);
    } finally {
      cancellation.dispose();
    }
  }

  async provideTokenCount(_model: vscode.LanguageModelChatInformation, text: string | vscode.LanguageModelChatRequestMessage): Promise<number> {
    // Rough (≈4 characters a token): VS Code uses it to budget prompts, not to bill.
    const value = typeof text === 'string' ? text : text.content.map((p) => (p instanceof vscode.LanguageModelTextPart ? p.value : JSON.stringify(p) ?? '')).join('');
    return Math.ceil(value.length / 4);
  }
}
