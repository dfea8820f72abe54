import { cutAtWord } from '../kernel/format';
import type { RunState, RunStatus } from './state';
import { TERMINAL_TASK_STATUSES } from './state';

/**
 * What a run means to the person looking at it, worked out once for every surface (chat, tree,
 * Progress view, CLI, audit), so they cannot disagree.
 */

/** The run's status as shown: a journal that says "running" while nothing drives it was interrupted. */
export type DisplayStatus = RunStatus | 'interrupted';

/** `driven`: some process (this window, this CLI) is running it now. */
export function displayStatus(state: Pick<RunState, 'status'>, driven: boolean): DisplayStatus {
  return state.status === 'running' && !driven ? 'interrupted' : state.status;
}

/**
 * How far the run got. A task counts once it has ended (completed, skipped or failed: it will not
 * run again unless retried); `failed` says how many of those did not succeed.
 */
export interface RunProgress {
  readonly ended: number;
  readonly failed: number;
  readonly total: number;
  /** ended / total, rounded; 0 for an empty checklist. */
  readonly percent: number;
}

export function runProgress(state: Pick<RunState, 'tasks'>): RunProgress {
  const total = state.tasks.length;
  const ended = state.tasks.filter((t) => TERMINAL_TASK_STATUSES.has(t.status)).length;
  const failed = state.tasks.filter((t) => t.status === 'failed').length;
  return { ended, failed, total, percent: total === 0 ? 0 : Math.round((ended / total) * 100) };
}

/** "7/10 tasks ended, 1 failed". */
export function describeProgress(progress: RunProgress): string {
  return `${progress.ended}/${progress.total} tasks ended${progress.failed > 0 ? `, ${progress.failed} failed` : ''}`;
}

/** Tasks that have not ended yet (the view badge). */
export function tasksLeft(state: Pick<RunState, 'tasks'>): number {
  const { ended, total } = runProgress(state);
  return total - ended;
}

/** The run failed because the model refused the API key: the fix to offer is setting one. */
export function failedOnApiKey(state: Pick<RunState, 'status' | 'failure' | 'tasks'>): boolean {
  if (state.status !== 'failed') return false;
  return state.failure?.kind === 'auth' || state.tasks.some((t) => t.failure?.kind === 'auth');
}

const TITLE_LENGTH = 80;

/**
 * A run's title wherever one is shown (chat header, Tasks tree, Progress view, answer): the request
 * on one line, cut at a word with "…" so a 5,000-character request stays a title. Hosts show the
 * whole request where there is room for it (a tooltip, task details).
 */
export function runTitle(request: string): string {
  return cutAtWord(request, TITLE_LENGTH) || 'Untitled request';
}

/** Whether `/resume` has anything to do: the run stopped before the end (interrupted, failed or cancelled). */
export function isResumable(state: Pick<RunState, 'status'>, driven: boolean): boolean {
  const status = displayStatus(state, driven);
  return status === 'interrupted' || status === 'failed' || status === 'cancelled';
}
