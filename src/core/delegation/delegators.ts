import type { Concern } from '../analyzers/types';
import type { AnalyzerSession } from '../analyzers/worker/session';
import type { ModelClient, ToolDefinition } from '../model/port';
import type { ConversationRecorder, DelegationOutcome, DelegationRequest, Delegator } from '../run/ports';
import { describeRedactions, redactSecrets, type Workspace } from '../workspace';
import { runAgentConversation, type ToolExecution } from './agentConversation';
import { coordinatorBriefs } from './coordinatorBriefs';
import { RESPONSE_CONTRACT_INSTRUCTIONS, type CoordinatorDefinition } from '../coordinators';
import { createWorkspaceToolExecutor, workspaceToolDefinitionsFor, type WorkspaceToolExecutor } from './workspaceTools';
import { ZERO_USAGE } from '../model/port';

/** Coordinators answered by deterministic analyzers: no key, no network, same contract. */
export class LocalDelegator implements Delegator {
  /**
   * `analysis` is shared by the run's delegations: the workspace is listed, read and parsed once,
   * off the host thread. `focus` is what the request is about (findings about other concerns are left out).
   */
  constructor(private readonly analysis: () => Promise<AnalyzerSession>, private readonly focus?: Concern) {}

  async delegate(request: DelegationRequest, recorder: ConversationRecorder, signal: AbortSignal): Promise<DelegationOutcome> {
    recorder.progress(`${request.coordinator}: running local analyzers`);
    const analysis = await this.analysis();
    const report = await analysis.run(request.coordinator, { request: request.request, context: request.context, focus: this.focus }, signal);
    return { report, usage: ZERO_USAGE };
  }
}

const ANALYZER_TOOL: ToolDefinition = {
  name: 'run_local_analyzers',
  description:
    'Run the deterministic static analyzers for a domain over the whole workspace (e.g. queries inside loops, foreign keys without an index, ' +
    'SQL built from strings, oversized bundles, containers running as root). Returns findings with file and line evidence. ' +
    'Use it to ground your investigation, then read the cited lines to confirm.',
  inputSchema: {
    type: 'object',
    properties: { domain: { type: 'string', enum: ['backend', 'database', 'frontend', 'security', 'infrastructure'] } },
    required: ['domain'],
    additionalProperties: false,
  },
};

export interface ModelDelegatorOptions {
  readonly client: ModelClient;
  readonly coordinators: ReadonlyMap<string, CoordinatorDefinition>;
  readonly workspace: Workspace;
  /** Shared by the run's delegations, as for LocalDelegator. */
  readonly analysis: () => Promise<AnalyzerSession>;
  /** Rendered project memory: identical for every call, so it caches. */
  readonly projectMemory: string;
  readonly model: string;
  readonly maxTokens: number;
}

/** Coordinators as sub-agents on a model, with read-only workspace tools and the analyzers as a tool. */
export class ModelDelegator implements Delegator {
  /** Built once per run: its bytes are part of every coordinator call's cached prefix. */
  private readonly briefs: string;

  constructor(private readonly options: ModelDelegatorOptions) {
    this.briefs = coordinatorBriefs(options.coordinators.values());
  }

  async delegate(request: DelegationRequest, recorder: ConversationRecorder, signal: AbortSignal): Promise<DelegationOutcome> {
    const coordinator = this.options.coordinators.get(request.coordinator);
    if (!coordinator) throw new Error(`No coordinator named '${request.coordinator}'`);
    const tools = [...workspaceToolDefinitionsFor(coordinator.tools), ANALYZER_TOOL];
    const executeWorkspaceTool = createWorkspaceToolExecutor(this.options.workspace, coordinator.tools);
    const result = await runAgentConversation(
      this.options.client,
      {
        coordinator: { name: coordinator.name, model: coordinator.model },
        contractInstructions: RESPONSE_CONTRACT_INSTRUCTIONS,
        projectMemory: this.options.projectMemory,
        coordinatorBriefs: this.briefs,
        promptBlocks: request.promptBlocks,
        tools,
        executeTool: (name, input, toolSignal) => this.executeTool(executeWorkspaceTool, name, input, toolSignal),
        model: coordinator.model ?? this.options.model,
        maxTokens: this.options.maxTokens,
        taskId: request.taskId,
        recorder,
      },
      signal,
    );
    return { report: result.report, usage: result.usage };
  }

  private async executeTool(workspaceTool: WorkspaceToolExecutor, name: string, input: unknown, signal: AbortSignal): Promise<ToolExecution> {
    if (name !== ANALYZER_TOOL.name) return workspaceTool(name, input, signal);
    const domain = typeof input === 'object' && input !== null ? (input as { domain?: unknown }).domain : undefined;
    if (typeof domain !== 'string') return { content: 'run_local_analyzers needs {"domain": "<backend|database|frontend|security|infrastructure>"}', isError: true };
    const analysis = await this.options.analysis();
    const report = await analysis.run(domain, { request: '' }, signal);
    // Analyzer excerpts quote source lines; a secret on one of them is replaced like in read_file.
    const answer = redactSecrets(JSON.stringify({ findings: report.findings, flags: report.flags }, null, 1));
    const note = answer.redactions.length > 0 ? `${describeRedactions(answer.redactions)} redacted` : undefined;
    return { content: answer.text, isError: false, ...(note ? { note } : {}) };
  }
}
