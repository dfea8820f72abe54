import type { CoordinatorReport } from '../kernel/contract';
import type { MemoryEdit } from '../memory/types';
import type { TokenUsage } from '../model/port';
import type { RunState } from './state';

/** What the scheduler needs from the outside world. Model-backed and local implementations exist for each. */

export interface DelegationRequest {
  readonly coordinator: string;
  readonly taskId: string;
  readonly request: string;
  readonly prompt: string;
  /** The flag context when the task came from a flag. */
  readonly context?: string;
}

export interface DelegationOutcome {
  readonly report: CoordinatorReport;
  readonly usage: TokenUsage;
}

export interface Delegator {
  delegate(request: DelegationRequest, onProgress: (message: string) => void, signal: AbortSignal): Promise<DelegationOutcome>;
}

export interface Synthesizer {
  synthesize(state: RunState, signal: AbortSignal): Promise<{ readonly text: string; readonly usage: TokenUsage }>;
}

export type MemoryProposalKind = 'claude_md' | 'module_notes' | 'incident' | 'postmortem';

export interface MemoryProposer {
  propose(state: RunState, kind: MemoryProposalKind): Promise<readonly MemoryEdit[]>;
}
