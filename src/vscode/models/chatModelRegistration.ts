import * as vscode from 'vscode';
import { MODEL_VENDOR, type AnthropicChatProvider } from './anthropicChatProvider';

/**
 * Registers the Claude models and makes the chat's model picker know them at once.
 *
 * Without Copilot a fresh profile has no model selected, and VS Code answers every participant
 * request with "Language model unavailable" before `@orchestrator` even sees it. The picker selects
 * the first available model by itself when nothing is picked, but it learns a vendor's models only
 * when something asks for them; asking here, at activation (`onStartupFinished`), lists ours before
 * the user's first request. A model the user picked, or Copilot's default, is left as it is.
 */
export function registerChatModels(provider: AnthropicChatProvider, log: vscode.LogOutputChannel): vscode.Disposable {
  const registration = vscode.lm.registerLanguageModelChatProvider(MODEL_VENDOR, provider);
  vscode.lm.selectChatModels({ vendor: MODEL_VENDOR }).then(
    (models) => log.info(`chat models offered to the model picker: ${models.map((m) => m.name).join(', ') || 'none'}`),
    (error: unknown) => log.warn(`could not offer the chat models to the model picker: ${error instanceof Error ? error.message : String(error)}`),
  );
  return registration;
}
