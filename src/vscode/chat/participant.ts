import * as vscode from 'vscode';
import { isModelError } from '../../core/model/port';
import { escapeMarkdown } from '../../core/kernel/untrustedText';
import { displayStatus, failedOnApiKey, isResumable, runTitle } from '../../core/run/display';
import type { Checklist } from '../../core/plan/types';
import type { RunState } from '../../core/run/state';
import { planScope } from '../../core/plan/scope';
import { Disposable } from '../lifecycle';
import type { MemoryEditService } from '../memoryEdits';
import { signalFromToken } from '../models/lmMessages';
import { NoWorkspaceError, RunInProgressError, modelChoiceNotice, type RunService, type ServiceRun } from '../runService';
import { isOrchestratorChatMetadata, lastRunIdIn, parseCommand, type OrchestratorChatMetadata, type OrchestratorCommand } from './metadata';
import { ChatRunRenderer, checklistMarkdown, type ChatSink } from './runRenderer';
import { plannedChecklistFor, requestText, runPlanButton } from './planRun';
import { alternativePlanButton, classificationMarkdown } from './planReply';
import { patternButtons, patternsMarkdown } from './patternsReply';
import { parseTemplateOption } from '../../core/plan/planRequest';
import { locationHref } from './locationHref';
import { errorMessage } from '../../core/kernel/format';

export const PARTICIPANT_ID = 'task-orchestrator.orchestrator';
const CHAT_REDRAW_MS = 150;

/**
 * `@orchestrator`: an adapter that parses the request, starts or resumes a run in the engine and
 * translates its state into the chat stream. The chat's Stop aborts the run.
 */
export class OrchestratorParticipant extends Disposable {
  constructor(
    private readonly runs: RunService,
    private readonly memoryEdits: MemoryEditService,
    extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
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
    const prompt = requestText(request.prompt);
    const cancellation = signalFromToken(token);
    let runId: string | undefined;
    try {
      switch (command) {
        case 'plan':
          return { metadata: await this.plan(prompt, request.model, stream, cancellation.signal) };
        case 'memory':
          await this.memory(prompt, stream);
          return { metadata: { command } satisfies OrchestratorChatMetadata };
        case 'patterns': {
          stream.progress('Looking for recurring kinds of work in past runs…');
          const report = await this.runs.patterns(cancellation.signal);
          stream.markdown(patternsMarkdown(report));
          for (const button of patternButtons(report)) stream.button(button);
          return { metadata: { command } satisfies OrchestratorChatMetadata };
        }
        case 'status': {
          runId = await this.runIdFor(prompt, context);
          const state = runId ? await this.runs.loadRun(runId) : undefined;
          if (!runId || !state) {
            stream.markdown('No run found yet. Ask `@orchestrator` for something to start one.');
            return { metadata: { command } satisfies OrchestratorChatMetadata };
          }
          await this.status(state, stream);
          return { metadata: { command, runId, status: state.status } satisfies OrchestratorChatMetadata };
        }
        case 'resume': {
          const state = await this.resumeTarget(prompt, context);
          if (!state || !isResumable(state, this.runs.isActive(state.runId))) {
            this.nothingToResume(state, stream);
            return { metadata: { command, runId: state?.runId } satisfies OrchestratorChatMetadata };
          }
          runId = state.runId;
          const run = await this.runs.resume(state.runId, { chatModel: request.model }, cancellation.signal);
          return await this.follow(run, command, stream);
        }
        case 'run': {
          if (prompt.length === 0) {
            stream.markdown('Tell me what you need, e.g. *Make the checkout faster*. Use `/plan` to see the checklist without running it.');
            return { metadata: { command } satisfies OrchestratorChatMetadata };
          }
          const asked = parseTemplateOption(prompt);
          // The plan shown for this request runs as shown, unless another template is asked for now.
          const shown = plannedChecklistFor(asked.text, metadataOf(context));
          const planned = shown && (!asked.template || shown.classification.templateId === asked.template) ? shown : undefined;
          const options = { chatModel: request.model };
          const run = planned ? await this.runs.startPlanned(planned, options, cancellation.signal) : await this.runs.start(asked, options, cancellation.signal);
          runId = run.runId;
          if (planned) stream.markdown('*Running the plan shown above, as it was shown.*\n\n');
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
    return lastRunIdIn(metadataOf(context)) ?? (await this.runs.newestRunId());
  }

  /** The run `/resume` means: the one named, else the newest that stopped before its end, else the newest. */
  private async resumeTarget(prompt: string, context: vscode.ChatContext): Promise<RunState | undefined> {
    const typed = prompt.trim().split(/\s+/)[0];
    if (typed && this.runs.hasRun(typed)) return this.runs.loadRun(typed);
    const lastInChat = lastRunIdIn(metadataOf(context));
    const runs = await this.runs.listRuns();
    const inChat = runs.find((r) => r.runId === lastInChat);
    const resumable = [...(inChat ? [inChat] : []), ...runs].find((r) => isResumable(r, this.runs.isActive(r.runId)));
    const chosen = resumable ?? inChat ?? runs[0];
    return chosen ? this.runs.loadRun(chosen.runId) : undefined;
  }

  private nothingToResume(state: RunState | undefined, stream: vscode.ChatResponseStream): void {
    if (!state) {
      stream.markdown('Nothing to resume: there is no run yet. Ask `@orchestrator` for something to start one.');
      return;
    }
    const status = displayStatus(state, this.runs.isActive(state.runId));
    const title = escapeMarkdown(runTitle(state.request));
    stream.markdown(status === 'running'
      ? `Nothing to resume: **${title}** (run \`${state.runId}\`) is running now.`
      : `Nothing to resume: **${title}** (run \`${state.runId}\`) completed, and no run stopped before its end. Ask again to start a new run.`);
    stream.button({ command: 'workbench.action.chat.open', title: 'Show run status', arguments: [{ query: `@orchestrator /status ${state.runId}` }] });
  }

  private async plan(prompt: string, chatModel: vscode.LanguageModelChat, stream: vscode.ChatResponseStream, signal: AbortSignal): Promise<OrchestratorChatMetadata> {
    const asked = parseTemplateOption(prompt);
    if (asked.text.trim().length === 0) {
      stream.markdown('Give me a request to plan, e.g. `/plan Make the checkout faster` (or `/plan --template bug_fix …` to choose the template).');
      return { command: 'plan' };
    }
    stream.progress('Planning…');
    const { checklist, warnings } = await this.runs.plan(asked, { chatModel }, signal);
    const scope = planScope(checklist).map((line) => `${escapeMarkdown(line)}\n\n`).join('');
    const warned = warnings.map((warning) => `> ⚠ ${escapeMarkdown(warning)}\n\n`).join('');
    stream.markdown(`${planMarkdown(checklist)}\n\n${scope}${warned}`);
    stream.button(runPlanButton(asked.text));
    const other = alternativePlanButton(checklist, asked.text);
    if (other) stream.button(other);
    return { command: 'plan', plan: { request: asked.text, checklist } };
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
    } else if (prompt) {
      stream.markdown('Nothing in memory looks related to that request.');
    }
  }

  private async status(state: RunState, stream: vscode.ChatResponseStream): Promise<void> {
    const status = displayStatus(state, this.runs.isActive(state.runId));
    stream.markdown(`**${escapeMarkdown(runTitle(state.request))}** — run \`${state.runId}\`, ${status}\n\n`);
    new ChatRunRenderer(this.sinkFor(stream, state.workspace)).finish(state, { outcome: state.failure ? `${escapeMarkdown(state.failure.message)}\n\n` : '' });
    if (isResumable(state, this.runs.isActive(state.runId))) {
      stream.button({ command: 'taskOrchestrator.resumeRun', arguments: [state.runId], title: 'Resume run' });
    }
    await this.memoryButton(state, stream);
  }

  private async follow(run: ServiceRun, command: OrchestratorCommand, stream: vscode.ChatResponseStream): Promise<vscode.ChatResult> {
    const folder = this.runs.folderLabel(run.handle.store.state.workspace);
    // Said at the start, and again with the answer (what came before it folds away at the end).
    const notice = `${folder ? `*In workspace folder **${escapeMarkdown(folder)}**.* ` : ''}${run.choice.kind !== 'anthropic' ? `*${modelChoiceNotice(run.choice)}*` : ''}`;
    if (notice) stream.markdown(`${notice}\n\n`);
    const renderer = new ChatRunRenderer(this.sinkFor(stream, run.handle.store.state.workspace));
    renderer.update(run.handle.store.state);
    // Coalesced like the tree and the Progress view: a burst of events redraws the checklist once.
    let redraw: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = run.handle.store.onDidEmit(() => {
      redraw ??= setTimeout(() => {
        redraw = undefined;
        renderer.update(run.handle.store.state);
      }, CHAT_REDRAW_MS);
    });
    let final: RunState;
    try {
      final = await run.handle.done;
    } catch (error) {
      this.log.error(`run ${run.runId}: ${errorMessage(error)}`);
      final = run.handle.store.state;
    } finally {
      unsubscribe();
      clearTimeout(redraw);
    }
    renderer.finish(final, { notice: notice && `${notice}\n\n`, outcome: outcomeMarkdown(final) });
    const noKey = run.choice.kind === 'local' && run.choice.reason === 'no-key';
    if (noKey || failedOnApiKey(final)) stream.button({ command: 'taskOrchestrator.setApiKey', title: 'Set Anthropic API Key' });
    await this.memoryButton(final, stream);
    const other = final.checklist ? alternativePlanButton(final.checklist, final.request) : undefined;
    if (other) stream.button(other);
    return { metadata: { command, runId: run.runId, status: final.status } satisfies OrchestratorChatMetadata };
  }

  /** "Review memory updates (N)" while some wait; once applied, nothing to review is offered. */
  private async memoryButton(state: RunState, stream: vscode.ChatResponseStream): Promise<void> {
    if (state.memoryEdits.length === 0) return;
    const { pending } = await this.memoryEdits.status(state);
    if (pending.length === 0) return;
    stream.button({ command: 'taskOrchestrator.reviewMemoryUpdates', arguments: [state.runId], title: `Review memory updates (${pending.length})` });
  }

  private sinkFor(stream: vscode.ChatResponseStream, workspaceRoot: string): ChatSink {
    return {
      progress: (markdown) => stream.progress(markdown),
      markdown: (text) => stream.markdown(text),
      hrefFor: (file, line) => locationHref(workspaceRoot, file, line),
      button: (command, title, args) => stream.button({ command, title, arguments: [...args] }),
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

/** What the chat must say when a run did not complete, above its final checklist. */
function outcomeMarkdown(state: RunState): string {
  if (state.status === 'failed') {
    return `**The run failed:** ${escapeMarkdown(state.failure?.message ?? 'no reason recorded')}\n\nThe journal keeps what was done; \`/resume\` continues from there.\n\n`;
  }
  if (state.status === 'cancelled') return '**Run cancelled.** The journal keeps what was done; `/resume` continues from there.\n\n';
  return '';
}

/** The plan as shown, then kept with the reply: how the template was chosen, the checklist, who it goes to. */
function planMarkdown(checklist: Checklist): string {
  const lines = [
    `**Plan for ${escapeMarkdown(runTitle(checklist.request))}** (${checklist.classification.requestClass})`,
    '',
    classificationMarkdown(checklist).trimEnd(),
    '',
    checklistMarkdown(checklist.tasks.map((spec) => ({ spec }))),
  ];
  if (checklist.delegations.length > 0) {
    lines.push('', `**Delegation:** ${checklist.delegations.map((d) => `${d.coordinator} (batch ${d.batch + 1})`).join(', ')}`);
  }
  lines.push('', 'Nothing has run yet. **Run this plan** runs exactly this checklist.');
  return lines.join('\n');
}

function metadataOf(context: vscode.ChatContext): unknown[] {
  return context.history
    .filter((turn): turn is vscode.ChatResponseTurn => turn instanceof vscode.ChatResponseTurn && turn.participant === PARTICIPANT_ID)
    .map((turn) => turn.result.metadata);
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
