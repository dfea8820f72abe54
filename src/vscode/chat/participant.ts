import * as vscode from 'vscode';
import { isModelError } from '../../core/model/port';
import { escapeMarkdown } from '../../core/kernel/markdown';
import { displayStatus, failedOnApiKey } from '../../core/run/display';
import type { RunState } from '../../core/run/state';
import { planScope } from '../../core/plan/scope';
import { Disposable } from '../lifecycle';
import { resolveInWorkspace } from '../../core/workspace/pathGuard';
import { signalFromToken } from '../models/lmMessages';
import { NoWorkspaceError, RunInProgressError, modelChoiceNotice, type RunService, type ServiceRun } from '../runService';
import { isOrchestratorChatMetadata, lastRunIdIn, parseCommand, type OrchestratorChatMetadata, type OrchestratorCommand } from './metadata';
import { ChatRunRenderer, checklistMarkdown, type ChatSink } from './runRenderer';
import { alternativePlanButton, classificationMarkdown } from './planReply';
import { patternButtons, patternsMarkdown } from './patternsReply';
import { parseTemplateOption } from '../../core/plan/planRequest';
import { errorMessage } from '../../core/kernel/format';

export const PARTICIPANT_ID = 'task-orchestrator.orchestrator';

/**
 * `@orchestrator`: an adapter that parses the request, starts or resumes a run in the engine and
 * translates its state into the chat stream. The chat's Stop aborts the run.
 */
export class OrchestratorParticipant extends Disposable {
  constructor(private readonly runs: RunService, extensionUri: vscode.Uri, private readonly log: vscode.LogOutputChannel) {
    super();
    const participant = this._register(vscode.chat.createChatParticipant(PARTICIPANT_ID, (request, context, stream, token) => this.handle(request, context, stream, token)));
    participant.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'orchestrator.png');
    participant.followupProvider = { provideFollowups: (result) => followupsFor(result) };
  }

  private async handle(
    request: vscode.ChatRequest,
    context: vscode.ChatContext,
    stream: vscode.ChatResponseStream,
    token: vscode.CancellationToken,
  ): Promise<vscode.ChatResult> {
    const command = parseCommand(request.command);
    const cancellation = signalFromToken(token);
    let runId: string | undefined;
    try {
      switch (command) {
        case 'plan':
          await this.plan(request.prompt, request.model, stream, cancellation.signal);
          return { metadata: { command } satisfies OrchestratorChatMetadata };
        case 'memory':
          await this.memory(request.prompt, stream);
          return { metadata: { command } satisfies OrchestratorChatMetadata };
        case 'patterns': {
          stream.progress('Looking for recurring kinds of work in past runs…');
          const report = await this.runs.patterns(cancellation.signal);
          stream.markdown(patternsMarkdown(report));
          for (const button of patternButtons(report)) stream.button(button);
          return { metadata: { command } satisfies OrchestratorChatMetadata };
        }
        case 'status': {
          runId = await this.runIdFor(request.prompt, context);
          const state = runId ? await this.runs.loadRun(runId) : undefined;
          if (!runId || !state) {
            stream.markdown('No run found yet. Ask `@orchestrator` for something to start one.');
            return { metadata: { command } satisfies OrchestratorChatMetadata };
          }
          this.status(state, stream);
          return { metadata: { command, runId, status: state.status } satisfies OrchestratorChatMetadata };
        }
        case 'resume': {
          runId = await this.runIdFor(request.prompt, context);
          if (!runId) {
            stream.markdown('No run to resume yet.');
            return { metadata: { command } satisfies OrchestratorChatMetadata };
          }
          const run = await this.runs.resume(runId, { chatModel: request.model }, cancellation.signal);
          return await this.follow(run, command, stream);
        }
        case 'run': {
          if (request.prompt.trim().length === 0) {
            stream.markdown('Tell me what you need, e.g. *Make the checkout faster*. Use `/plan` to see the checklist without running it.');
            return { metadata: { command } satisfies OrchestratorChatMetadata };
          }
          const run = await this.runs.start(parseTemplateOption(request.prompt), { chatModel: request.model }, cancellation.signal);
          runId = run.runId;
          return await this.follow(run, command, stream);
        }
      }
    } catch (error) {
      this.renderError(error, stream);
      return { metadata: { command, runId } satisfies OrchestratorChatMetadata, errorDetails: { message: errorMessage(error) } };
    } finally {
      cancellation.dispose();
    }
  }

  private async runIdFor(prompt: string, context: vscode.ChatContext): Promise<string | undefined> {
    // A typed word counts as a run id only when such a run exists ("/resume please" means the last run).
    const typed = prompt.trim().split(/\s+/)[0];
    if (typed && this.runs.hasRun(typed)) return typed;
    const metadata = context.history
      .filter((turn): turn is vscode.ChatResponseTurn => turn instanceof vscode.ChatResponseTurn && turn.participant === PARTICIPANT_ID)
      .map((turn) => turn.result.metadata);
    return lastRunIdIn(metadata) ?? (await this.runs.newestRunId());
  }

  private async plan(prompt: string, chatModel: vscode.LanguageModelChat, stream: vscode.ChatResponseStream, signal: AbortSignal): Promise<void> {
    const asked = parseTemplateOption(prompt);
    if (asked.text.trim().length === 0) {
      stream.markdown('Give me a request to plan, e.g. `/plan Make the checkout faster` (or `/plan --template bug_fix …` to choose the template).');
      return;
    }
    stream.progress('Planning…');
    const { checklist, warnings } = await this.runs.plan(asked, { chatModel }, signal);
    stream.markdown(`**Checklist** (${checklist.classification.requestClass})\n\n`);
    stream.markdown(classificationMarkdown(checklist));
    stream.markdown(`${checklistMarkdown(checklist.tasks.map((spec) => ({ spec })))}\n\n`);
    if (checklist.delegations.length > 0) {
      stream.markdown(`**Delegation:** ${checklist.delegations.map((d) => `${d.coordinator} (batch ${d.batch + 1})`).join(', ')}\n\n`);
    }
    for (const line of planScope(checklist)) stream.markdown(`${escapeMarkdown(line)}\n\n`);
    for (const warning of warnings) stream.markdown(`> ⚠ ${escapeMarkdown(warning)}\n`);
    const other = alternativePlanButton(checklist, asked.text);
    if (other) stream.button(other);
  }

  private async memory(prompt: string, stream: vscode.ChatResponseStream): Promise<void> {
    const result = await this.runs.memory(prompt);
    if (result.files.length === 0) {
      stream.markdown('No project memory found (no CLAUDE.md, AGENTS.md or modules/*.md).');
      return;
    }
    stream.markdown(`**Project memory:** ${result.files.map((f) => `\`${f}\``).join(', ')}\n\n`);
    if (result.related.length > 0) {
      stream.markdown(`**Related to your request:**\n\n${result.related.map((r) => `- \`${r.file}\` — ${escapeMarkdown(r.heading)}: ${escapeMarkdown(r.excerpt)}`).join('\n')}\n`);
    } else if (prompt.trim()) {
      stream.markdown('Nothing in memory looks related to that request.');
    }
  }

  private status(state: RunState, stream: vscode.ChatResponseStream): void {
    const status = displayStatus(state, this.runs.isActive(state.runId));
    stream.markdown(`**${escapeMarkdown(state.request)}** — run \`${state.runId}\`, ${status}\n\n${checklistMarkdown(state.tasks)}\n\n`);
    if (state.failure) stream.markdown(`${escapeMarkdown(state.failure.message)}\n\n`);
    if (state.synthesis) stream.markdown(`---\n\n${state.synthesis}\n\n`);
    if (status !== 'running' && status !== 'completed') {
      stream.button({ command: 'taskOrchestrator.resumeRun', arguments: [state.runId], title: 'Resume run' });
    }
    this.memoryButton(state, stream);
  }

  private async follow(run: ServiceRun, command: OrchestratorCommand, stream: vscode.ChatResponseStream): Promise<vscode.ChatResult> {
    const folder = this.runs.folderLabel(run.handle.store.state.workspace);
    if (folder) stream.markdown(`*In workspace folder **${escapeMarkdown(folder)}**.*\n\n`);
    if (run.choice.kind !== 'anthropic') {
      stream.markdown(`*${modelChoiceNotice(run.choice)}*\n\n`);
      if (run.choice.kind === 'local' && run.choice.reason === 'no-key') stream.button({ command: 'taskOrchestrator.setApiKey', title: 'Set Anthropic API Key' });
    }
    const renderer = new ChatRunRenderer(this.sinkFor(stream, run.handle.store.state.workspace));
    renderer.update(run.handle.store.state);
    const unsubscribe = run.handle.store.onDidEmit((_event, state) => renderer.update(state));
    let final: RunState;
    try {
      final = await run.handle.done;
    } catch (error) {
      this.log.error(`run ${run.runId}: ${errorMessage(error)}`);
      final = run.handle.store.state;
    } finally {
      unsubscribe();
    }
    renderer.finish(final);
    if (final.status === 'failed') {
      stream.markdown(`**The run failed:** ${escapeMarkdown(final.failure?.message ?? 'no reason recorded')}\n\nThe journal keeps what was done; \`/resume\` continues from there.\n\n`);
      if (failedOnApiKey(final)) stream.button({ command: 'taskOrchestrator.setApiKey', title: 'Set Anthropic API Key' });
    } else if (final.status === 'cancelled') {
      stream.markdown('**Run cancelled.** The journal keeps what was done; `/resume` continues from there.\n\n');
    }
    this.memoryButton(final, stream);
    const other = final.checklist ? alternativePlanButton(final.checklist, final.request) : undefined;
    if (other) stream.button(other);
    return { metadata: { command, runId: run.runId, status: final.status } satisfies OrchestratorChatMetadata };
  }

  private memoryButton(state: RunState, stream: vscode.ChatResponseStream): void {
    if (state.memoryEdits.length === 0) return;
    stream.button({ command: 'taskOrchestrator.reviewMemoryUpdates', arguments: [state.runId], title: `Review memory updates (${state.memoryEdits.length})` });
  }

  private sinkFor(stream: vscode.ChatResponseStream, workspaceRoot: string): ChatSink {
    return {
      progress: (message) => stream.progress(message),
      markdown: (text) => stream.markdown(text),
      reference: (evidence) => {
        try {
          const uri = vscode.Uri.file(resolveInWorkspace(workspaceRoot, evidence.file));
          stream.reference(new vscode.Location(uri, new vscode.Position(Math.max(0, evidence.line - 1), 0)));
        } catch {
          // Evidence outside the workspace (or behind a link leading out) is shown as text only, never linked.
        }
      },
    };
  }

  private renderError(error: unknown, stream: vscode.ChatResponseStream): void {
    this.log.warn(`chat request failed: ${errorMessage(error)}`);
    if (isModelError(error) && error.kind === 'cancelled') {
      stream.markdown('Cancelled.');
      return;
    }
    stream.markdown(`**${escapeMarkdown(errorMessage(error))}**\n\n`);
    if (isModelError(error) && error.kind === 'auth') stream.button({ command: 'taskOrchestrator.setApiKey', title: 'Set Anthropic API Key' });
    if (error instanceof RunInProgressError) {
      stream.button({ command: 'taskOrchestrator.cancelRun', arguments: error.runId ? [error.runId] : [], title: 'Cancel the run in progress' });
    }
    if (error instanceof NoWorkspaceError) stream.button({ command: 'vscode.openFolder', title: 'Open Folder…' });
  }
}

function followupsFor(result: vscode.ChatResult): vscode.ChatFollowup[] {
  const metadata = result.metadata;
  if (!isOrchestratorChatMetadata(metadata) || !metadata.runId) return [];
  const followups: vscode.ChatFollowup[] = [{ prompt: metadata.runId, command: 'status', label: 'Show run status' }];
  if (metadata.status === 'failed' || metadata.status === 'cancelled') {
    followups.push({ prompt: metadata.runId, command: 'resume', label: 'Resume this run' });
  }
  return followups;
}

