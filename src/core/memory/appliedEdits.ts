import { escapeRegExp } from '../kernel/regExp';
import type { MemoryEdit } from './types';

/**
 * How a memory file shows which runs' sections it already holds: each section a run proposes
 * carries a marker with the run id, an HTML comment that Markdown does not render. A resumed run,
 * `--apply` run twice, or two runs applying at once recognise a section already there and do not
 * write it again. The run id is checked before it becomes part of a marker (ids are letters,
 * digits, '-' and '_'), so a marker never carries anything else.
 */

const RUN_ID = /^[A-Za-z0-9_-]+$/;
const MARKER = /<!-- task-orchestrator:run=([A-Za-z0-9_-]+) -->/;

export function memoryEditMarker(runId: string): string {
  if (!RUN_ID.test(runId)) throw new Error(`'${runId}' is not a run id`);
  return `<!-- task-orchestrator:run=${runId} -->`;
}

/** The run whose section an edit adds, when it carries a marker. */
export function markedRun(edit: Pick<MemoryEdit, 'text'>): string | undefined {
  return MARKER.exec(edit.text)?.[1];
}

/**
 * Whether a file's current text already holds what the edit adds: its run's marker, or the same
 * section from another run (the same request, day and findings; only the run id differs), or, for
 * an edit without a marker, the very text it would append.
 */
export function isMemoryEditApplied(current: string | undefined, edit: Pick<MemoryEdit, 'text'>): boolean {
  if (current === undefined) return false;
  const added = edit.text.trim();
  const runId = markedRun(edit);
  if (runId === undefined) return added.length > 0 && current.includes(added);
  if (current.includes(memoryEditMarker(runId))) return true;
  const anyRun = added.split(runId).map(escapeRegExp).join('[A-Za-z0-9_-]+');
  return new RegExp(anyRun).test(current);
}

