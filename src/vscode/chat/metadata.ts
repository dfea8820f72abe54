/** What the participant returns with each reply and reads back from history. */
export type OrchestratorCommand = 'run' | 'plan' | 'status' | 'resume' | 'memory' | 'patterns';

export interface OrchestratorChatMetadata {
  readonly runId?: string;
  readonly command: OrchestratorCommand;
  /** Final run status when the reply ended with the run. */
  readonly status?: 'running' | 'completed' | 'failed' | 'cancelled';
  /** A `/plan` reply: the request and the checklist it showed, which "Run this plan" runs as shown. */
  readonly plan?: { readonly request: string; readonly checklist: unknown };
}

const COMMANDS: ReadonlySet<string> = new Set(['run', 'plan', 'status', 'resume', 'memory', 'patterns']);

export function isOrchestratorChatMetadata(value: unknown): value is OrchestratorChatMetadata {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  if (typeof record.command !== 'string' || !COMMANDS.has(record.command)) return false;
  if (record.runId !== undefined && typeof record.runId !== 'string') return false;
  const plan = record.plan as Record<string, unknown> | undefined;
  return plan === undefined || (typeof plan === 'object' && plan !== null && typeof plan.request === 'string');
}

/** The newest run id in a conversation, reading replies from the last one back. */
export function lastRunIdIn(metadataNewestLast: readonly unknown[]): string | undefined {
  for (let i = metadataNewestLast.length - 1; i >= 0; i--) {
    const metadata = metadataNewestLast[i];
    if (isOrchestratorChatMetadata(metadata) && metadata.runId) return metadata.runId;
  }
  return undefined;
}

export function parseCommand(command: string | undefined): OrchestratorCommand {
  return command !== undefined && COMMANDS.has(command) ? (command as OrchestratorCommand) : 'run';
}
