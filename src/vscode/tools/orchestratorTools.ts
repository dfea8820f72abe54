import * as vscode from 'vscode';
import { delegationLine, planText, runText } from '../../core/audit/runText';
import { oneLine } from '../../core/kernel/format';
import { escapeMarkdown } from '../../core/kernel/untrustedText';
import { Disposable } from '../lifecycle';
import { signalFromToken } from '../models/lmMessages';
import type { ModelChoice, RunService } from '../runService';
import { fitToBudget } from './toolBudget';
import { parseToolInput, planInputSchema, runInputSchema, statusInputSchema, type PlanToolInput, type RunToolInput, type StatusToolInput } from './toolInput';

/**
 * Task Orchestrator as tools for agent mode (and any extension calling `vscode.lm.invokeTool`):
 * plan a request, run it, read a run's status. They go through the window's RunService, so a run
 * started by an agent is the same run the chat, the Tasks view and the Progress view show, and
 * one run at a time holds for agents too. Results are plain text for a model; what a model or a
 * workspace file wrote is set apart as data (see audit/runText.ts).
 */

export const TOOL_NAMES = { plan: 'orchestrator_plan', run: 'orchestrator_run', status: 'orchestrator_status' } as const;

function textResult(text: string, options: { tokenizationOptions?: vscode.LanguageModelToolTokenizationOptions }): vscode.LanguageModelToolResult {
  return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(fitToBudget(text, options.tokenizationOptions?.tokenBudget))]);
}

/** How much of a request a progress message shows. */
const SHORT = 80;

export class PlanTool implements vscode.LanguageModelTool<PlanToolInput> {
  constructor(private readonly runs: RunService) {}

  prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<PlanToolInput>): vscode.PreparedToolInvocation {
    return { invocationMessage: `Planning "${oneLine(String(options.input.request ?? ''), SHORT)}" with Task Orchestrator` };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<PlanToolInput>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    const input = parseToolInput(planInputSchema, options.input, TOOL_NAMES.plan);
    const cancellation = signalFromToken(token);
    try {
      const { checklist, warnings } = await this.runs.plan({ text: input.request, template: input.template }, {}, cancellation.signal);
      const lines = [
        'Plan only: nothing has run and nothing was written.',
        '',
        planText(checklist, '@orchestrator /plan'),
        '',
        `Delegation: ${delegationLine(checklist)}`,
        ...warnings.map((w) => `Warning: ${w}`),
        '',
        `To run this checklist, call ${TOOL_NAMES.run} with the same request${input.template ? ` and template ${input.template}` : ''}.`,
      ];
      return textResult(lines.join('\n'), options);
    } finally {
      cancellation.dispose();
    }
  }
}

/** How a run will talk to a model, as the confirmation names it. */
function describeMode(choice: ModelChoice): string {
  switch (choice.kind) {
    case 'anthropic':
      return 'model mode: the coordinators are Claude models on the Anthropic API, which receive the workspace files they read (never secret or ignored files)';
    case 'vscode-lm':
      return `model mode on ${choice.modelName}`;
    case 'local':
      return choice.reason === 'untrusted'
        ? 'local mode (the workspace is not trusted): deterministic analyzers, nothing leaves the machine'
        : 'local mode (no Anthropic API key set): deterministic analyzers, nothing leaves the machine';
  }
}

export class RunTool implements vscode.LanguageModelTool<RunToolInput> {
  constructor(private readonly runs: RunService) {}

  /** A run does work and may send files to a model: the user confirms, knowing the request and the mode. */
  async prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<RunToolInput>): Promise<vscode.PreparedToolInvocation> {
    const request = String(options.input.request ?? '');
    const template = typeof options.input.template === 'string' ? options.input.template : undefined;
    const mode = describeMode(await this.runs.chooseModel());
    const message = new vscode.MarkdownString(
      `Run **${escapeMarkdown(oneLine(request, 300))}**${template ? ` from template **${escapeMarkdown(template)}**` : ''} in ${escapeMarkdown(mode)}.\n\n`
      + 'The run is journaled in `.orchestrator/runs` and shows in the Orchestrator view; memory updates it proposes are written only when you review and apply them.',
    );
    return {
      invocationMessage: `Running "${oneLine(request, SHORT)}" with Task Orchestrator (progress in the Orchestrator view)`,
      confirmationMessages: { title: 'Run this request with Task Orchestrator?', message },
    };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<RunToolInput>, token: vscode.CancellationToken): Promise<vscode.LanguageModelToolResult> {
    const input = parseToolInput(runInputSchema, options.input, TOOL_NAMES.run);
    const cancellation = signalFromToken(token);
    try {
      const run = await this.runs.start({ text: input.request, template: input.template }, {}, cancellation.signal);
      const final = await run.handle.done;
      const next = final.status === 'completed'
        ? (final.memoryEdits.length > 0 ? 'The user can review the proposed memory updates with Task Orchestrator: Review Memory Updates.' : '')
        : `The journal keeps what was done; the user can resume it with "@orchestrator /resume ${final.runId}".`;
      return textResult([runText(final, false), next].filter(Boolean).join('\n\n'), options);
    } finally {
      cancellation.dispose();
    }
  }
}

export class StatusTool implements vscode.LanguageModelTool<StatusToolInput> {
  constructor(private readonly runs: RunService) {}

  prepareInvocation(options: vscode.LanguageModelToolInvocationPrepareOptions<StatusToolInput>): vscode.PreparedToolInvocation {
    return { invocationMessage: options.input.runId ? `Reading run ${String(options.input.runId)}` : 'Reading the latest Task Orchestrator run' };
  }

  async invoke(options: vscode.LanguageModelToolInvocationOptions<StatusToolInput>): Promise<vscode.LanguageModelToolResult> {
    const input = parseToolInput(statusInputSchema, options.input, TOOL_NAMES.status);
    const runId = input.runId ?? await this.runs.newestRunId();
    const state = runId ? await this.runs.loadRun(runId) : undefined;
    if (!runId || !state) {
      const recent = (await this.runs.listRuns()).slice(0, 5).map((r) => `${r.runId} (${r.status}): ${oneLine(r.request, 60)}`);
      const which = runId ? `There is no run ${runId} in this window's workspace folders.` : 'There are no runs in this window\'s workspace folders yet.';
      throw new Error(`${which}${recent.length > 0 ? ` Recent runs: ${recent.join('; ')}.` : ''}`);
    }
    return textResult(runText(state, this.runs.isActive(state.runId)), options);
  }
}

/** The three tools, registered for the extension's lifetime. */
export class OrchestratorTools extends Disposable {
  readonly plan: PlanTool;
  readonly run: RunTool;
  readonly status: StatusTool;

  constructor(runs: RunService) {
    super();
    this.plan = new PlanTool(runs);
    this.run = new RunTool(runs);
    this.status = new StatusTool(runs);
    this._register(vscode.lm.registerTool(TOOL_NAMES.plan, this.plan));
    this._register(vscode.lm.registerTool(TOOL_NAMES.run, this.run));
    this._register(vscode.lm.registerTool(TOOL_NAMES.status, this.status));
  }
}
