import { ZERO_USAGE } from '../model/port';
import { decideFlag, DEFAULT_FLAG_LIMITS, FLAG_RULES, flagWait, type FlagLimits } from './flagPolicy';
import type { RaisedFlag } from '../kernel/contract';
import type { FlagRecord } from './events';
import { citedLocations, countEvidence, describeEvidenceCounts, type CheckedFinding, type CheckedReport } from './evidence';
import { CoordinatorFailure, type ConversationRecorder, type Delegator, type EvidenceChecker, type MemoryProposer, type MemoryProposalKind, type Synthesizer } from './ports';
import { buildDelegationPrompt, promptBlocks } from './prompts';
import type { RunStore } from './runStore';
import { currentTurns, currentTurnsUsage, failedDomains, findTask, sameBatch, TERMINAL_TASK_STATUSES, type RunState, type TaskView } from './state';
import { describeStep } from './steps';
import { toFailure } from './failure';
import { applyFlagDecision } from './flagActions';
import { plural, errorMessage } from '../kernel/format';
import type { CostLimitGate } from './costLimit';

export interface SchedulerOptions {
  readonly delegator: Delegator;
  readonly synthesizer: Synthesizer;
  readonly memory: MemoryProposer;
  readonly evidence: EvidenceChecker;
  /** Names of the coordinators that exist (flags can only be routed to these). */
  readonly coordinators: readonly string[];
  /** Delegations of one batch running at once. */
  readonly parallelLimit: number;
  readonly flagLimits?: FlagLimits;
  /** Holds each model call to the run's cost limit (run/costLimit.ts); absent: no limit. */
  readonly costLimit?: Pick<CostLimitGate, 'beforeCall'>;
  /**
   * Siblings of a batch start once the first one's first model call has begun answering: they
   * send the same prompt prefix, which the API can only read from cache once it has been written.
   */
  readonly warmCacheFirst?: boolean;
}

const NOTHING_TO_RELEASE = (): void => {};

/**
 * Follows the checklist in order. The model never decides what is done: a task's state changes only
 * here, and only with evidence (a delegation's report, a proposal, a count).
 */
export class Scheduler {
  constructor(private readonly store: RunStore, private readonly options: SchedulerOptions) {}

  private get state(): RunState {
    return this.store.state;
  }

  async run(signal: AbortSignal): Promise<RunState> {
    try {
      for (const task of this.state.tasks) if (task.delegation?.status === 'completed') this.settleDelegation(task.spec.id);
      this.decideFlagsOfEndedBatches();
      for (;;) {
        if (signal.aborted) break;
        this.resumePausedWorkWhenClear();
        const next = this.state.tasks.find((t) => t.status === 'queued');
        if (!next) break;
        if (next.spec.kind === 'delegate') await this.runDelegations(this.readyBatch(next), signal);
        else await this.runStep(next, signal);
      }
    } catch (error) {
      if (!signal.aborted) {
        this.store.emit('RunFailed', { failure: { kind: 'internal', message: `Internal error: ${errorMessage(error)}` } });
        this.store.flush();
        return this.state;
      }
    }
    if (signal.aborted) {
      this.store.emit('RunCancelled', { reason: abortReason(signal) });
    } else {
      const failed = this.state.tasks.filter((t) => t.status === 'failed');
      if (failed.length === 0) this.store.emit('RunCompleted', {});
      else {
        const message = `${failed.length} task(s) failed: ${failed.map((t) => `${t.spec.id} ${t.spec.title}: ${t.failure?.message}`).join('; ')}`;
        this.store.emit('RunFailed', { failure: { kind: 'tasks_failed', message } });
      }
    }
    this.store.flush();
    return this.state;
  }

  /** The delegations that may start together: the same batch (or the same flag parent), all dependencies ended. */
  private readyBatch(first: TaskView): TaskView[] {
    const ended = (id: string) => TERMINAL_TASK_STATUSES.has(findTask(this.state, id)?.status ?? 'completed');
    const ready = this.state.tasks.filter(
      (t) => t.status === 'queued' && t.spec.kind === 'delegate' && sameBatch(first.spec, t.spec) && (t.spec.dependsOn ?? []).every(ended),
    );
    // The first queued task always runs, so a dependency stuck elsewhere can never stall the run.
    return ready.length > 0 ? ready : [first];
  }

  private async runDelegations(tasks: readonly TaskView[], signal: AbortSignal): Promise<void> {
    const queue = [...tasks];
    const workers = Math.min(Math.max(1, this.options.parallelLimit), queue.length);
    const warm = this.options.warmCacheFirst && workers > 1 ? cacheWarmUp() : undefined;
    const worker = async (index: number) => {
      // The first worker's first delegation writes the shared prefix to the cache; the others read it.
      if (index > 0 && warm) await warm.ready;
      for (let task = queue.shift(); task && !signal.aborted; task = queue.shift()) {
        const first = index === 0 ? warm : undefined;
        try {
          await this.runDelegation(task, signal, first?.done);
        } finally {
          first?.done();
        }
      }
    };
    await Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
    // A batch cut short by a failure or a stop leaves its flags waiting; a resume decides them.
    if (!signal.aborted) this.store.atomically(() => this.decideFlagsOfEndedBatches());
  }

  private async runDelegation(task: TaskView, signal: AbortSignal, onAnswerStarted?: () => void): Promise<void> {
    const taskId = task.spec.id;
    const coordinator = task.spec.coordinator ?? 'unknown';
    // A conversation cut off mid-way continues with the prompt it began with.
    const earlier = currentTurns(task).length > 0 && task.delegation?.prompt !== undefined
      ? { text: task.delegation.prompt, breaks: task.delegation.promptBreaks ?? [] }
      : undefined;
    const { text: prompt, breaks } = earlier ?? buildDelegationPrompt(this.state, task);
    this.store.emit('TaskStarted', { taskId });
    this.store.emit('DelegationStarted', { taskId, coordinator, prompt, ...(breaks.length > 0 ? { promptBreaks: breaks } : {}) });
    const started = Date.now();
    try {
      const outcome = await this.options.delegator.delegate(
        { coordinator, taskId, request: this.state.request, prompt, promptBlocks: promptBlocks(prompt, breaks), context: task.spec.context },
        this.recorderFor(taskId, coordinator, onAnswerStarted),
        signal,
      );
      // Checked before it is recorded, so every surface and a replayed journal show the same verdicts.
      const report = await this.options.evidence.check(outcome.report, signal);
      if (signal.aborted) return;
      this.store.emit('DelegationCompleted', { taskId, coordinator, report, usage: outcome.usage, durationMs: Date.now() - started });
      this.settleDelegation(taskId);
    } catch (error) {
      if (signal.aborted) return; // stays in progress; a resume runs it again
      const failure = toFailure(error);
      // The turns before the failure were paid for; a model error mid-conversation keeps them too.
      const failedTask = findTask(this.state, taskId);
      const usage = error instanceof CoordinatorFailure ? error.usage : failedTask ? currentTurnsUsage(failedTask) : ZERO_USAGE;
      this.store.atomically(() => {
        this.store.emit('DelegationFailed', { taskId, coordinator, failure, usage, durationMs: Date.now() - started });
        this.store.emit('TaskFailed', { taskId, failure });
      });
    }
  }

  /** Journals what a task's model conversation does; `recorded` is what it already did, for a resume. */
  private recorderFor(taskId: string, coordinator: string, onAnswerStarted?: () => void): ConversationRecorder {
    const task = findTask(this.state, taskId);
    const costLimit = this.options.costLimit;
    return {
      recorded: task ? currentTurns(task) : [],
      progress: (message) => this.store.emit('DelegationProgress', { taskId, coordinator, message }),
      turn: (turn) => this.store.emit('ModelTurnRecorded', { taskId, coordinator, turn }),
      handled: (handling) => this.store.emit('ModelTurnHandled', { taskId, coordinator, handling }),
      wait: (wait) => this.store.emit('TaskWaiting', wait ? { taskId, wait } : { taskId }),
      beforeCall: (request, callSignal) => (costLimit ? costLimit.beforeCall(request, callSignal) : Promise.resolve(NOTHING_TO_RELEASE)),
      answerStarted: () => onAnswerStarted?.(),
    };
  }

  /**
   * A delegation's report is the evidence that completes its task and the source of its flags.
   * Idempotent, so a resumed run whose journal stopped between these events finishes the job
   * without asking the model again.
   */
  private settleDelegation(taskId: string): void {
    const task = findTask(this.state, taskId);
    const report = task?.delegation?.report;
    if (!task || !report || task.delegation?.status !== 'completed') return;
    this.store.atomically(() => this.settleReport(task, report));
  }

  private settleReport(task: TaskView, report: CheckedReport): void {
    const taskId = task.spec.id;
    if (task.status !== 'completed') {
      this.store.emit('TaskCompleted', {
        taskId,
        evidence: `${task.delegation?.coordinator} reported ${plural(report.findings.length, 'finding')} (evidence ${describeEvidenceCounts(countEvidence(report.findings))}) and ${plural(report.flags.length, 'flag')}: ${report.summary}`,
      });
    }
    report.flags.forEach((flag, i) => {
      if (!this.state.flags.some((f) => f.record.id === flagId(taskId, i))) this.raiseFlag(task, flag, report.findings, i);
    });
    this.decideFlagsOfEndedBatches();
  }

  private raiseFlag(task: TaskView, flag: RaisedFlag, findings: readonly CheckedFinding[], index: number): void {
    const finding = flag.findingIndex !== undefined ? findings[flag.findingIndex] : findings[0];
    const record: FlagRecord = {
      id: flagId(task.spec.id, index),
      type: flag.type,
      reason: flag.reason,
      priority: flag.type === 'SECURITY_BREACH' ? 'critical' : flag.priority,
      targetDomain: flag.targetDomain,
      raisedBy: { taskId: task.spec.id, coordinator: task.spec.coordinator ?? 'unknown' },
      finding,
      known: flag.type in FLAG_RULES,
    };
    this.store.atomically(() => {
      this.store.emit('FlagRaised', { flag: record });
      const until = this.unfinishedBatchOf(task.spec.id);
      if (until.length === 0) return;
      const wait = flagWait(this.state, record, until);
      if (wait.pause.length > 0) this.store.emit('TasksPaused', { taskIds: wait.pause, reason: wait.note });
      if (wait.pause.length > 0 && this.state.priority !== 'critical') this.store.emit('PriorityChanged', { priority: 'critical', reason: wait.note });
      this.store.emit('FlagWaiting', { flagId: record.id, until, pausedTaskIds: wait.pause, note: wait.note });
    });
  }

  /** The delegations of a task's batch that have not ended (the flags it raised wait for them). */
  private unfinishedBatchOf(taskId: string): string[] {
    const spec = findTask(this.state, taskId)?.spec;
    if (!spec) return [];
    return this.state.tasks
      .filter((t) => t.spec.kind === 'delegate' && sameBatch(spec, t.spec) && !TERMINAL_TASK_STATUSES.has(t.status))
      .map((t) => t.spec.id);
  }

  /**
   * Decides the flags whose batch has ended, in checklist order of the tasks that raised them (then
   * as each report listed them): the order the batch was planned in, never the order it answered
   * in, so the same run adds the same tasks with the same ids however its delegations interleave.
   */
  private decideFlagsOfEndedBatches(): void {
    const order = new Map(this.state.tasks.map((t, i) => [t.spec.id, i]));
    const rank = (f: FlagRecord) => order.get(f.raisedBy.taskId) ?? order.size;
    const pending = this.state.flags.filter((f) => f.status === 'raised').map((f) => f.record).sort((a, b) => rank(a) - rank(b));
    for (const flag of pending) if (this.unfinishedBatchOf(flag.raisedBy.taskId).length === 0) this.processFlag(flag);
  }

  /**
   * What a flag does to the checklist, journaled as one line. A journal written before flags were
   * atomic may hold part of a flag's follow-up without its FlagProcessed: the decision is made as if
   * that part were not there (so it names the same tasks), and only what is missing is added.
   */
  private processFlag(flag: FlagRecord): void {
    this.store.atomically(() => {
      const partial = new Set(this.state.tasks.filter((t) => t.spec.flagId === flag.id).map((t) => t.spec.id));
      const basis = partial.size === 0 ? this.state : { ...this.state, tasks: this.state.tasks.filter((t) => !partial.has(t.spec.id)) };
      const decision = decideFlag(basis, flag, this.options.coordinators, this.options.flagLimits ?? DEFAULT_FLAG_LIMITS);
      const claimed = new Set(this.state.flags.flatMap((f) => f.pausedTaskIds));
      const pausedBefore = partial.size === 0 ? [] : this.state.tasks.filter((t) => t.status === 'paused' && !claimed.has(t.spec.id)).map((t) => t.spec.id);
      const waited = this.state.flags.find((f) => f.record.id === flag.id)?.pausedTaskIds ?? [];
      const coveredBy = decision.kind === 'add' || decision.kind === 'keep' ? decision.coveredBy : undefined;
      // The task that covers the flag was paused with the rest while the flag waited: it handles the flag, so it goes on.
      if (coveredBy && waited.includes(coveredBy) && findTask(this.state, coveredBy)?.status === 'paused') this.store.emit('TasksResumed', { taskIds: [coveredBy] });
      applyFlagDecision(this.store, flag.id, decision, { added: partial, paused: [...pausedBefore, ...waited.filter((id) => id !== coveredBy)] });
    });
  }

  /** Work paused by a critical flag resumes once every task that flag added has ended. */
  private resumePausedWorkWhenClear(): void {
    for (const flag of this.state.flags) {
      if (flag.pausedTaskIds.length === 0 || flag.status === 'raised') continue;
      const handled = flag.addedTaskIds.every((id) => TERMINAL_TASK_STATUSES.has(findTask(this.state, id)?.status ?? 'completed'));
      const stillPaused = flag.pausedTaskIds.filter((id) => findTask(this.state, id)?.status === 'paused');
      if (handled && stillPaused.length > 0) this.store.emit('TasksResumed', { taskIds: stillPaused });
    }
  }

  private async runStep(task: TaskView, signal: AbortSignal): Promise<void> {
    const taskId = task.spec.id;
    this.store.emit('TaskStarted', { taskId });
    try {
      const outcome = await this.performStep(task, signal);
      if (signal.aborted) return;
      if (outcome.skipped) this.store.emit('TaskSkipped', { taskId, reason: outcome.evidence });
      else this.store.emit('TaskCompleted', { taskId, evidence: outcome.evidence });
    } catch (error) {
      if (signal.aborted) return;
      this.store.emit('TaskFailed', { taskId, failure: toFailure(error) });
    }
  }

  private async performStep(task: TaskView, signal: AbortSignal): Promise<{ evidence: string; skipped?: boolean }> {
    const { spec } = task;
    switch (spec.kind) {
      case 'process_response':
        return this.processResponse(task);
      case 'check_flags': {
        this.store.atomically(() => this.decideFlagsOfEndedBatches());
        const flags = this.state.flags;
        if (flags.length === 0) return { evidence: 'No flags were raised' };
        return { evidence: flags.map((f) => `${f.record.type} from ${f.record.raisedBy.coordinator}: ${f.status}${f.note ? ` (${f.note})` : ''}`).join('; ') };
      }
      case 'set_priority_critical':
        if (this.state.priority !== 'critical') this.store.emit('PriorityChanged', { priority: 'critical', reason: 'Emergency request' });
        return { evidence: 'Priority set to CRITICAL' };
      case 'synthesize': {
        // An answer in the journal (the run stopped before its step was marked done) is not asked for again;
        // a retried synthesis has none, since retrying clears it.
        if (this.state.synthesis === undefined) {
          const { text, usage } = await this.options.synthesizer.synthesize(this.state, this.recorderFor(task.spec.id, 'synthesis'), signal);
          if (signal.aborted) return { evidence: '' };
          this.store.emit('SynthesisCompleted', { text, usage });
        }
        const domains = new Set(this.delegationsDone().map((t) => t.delegation!.coordinator));
        const failed = failedDomains(this.state).map((f) => f.coordinator);
        return { evidence: `Synthesis from ${plural(domains.size, 'domain')} (${[...domains].join(', ') || 'none'})${failed.length > 0 ? `; missing ${failed.join(', ')} (failed)` : ''}` };
      }
      case 'update_claude_md':
        return this.propose('claude_md', 'No CLAUDE.md update to propose');
      case 'update_module_notes':
        return this.propose('module_notes', 'No module notes to propose');
      case 'document_incident':
        return this.propose('incident', 'No incident to document');
      case 'create_postmortem':
        return this.propose('postmortem', 'No post-mortem to create');
      case 'respond':
        return this.state.synthesis
          ? { evidence: `Answer ready (${this.state.synthesis.length} characters)` }
          : { evidence: 'No synthesis to answer with', skipped: true };
      case 'delegate':
        throw new Error('delegations run through runDelegations');
      default:
        return { evidence: describeStep(this.state, spec) };
    }
  }

  private processResponse(task: TaskView): { evidence: string; skipped?: boolean } {
    const delegateTask = this.delegationFor(task);
    const delegation = delegateTask?.delegation;
    if (!delegation) return { evidence: `No delegation found for ${task.spec.coordinator}`, skipped: true };
    if (delegateTask.status === 'skipped') return { evidence: `Nothing to process: task ${delegateTask.spec.id} was skipped (${delegateTask.evidence})`, skipped: true };
    if (delegation.status === 'failed') return { evidence: `${delegation.coordinator} delegation failed: ${delegation.failure?.message}`, skipped: true };
    if (delegation.status !== 'completed' || !delegation.report) return { evidence: `${delegation.coordinator} delegation did not finish`, skipped: true };
    const report = delegation.report;
    const cited = citedLocations(report.findings).length;
    const counts = describeEvidenceCounts(countEvidence(report.findings));
    return {
      evidence: `${plural(report.findings.length, 'finding')} from ${delegation.coordinator} (evidence ${counts}, ${plural(cited, 'cited location')}), ${plural(report.flags.length, 'flag')}`,
    };
  }

  private delegationFor(task: TaskView): TaskView | undefined {
    const byDependency = task.spec.dependsOn?.map((id) => findTask(this.state, id)).find((t) => t?.spec.kind === 'delegate' && t.spec.coordinator === task.spec.coordinator);
    if (byDependency) return byDependency;
    return this.state.tasks.find(
      (t) => t.spec.kind === 'delegate' && t.spec.coordinator === task.spec.coordinator && t.spec.parentId === task.spec.parentId && t.spec.batch === task.spec.batch,
    );
  }

  private delegationsDone(): TaskView[] {
    return this.state.tasks.filter((t) => t.delegation?.status === 'completed');
  }

  private async propose(kind: MemoryProposalKind, nothing: string): Promise<{ evidence: string; skipped?: boolean }> {
    const delegations = this.state.tasks.filter((t) => t.delegation);
    if (delegations.length > 0 && delegations.every((t) => t.delegation?.status === 'failed')) {
      return { evidence: 'Nothing to record: every delegation failed, so the run found nothing to remember', skipped: true };
    }
    // "No finding" from pattern checks is no result to remember: a later run would read it as the question answered.
    if (this.state.mode === 'local' && delegations.every((t) => (t.delegation?.report?.findings.length ?? 0) === 0)) {
      return { evidence: 'Nothing to record: the local checks found nothing, and memory saying so would read as the question answered', skipped: true };
    }
    const { edits, alreadyApplied } = await this.options.memory.propose(this.state, kind);
    for (const edit of edits) this.store.emit('MemoryEditProposed', { edit });
    if (edits.length === 0 && alreadyApplied.length > 0) return { evidence: `Already in memory: ${alreadyApplied.join(', ')} holds this section`, skipped: true };
    if (edits.length === 0) return { evidence: nothing, skipped: true };
    return { evidence: `Proposed for review: ${edits.map((e) => `${e.kind === 'create' ? 'create' : 'update'} ${e.path}`).join(', ')}` };
  }
}

/** Opens once the first delegation of a batch has begun receiving an answer, or has ended. */
function cacheWarmUp(): { readonly ready: Promise<void>; readonly done: () => void } {
  let done!: () => void;
  const ready = new Promise<void>((resolve) => (done = resolve));
  return { ready, done };
}

function flagId(taskId: string, index: number): string {
  return `${taskId}-flag${index + 1}`;
}



function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name !== 'AbortError') return reason.message;
  return typeof reason === 'string' ? reason : 'Cancelled by the user';
}
