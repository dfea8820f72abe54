import { errorMessage } from '../kernel/format';
import { isModelError } from '../model/port';
import type { Failure, RunEvent } from './events';
import { CoordinatorFailure } from './ports';

/**
 * What was thrown, as a typed failure: a model error keeps its kind, so no surface reads the message.
 * A model error is recognised by name and kind: in the extension the Anthropic client is a bundle of
 * its own, with its own copy of the class.
 */
export function toFailure(error: unknown): Failure {
  if (isModelError(error)) return { kind: error.kind, message: error.message };
  if (error instanceof CoordinatorFailure) return { kind: error.kind, message: error.message };
  return { kind: 'internal', message: errorMessage(error) };
}

type FailureEvent = Extract<RunEvent, { type: 'TaskFailed' | 'DelegationFailed' | 'RunFailed' }>;
const FAILURE_EVENTS: ReadonlySet<string> = new Set<FailureEvent['type']>(['TaskFailed', 'DelegationFailed', 'RunFailed']);

/**
 * Journals written before failures were typed say `reason: "…"` on these events. Read as a
 * `legacy` failure with that message, so an old run still loads, shows why it failed and resumes.
 */
export function migrateEvent(event: RunEvent): RunEvent {
  if (!FAILURE_EVENTS.has(event.type)) return event;
  const raw = event as unknown as { failure?: unknown; reason?: unknown };
  if (raw.failure !== undefined || typeof raw.reason !== 'string') return event;
  const { reason, ...rest } = raw;
  return { ...rest, failure: { kind: 'legacy', message: reason } } as unknown as RunEvent;
}
