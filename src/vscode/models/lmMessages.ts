import * as vscode from 'vscode';
import type { AssistantBlock, ModelMessage, ModelTurnRequest, SystemBlock, ToolDefinition, UserBlock } from '../../core/model/port';

/** Translation between VS Code's language-model messages and the engine's model port, both ways. */

function toolResultText(part: vscode.LanguageModelToolResultPart): string {
  return part.content
    .map((c) => (c instanceof vscode.LanguageModelTextPart ? c.value : typeof c === 'string' ? c : ''))
    .join('');
}

/** VS Code → engine: what a chat provider receives becomes one Anthropic-shaped conversation. */
export function fromChatRequestMessages(messages: readonly vscode.LanguageModelChatRequestMessage[]): {
  system: SystemBlock[];
  messages: ModelMessage[];
} {
  const system: SystemBlock[] = [];
  const out: { role: 'user' | 'assistant'; content: (UserBlock | AssistantBlock)[] }[] = [];
  for (const message of messages) {
    const isUser = message.role === vscode.LanguageModelChatMessageRole.User;
    const isAssistant = message.role === vscode.LanguageModelChatMessageRole.Assistant;
    const blocks: (UserBlock | AssistantBlock)[] = [];
    for (const part of message.content) {
      if (part instanceof vscode.LanguageModelTextPart) {
        if (part.value.length > 0) blocks.push({ type: 'text', text: part.value });
      } else if (part instanceof vscode.LanguageModelToolCallPart && isAssistant) {
        blocks.push({ type: 'tool_use', id: part.callId, name: part.name, input: part.input });
      } else if (part instanceof vscode.LanguageModelToolResultPart) {
        blocks.push({ type: 'tool_result', toolUseId: part.callId, content: toolResultText(part) });
      }
    }
    if (!isUser && !isAssistant) {
      // A system-role message (a proposed API role): its text goes to the system prompt.
      for (const b of blocks) if (b.type === 'text') system.push({ text: b.text });
      continue;
    }
    if (blocks.length === 0) continue;
    const role = isUser ? 'user' : 'assistant';
    const last = out[out.length - 1];
    // The Messages API wants alternating roles: merge neighbours with the same role.
    if (last && last.role === role) last.content.push(...blocks);
    else out.push({ role, content: blocks });
  }
  if (out[0]?.role === 'assistant') out.unshift({ role: 'user', content: [{ type: 'text', text: '(conversation continues)' }] });
  return { system, messages: out as ModelMessage[] };
}

export function fromChatTools(tools: readonly vscode.LanguageModelChatTool[] | undefined): ToolDefinition[] {
  return (tools ?? []).map((t) => ({
    name: t.name,
    description: t.description,
    inputSchema: (t.inputSchema as Record<string, unknown> | undefined) ?? { type: 'object', properties: {} },
  }));
}

/** Engine → VS Code: one engine turn request as messages for `LanguageModelChat.sendRequest`. */
export function toChatMessages(request: ModelTurnRequest): vscode.LanguageModelChatMessage[] {
  const result: vscode.LanguageModelChatMessage[] = [];
  const systemText = request.system.map((s) => s.text).join('\n\n');
  // Stable VS Code has no system role: the instructions lead the first user message.
  let pendingSystem = systemText.length > 0 ? systemText : undefined;
  for (const message of request.messages) {
    if (message.role === 'assistant') {
      const parts = message.content.map((b) =>
        b.type === 'text' ? new vscode.LanguageModelTextPart(b.text) : new vscode.LanguageModelToolCallPart(b.id, b.name, asObject(b.input)),
      );
      result.push(vscode.LanguageModelChatMessage.Assistant(parts));
    } else {
      const parts: (vscode.LanguageModelTextPart | vscode.LanguageModelToolResultPart)[] = [];
      if (pendingSystem) {
        parts.push(new vscode.LanguageModelTextPart(`${pendingSystem}\n\n`));
        pendingSystem = undefined;
      }
      for (const b of message.content) {
        parts.push(
          b.type === 'text'
            ? new vscode.LanguageModelTextPart(b.text)
            : new vscode.LanguageModelToolResultPart(b.toolUseId, [new vscode.LanguageModelTextPart(b.isError ? `Error: ${b.content}` : b.content)]),
        );
      }
      result.push(vscode.LanguageModelChatMessage.User(parts));
    }
  }
  return result;
}

export function toChatTools(tools: readonly ToolDefinition[]): vscode.LanguageModelChatTool[] {
  return tools.map((t) => ({ name: t.name, description: t.description, inputSchema: t.inputSchema }));
}

function asObject(input: unknown): object {
  return typeof input === 'object' && input !== null ? input : {};
}

/** A signal-driven cancellation token, for APIs that take tokens; dispose it when done. */
export function tokenFromSignal(signal: AbortSignal): vscode.CancellationTokenSource {
  const source = new vscode.CancellationTokenSource();
  if (signal.aborted) source.cancel();
  else signal.addEventListener('abort', () => source.cancel(), { once: true });
  return source;
}

export function signalFromToken(token: vscode.CancellationToken): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  if (token.isCancellationRequested) controller.abort();
  const listener = token.onCancellationRequested(() => controller.abort());
  return { signal: controller.signal, dispose: () => listener.dispose() };
}
