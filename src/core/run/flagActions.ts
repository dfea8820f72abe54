import type { FlagDecision } from './flagPolicy';
import { delegateFlagTo } from './flagPolicy';
import { concludingTaskIds } from './resumption';
import type { RunStore } from './runStore';
import type { FlagView } from './state';

/**
 * What a flag decision does to a run, as events: the scheduler applies its own decisions here, and
 * the user's decisions on flags kept for review (dismiss, delegate) come through here too, so both
 * are in the journal and a reloaded window sees them.
 */

export class FlagActionError extends Error {
  override readonly name = 'FlagActionError';
}

/** What a journal written before flags were atomic already holds of a flag's follow-up: not emitted again. */
export interface PartialFollowUp {
  readonly added: ReadonlySet<string>;
  readonly paused: readonly string[];
}

const NOTHING_YET: PartialFollowUp = { added: new Set(), paused: [] };

export function applyFlagDecision(store: RunStore, flagId: string, decision: FlagDecision, already: PartialFollowUp = NOTHING_YET): void {
  switch (decision.kind) {
    case 'reject':
      store.emit('FlagRejected', { flagId, reason: decision.reason });
      return;
    case 'review':
      store.emit('FlagKeptForReview', { flagId, note: decision.note });
      return;
    case 'keep':
      store.emit('FlagProcessed', { flagId, addedTaskIds: [], pausedTaskIds: already.paused, note: decision.note, ...(decision.coveredBy ? { coveredBy: decision.coveredBy } : {}) });
      return;
    case 'add':
      if (decision.pause.length > 0) store.emit('TasksPaused', { taskIds: decision.pause, reason: decision.note });
      if (decision.critical && store.state.priority !== 'critical') store.emit('PriorityChanged', { priority: 'critical', reason: decision.note });
      for (const task of decision.tasks) if (!already.added.has(task.id)) store.emit('TaskAdded', { task });
      store.emit('FlagProcessed', {
        flagId, addedTaskIds: decision.tasks.map((t) => t.id), pausedTaskIds: [...already.paused, ...decision.pause], note: decision.note,
        ...(decision.coveredBy ? { coveredBy: decision.coveredBy } : {}),
      });
  }
}

/** The flag, if it is one the user may still decide on; otherwise a FlagActionError saying why not. */
export function flagUnderReview(store: RunStore, flagId: string): FlagView {
  const flag = store.state.flags.find((f) => f.record.id === flagId);
  if (!flag) throw new FlagActionError(`Run ${store.state.runId} has no flag ${flagId}.`);
  if (flag.status !== 'review') throw new FlagActionError(`Flag ${flag.record.type} (${flagId}) is ${flag.status}, not waiting for review.`);
  return flag;
}

export function dismissFlag(store: RunStore, flagId: string): void {
  const flag = flagUnderReview(store, flagId);
  store.emit('FlagDismissed', { flagId, note: `Dismissed by the user (${flag.note ?? 'kept for review'})` });
  store.flush();
}

/**
 * Sends a flag kept for review to the coordinator the user picked: its follow-up tasks are added
 * under the task that raised it, and what was concluded without them is concluded again.
 */
export function delegateFlag(store: RunStore, flagId: string, coordinator: string, coordinators: readonly string[]): void {
  const flag = flagUnderReview(store, flagId);
  if (!coordinators.includes(coordinator)) {
    throw new FlagActionError(`No coordinator named '${coordinator}'; this workspace has ${coordinators.join(', ')}.`);
  }
  store.atomically(() => {
    applyFlagDecision(store, flagId, delegateFlagTo(store.state, flag.record, coordinator));
    for (const taskId of concludingTaskIds(store.state)) store.emit('TaskRetried', { taskId });
  });
}
