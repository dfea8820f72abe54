import type { CoordinatorReport } from '../kernel/contract';
import type { MemoryEdit } from '../memory/types';
import type { ModelTurnRequest, ModelWait, TokenUsage } from '../model/port';
import type { CheckedReport } from './evidence';
import type { CoordinatorFailureKind, ModelTurnRecord, TurnHandling } from './events';
import type { RunState, TurnView } from './state';

/** What the scheduler needs from the outside world. Model-backed and local implementations exist for each. */

export interface DelegationRequest {
  readonly coordinator: string;
  readonly taskId: string;
  readonly request: string;
  readonly prompt: string;
  /** The prompt as the blocks it is sent in, shared ones first (run/prompts.ts); joined they are `prompt`. */
  readonly promptBlocks: readonly string[];
  /** The flag context when the task came from a flag. */
  readonly context?: string;
}

export interface DelegationOutcome {
  readonly report: CoordinatorReport;
  readonly usage: TokenUsage;
}

/**
 * What a task's model conversation tells the run as it goes; every call becomes a journal event.
 * `recorded` holds the turns of this attempt already in the journal: a resumed conversation
 * continues after them instead of asking the model again.
 */
export interface ConversationRecorder {
  readonly recorded: readonly TurnView[];
  progress(message: string): void;
  turn(turn: ModelTurnRecord): void;
  handled(handling: TurnHandling): void;
  wait(wait: ModelWait | undefined): void;
  /**
   * Resolves when a model call may be made (the run's cost limit may hold it, or stop the run);
   * with what to call once the call's turn is journaled or the call failed.
   */
  beforeCall(request: ModelTurnRequest, signal: AbortSignal): Promise<() => void>;
  /** The model began answering a call of this conversation: its prompt prefix is now in the API's cache. */
  answerStarted(): void;
}

export interface Delegator {
  /** Rejects with a CoordinatorFailure when the tokens spent on a failed delegation are known. */
  delegate(request: DelegationRequest, recorder: ConversationRecorder, signal: AbortSignal): Promise<DelegationOutcome>;
}

/** Checks the locations a report cites against the workspace (`evidenceCheck.ts`); every surface shows its verdicts. */
export interface EvidenceChecker {
  check(report: CoordinatorReport, signal: AbortSignal): Promise<CheckedReport>;
}

/** A coordinator that could not produce a usable report; `reason` is shown on the failed task. */
export class CoordinatorFailure extends Error {
  constructor(
    readonly reason: string,
    readonly usage: TokenUsage,
    readonly kind: CoordinatorFailureKind,
  ) {
    super(reason);
    this.name = 'CoordinatorFailure';
  }
}

export interface Synthesizer {
  synthesize(state: RunState, recorder: ConversationRecorder, signal: AbortSignal): Promise<{ readonly text: string; readonly usage: TokenUsage }>;
}

export type MemoryProposalKind = 'claude_md' | 'module_notes' | 'incident' | 'postmortem';

export interface MemoryProposal {
  readonly edits: readonly MemoryEdit[];
  /** Files that already hold what the run would add (applied since, or the same section from another run). */
  readonly alreadyApplied: readonly string[];
}

export interface MemoryProposer {
  propose(state: RunState, kind: MemoryProposalKind): Promise<MemoryProposal>;
}
